package it.ordo.ui.pricing;

import it.ordo.application.pricing.PriceView;
import it.ordo.application.pricing.PricingService;
import it.ordo.domain.order.Channel;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "What would this customer pay": a customer, a product, a quantity, a day (a future one checks a list before it
 * starts) and, if it matters, the channel the order would come through. The answer is the pricing use case's own
 * (the one {@code ordo price} prints and confirmation applies), with every reason the order desk sees.
 */
public final class PriceTesterViewModel {

    private final PricingService pricing;
    private final Texts texts;
    private final DecimalText decimals;
    private final LatestTask task;

    private final StringProperty customer = new SimpleStringProperty("");
    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("1");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PriceView> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();

    public PriceTesterViewModel(PricingService pricing, Texts texts, TaskExecutor executor, LocalDate today) {
        this.pricing = pricing;
        this.texts = texts;
        this.decimals = new DecimalText(texts);
        this.task = executor.latestOnly();
        this.date.set(today);
    }

    /** Asks the price; a missing field or a quantity that is no number is said at once, without asking. */
    public void check() {
        String c = customer.get() == null ? "" : customer.get().strip();
        String s = sku.get() == null ? "" : sku.get().strip();
        if (c.isEmpty() || s.isEmpty()) {
            fail(texts.get("pricing.tester.missing"));
            return;
        }
        Optional<BigDecimal> qty = decimals.parse(quantity.get());
        if (qty.isEmpty()) {
            fail(texts.get("pricing.field.notNumber", texts.get("pricing.tester.quantity"), quantity.get()));
            return;
        }
        LocalDate on = date.get();
        Channel via = channel.get();
        task.run(() -> pricing.price(c, s, qty.get(), on, via), price -> {
            problem.set("");
            result.set(price);
            reasons.setAll(price.explanation().stream().map(texts::render).toList());
        }, error -> fail(Problems.describe(texts, error)));
    }

    private void fail(String message) {
        result.set(null);
        reasons.clear();
        problem.set(message);
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** Null: a price asked outside any order, which only the promotions for every channel change. */
    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ReadOnlyObjectProperty<PriceView> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The explanation, one reason a line, in the user's language. */
    public ObservableList<String> reasons() {
        return reasons;
    }
}
