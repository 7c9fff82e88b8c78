package it.ordo.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.OrdoContext;
import it.ordo.application.CurrentUser;
import it.ordo.application.order.OrderHeaderEdit;
import it.ordo.application.order.OrderView;
import it.ordo.application.security.Session;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An order's detail and its actions as an operator uses them, without a window. */
class OrderDetailViewModelTest {

    private TestCompany company;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void company() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "10");
        company.receive("P3", "MIL", "50");
    }

    @AfterEach
    void close() {
        company.close();
    }

    private OrderDetailViewModel model(OrdoContext ctx, String number) {
        OrderDetailViewModel m = new OrderDetailViewModel(ctx.orders(), ctx.audit(), ctx.documents(), ctx.access(),
                new Texts(Locale.ENGLISH), new SameThreadExecutor(), TestCompany.ROME, number);
        m.setNotifier(notices::add);
        m.load();
        return m;
    }

    private BigDecimal availableP1() {
        return company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().available();
    }

    @Test
    void releaseOfACreditHoldIsOfferedToTheCreditControllerAloneAndOfAManualHoldToTheDesk() {
        String creditHeld = company.order("C-POOR", "D-CR", "P1", 10).number(); // 122 € over a credit limit of 50 €
        String manual = company.order("C-A", "D-MAN", "P1", 1).number();
        company.ctx.orders().hold(manual, "wait");
        OrdoContext desk = company.ctx.as(new Session("banco", Set.of(Role.ORDER_DESK), false));
        OrdoContext accounting = company.ctx.as(new Session("contabile", Set.of(Role.ACCOUNTING), false));

        assertThat(model(desk, creditHeld).canReleaseProperty().get()).isFalse();
        assertThat(model(accounting, creditHeld).canReleaseProperty().get()).isTrue();
        assertThat(model(desk, manual).canReleaseProperty().get()).isTrue();
    }

    @Test
    void theLinesShowWhatIsAllocatedAndWhatWaits() {
        String number = company.order("C-A", "D-1", "P1", 14, "P3", 2).number();

        OrderDetailViewModel m = model(company.ctx, number);

        OrderView shown = m.orderProperty().get();
        assertThat(shown.number()).isEqualTo(number);
        assertThat(shown.customerCode()).isEqualTo("C-A");
        assertThat(m.lines()).hasSize(2);
        OrderView.Line p1 = m.lines().getFirst();
        assertThat(p1.sku()).isEqualTo("P1");
        assertThat(p1.quantity()).isEqualByComparingTo("14");
        assertThat(p1.allocated()).isEqualByComparingTo("10");
        assertThat(p1.backordered()).isEqualByComparingTo("4");
        OrderView.Line p3 = m.lines().get(1);
        assertThat(p3.allocated()).isEqualByComparingTo("2");
        assertThat(p3.backordered()).isEqualByComparingTo("0");
        assertThat(m.history()).isNotEmpty();
        assertThat(m.history()).anySatisfy(h -> assertThat(h.change()).isEqualTo("Draft → Confirmed"))
                .anySatisfy(h -> assertThat(h.what()).isEqualTo("Line 1"));
        assertThat(m.canCancelProperty().get()).isTrue();
        assertThat(m.canHoldProperty().get()).isTrue();
        assertThat(m.canReleaseProperty().get()).isFalse();
        assertThat(m.canPrintProperty().get()).isTrue();
        assertThat(m.messageProperty().get()).isEmpty();
    }

    @Test
    void cancellingWithAReasonGivesTheStockBack() {
        assertThat(availableP1()).isEqualByComparingTo("10");
        String number = company.order("C-A", "D-2", "P1", 6).number();
        assertThat(availableP1()).isEqualByComparingTo("4");
        OrderDetailViewModel m = model(company.ctx, number);

        assertThat(m.cancel("il cliente ha cambiato idea")).isTrue();

        assertThat(availableP1()).isEqualByComparingTo("10");
        assertThat(m.orderProperty().get().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(m.lines().getFirst().allocated()).isEqualByComparingTo("0");
        assertThat(m.messageProperty().get()).isEqualTo("Order " + number + " cancelled; its stock is available again.");
        assertThat(m.problemProperty().get()).isFalse();
        assertThat(notices).containsExactly(m.messageProperty().get());
        assertThat(m.history()).anySatisfy(h -> assertThat(h.change())
                .isEqualTo("Confirmed → Cancelled (il cliente ha cambiato idea)"));
        assertThat(m.canCancelProperty().get()).isFalse();
        assertThat(m.canHoldProperty().get()).isFalse();
        assertThat(m.canPrintProperty().get()).isFalse();
    }

    @Test
    void anEmptyCancelReasonIsRefusedWithoutAskingTheService() {
        String number = company.order("C-A", "D-3", "P1", 6).number();
        OrderDetailViewModel m = model(company.ctx, number);
        long version = m.orderProperty().get().version();

        assertThat(m.cancel("   ")).isFalse();
        assertThat(m.cancel(null)).isFalse();

        assertThat(m.reasonErrorProperty().get()).isEqualTo("Write why the order is cancelled.");
        OrderView now = company.ctx.orders().show(number);
        assertThat(now.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(now.version()).isEqualTo(version);
        assertThat(availableP1()).isEqualByComparingTo("4");
        assertThat(notices).isEmpty();
    }

    @Test
    void aCancelBasedOnAnOlderCopyNamesWhoChangedTheOrderAndShowsItsNewStatus() {
        String number = company.order("C-A", "D-4", "P1", 6).number();
        OrderDetailViewModel m = model(company.ctx, number);
        company.clock.set(TestCompany.TODAY.atTime(10, 42).atZone(TestCompany.ROME).toInstant());
        company.ctx.as(user("bruno", EnumSet.allOf(Role.class))).orders().hold(number, "cliente da richiamare");
        company.clock.advance(Duration.ofMinutes(3));

        assertThat(m.cancel("doppio")).isTrue();

        assertThat(m.problemProperty().get()).isTrue();
        assertThat(m.messageProperty().get()).contains("bruno").contains(number)
                .contains("reload to see the changes");
        assertThat(m.orderProperty().get().status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(texts(m.orderProperty().get().holdReason())).isEqualTo("cliente da richiamare");
        assertThat(m.canReleaseProperty().get()).isTrue();
        assertThat(availableP1()).isEqualByComparingTo("4");
        assertThat(notices).isEmpty();
    }

    @Test
    void holdAndReleaseMoveTheOrderAndSaySo() {
        String number = company.order("C-A", "D-5", "P1", 2).number();
        OrderDetailViewModel m = model(company.ctx, number);

        m.hold("attendere bonifico");
        assertThat(m.orderProperty().get().status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(m.canReleaseProperty().get()).isTrue();
        assertThat(m.canHoldProperty().get()).isFalse();
        assertThat(m.canPrintProperty().get()).isFalse();

        m.release();
        assertThat(m.orderProperty().get().status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(notices).containsExactly("Order " + number + " put on hold.", "Order " + number + " released.");
    }

    @Test
    void aWarehouseUserSeesTheOrderButMayNotCancelHoldOrPrintIt() {
        String number = company.order("C-A", "D-6", "P1", 2).number();
        OrdoContext warehouse = company.ctx.as(new Session("magazzino", Set.of(Role.WAREHOUSE), false));

        OrderDetailViewModel m = model(warehouse, number);

        assertThat(m.orderProperty().get().status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(m.canCancelProperty().get()).isFalse();
        assertThat(m.canHoldProperty().get()).isFalse();
        assertThat(m.canReleaseProperty().get()).isFalse();
        assertThat(m.canPrintProperty().get()).isFalse();
    }

    @Test
    void theConfirmationIsWrittenToAPdfFileAndHandedOverToOpen() throws IOException {
        String number = company.order("C-A", "D-7", "P1", 2).number();
        OrderDetailViewModel m = model(company.ctx, number);
        List<Path> opened = new ArrayList<>();

        m.printConfirmation(opened::add);

        assertThat(opened).hasSize(1);
        Path pdf = opened.getFirst();
        assertThat(pdf.getFileName().toString()).startsWith("ordo-" + number).endsWith(".pdf");
        byte[] head = Files.readAllBytes(pdf);
        assertThat(new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.deleteIfExists(pdf);
    }

    @Test
    void theHeaderIsChangedAsShownAndTheHistoryTellsWhatChanged() {
        String number = company.order("C-A", "D-8", "P1", 2).number();
        OrderDetailViewModel m = model(company.ctx, number);
        assertThat(m.canEditProperty().get()).isTrue();
        company.clock.advance(Duration.ofMinutes(5));

        m.edit(new OrderHeaderEdit(LocalDate.of(2026, 12, 15), Priority.URGENT, "PO-4471", "consegna al mattino"));

        OrderView now = m.orderProperty().get();
        assertThat(now.requestedDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(now.priority()).isEqualTo(Priority.URGENT);
        assertThat(now.externalRef()).isEqualTo("PO-4471");
        assertThat(now.notes()).isEqualTo("consegna al mattino");
        assertThat(notices).containsExactly("Order " + number + " changed.");
        assertThat(m.history().getLast().user()).isEqualTo("tester");
        assertThat(m.history().getLast().change()).contains("requested for: (none) → Dec 15, 2026")
                .contains("priority: Normal → Urgent").contains("reference: D-8 → PO-4471");
    }

    @Test
    void anEditBasedOnAnOlderCopyIsRefusedAndChangesNothing() {
        String number = company.order("C-A", "D-9", "P1", 2).number();
        OrderDetailViewModel m = model(company.ctx, number);
        company.ctx.as(user("anna", EnumSet.allOf(Role.class))).orders().hold(number, null);

        m.edit(new OrderHeaderEdit(null, Priority.HIGH, "D-9", "nota"));

        assertThat(m.messageProperty().get()).contains("anna");
        assertThat(m.orderProperty().get().status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(m.orderProperty().get().priority()).isEqualTo(Priority.NORMAL);
        assertThat(m.orderProperty().get().notes()).isNull();
        assertThat(m.canEditProperty().get()).as("held before the warehouse started").isTrue();
    }

    @Test
    void onceTheWarehouseStartsTheOrderCanNoLongerBeChanged() {
        String number = company.order("C-A", "D-10", "P1", 2).number();
        company.ctx.orders().startPicking(number);
        OrderDetailViewModel m = model(company.ctx, number);
        assertThat(m.canEditProperty().get()).isFalse();

        long version = m.orderProperty().get().version();
        assertThatThrownBy(() -> company.ctx.orders().editHeader(number,
                new OrderHeaderEdit(null, Priority.HIGH, null, null), version))
                .isInstanceOf(it.ordo.domain.DomainException.class)
                .hasFieldOrPropertyWithValue("key", "order.edit.tooLate");
        company.ctx.orders().hold(number, null);
        m.load();
        assertThat(m.canEditProperty().get()).as("held while picking").isFalse();
    }

    @Test
    void aReferenceAnotherOrderOfTheChannelHasIsRefused() {
        company.order("C-B", "GIA-USATO", "P1", 1);
        String number = company.order("C-A", "D-11", "P1", 1).number();
        OrderDetailViewModel m = model(company.ctx, number);

        m.edit(new OrderHeaderEdit(null, Priority.NORMAL, "GIA-USATO", null));

        assertThat(m.problemProperty().get()).isTrue();
        assertThat(m.messageProperty().get()).contains("GIA-USATO").contains("already imported");
        assertThat(company.ctx.orders().show(number).externalRef()).isEqualTo("D-11");
    }

    @Test
    void aWarehouseUserMayNotChangeTheOrder() {
        String number = company.order("C-A", "D-12", "P1", 1).number();
        OrdoContext warehouse = company.ctx.as(new Session("magazzino", Set.of(Role.WAREHOUSE), false));

        assertThat(model(warehouse, number).canEditProperty().get()).isFalse();
        assertThatThrownBy(() -> warehouse.orders().editHeader(number, new OrderHeaderEdit(null, Priority.HIGH, null,
                null), 0)).isInstanceOf(it.ordo.application.security.AccessDeniedException.class);
    }

    @Test
    void anUnknownOrderSaysSo() {
        OrderDetailViewModel m = model(company.ctx, "ORD-2026-999999");

        assertThat(m.orderProperty().get()).isNull();
        assertThat(m.problemProperty().get()).isTrue();
        assertThat(m.messageProperty().get()).isEqualTo("Unknown order \"ORD-2026-999999\".");
    }

    private static String texts(it.ordo.domain.Message m) {
        return new Texts(Locale.ENGLISH).render(m);
    }

    private static CurrentUser user(String name, Set<Role> roles) {
        return new CurrentUser() {
            @Override
            public String username() {
                return name;
            }

            @Override
            public Set<Role> roles() {
                return roles;
            }
        };
    }
}
