package it.ordo.ui;

import it.ordo.OrdoContext;
import it.ordo.application.security.Session;
import it.ordo.i18n.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The shell's side of a screen under test, in English, with work done on the
 * caller's thread: where the screen asks to go is recorded in {@code navigation}
 * ("order ORD-…", "customer C-A", "stock P1", "new order C-A", "orders",
 * "file /tmp/…", "problem …") and what it tells the user in {@code notices}.
 */
public final class RecordingDesk implements Desk, Navigator {

    private final OrdoContext ordo;
    private final Texts texts;
    private final TaskExecutor executor = new SameThreadExecutor();
    private final List<String> navigation;
    private final List<String> notices;

    public RecordingDesk(OrdoContext ordo, List<String> navigation, List<String> notices) {
        this(ordo, navigation, notices, Locale.ENGLISH);
    }

    /** The same desk in another language (Italian screenshots for the docs). */
    public RecordingDesk(OrdoContext ordo, List<String> navigation, List<String> notices, Locale locale) {
        this.texts = new Texts(locale);
        this.ordo = ordo;
        this.navigation = navigation;
        this.notices = notices;
    }

    @Override
    public Texts texts() {
        return texts;
    }

    @Override
    public TaskExecutor executor() {
        return executor;
    }

    @Override
    public OrdoContext services() {
        return ordo;
    }

    @Override
    public Session session() {
        return new Session(ordo.user().username(), ordo.user().roles(), false);
    }

    @Override
    public Navigator navigator() {
        return this;
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public void openFile(Path file) {
        navigation.add("file " + file);
    }

    @Override
    public void showProblem(Throwable problem) {
        navigation.add("problem " + problem.getMessage());
    }

    @Override
    public void openOrder(String number) {
        navigation.add("order " + number);
    }

    @Override
    public void openCustomer(String code) {
        navigation.add("customer " + code);
    }

    @Override
    public void openStock(String sku) {
        navigation.add("stock " + sku);
    }

    @Override
    public void newOrder(String customerCode) {
        navigation.add("new order " + customerCode);
    }

    @Override
    public void openOrders() {
        navigation.add("orders");
    }

    @Override
    public void newTicket(String customerCode, String orderNumber) {
        navigation.add("new ticket " + customerCode + " " + orderNumber);
    }

    @Override
    public void newReturn(String orderNumber, String customerCode) {
        navigation.add("new return " + orderNumber + " " + customerCode);
    }

    @Override
    public void openOverdueTickets() {
        navigation.add("overdue tickets");
    }

    @Override
    public void openOrders(it.ordo.domain.order.OrderFollowUp list, java.time.LocalDate from,
                           java.time.LocalDate to) {
        navigation.add("orders " + list + " " + from + " " + to);
    }

    @Override
    public void openReturns(java.time.LocalDate from, java.time.LocalDate to) {
        navigation.add("returns " + from + " " + to);
    }
}
