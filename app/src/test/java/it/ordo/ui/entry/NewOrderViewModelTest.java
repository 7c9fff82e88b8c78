package it.ordo.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderView;
import it.ordo.domain.order.OrderStatus;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The New order screen as a whole (confirmation, its result, the PDF), without a window, on a real database. */
class NewOrderViewModelTest {

    private final EntryFixture f = new EntryFixture();
    private final TestCompany company = f.company;
    private final NewOrderViewModel vm = f.vm;

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void choose(String query, String code) {
        f.choose(query, code);
    }

    private boolean add(String code, String qty) {
        return f.add(code, qty);
    }

    @Test
    void aBlockedCustomerCannotBeOrderedFor() {
        company.customers(TestCompany.row("code", "C-BLK", "name", "Zeta Bloccata S.r.l.", "vatNumber", "01114601006",
                "tier", "B", "creditLimit", "1000", "paymentTerms", "Bonifico", "acceptsBackorders", "true",
                "address", "Via Po 1", "postalCode", "10121", "city", "Torino", "province", "TO", "country", "IT",
                "warehouse", "MIL", "blocked", "true"));
        company.receive("P1", "MIL", "10");
        choose("zeta", "C-BLK");

        assertThat(vm.customerPicker().errorProperty().get()).contains("C-BLK").contains("blocked");
        assertThat(add("P1", "1")).isFalse();
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.canConfirmProperty().get()).isFalse();
        assertThat(vm.confirm()).isFalse();
        assertThat(vm.messageProperty().get()).contains("blocked");
        assertThat(company.ctx.orders().search(OrderQuery.latest(null, "C-BLK", 10)).rows()).isEmpty();
    }

    @Test
    void totalsEqualTheConfirmedOrderAndTheResultShowsBackorders() {
        company.receive("P1", "MIL", "100");
        company.receive("P2", "MIL", "50");
        company.receive("P3", "MIL", "2");
        company.ctx.inventory().addSupply("P3", "MIL", new BigDecimal("10"), TestCompany.TODAY.plusDays(7), "PO-7");
        choose("alfa", "C-A");
        add("P1", "7");
        add("P2", "3.333");
        add("P3", "5");
        vm.header().externalRefProperty().set("TEL-1");
        vm.header().notesProperty().set("Consegna al mattino");
        String[] notified = new String[1];
        vm.setNotifier(t -> notified[0] = t);
        BigDecimal net = vm.netTotalProperty().get();
        BigDecimal gross = vm.orderLines().grossTotalProperty().get();
        var vatRows = java.util.List.copyOf(vm.orderLines().vatRows());

        assertThat(vm.confirm()).isTrue();

        OrderView placed = vm.resultProperty().get();
        assertThat(placed.number()).startsWith("ORD-2026-");
        assertThat(placed.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(net).isEqualByComparingTo(placed.netTotal()).isEqualByComparingTo("578.33");
        assertThat(gross).isEqualByComparingTo(placed.grossTotal());
        assertThat(vatRows).hasSize(3);
        for (int i = 0; i < vatRows.size(); i++) {
            assertThat(vatRows.get(i).rate()).isEqualByComparingTo(placed.vatSummary().get(i).rate());
            assertThat(vatRows.get(i).taxable()).isEqualByComparingTo(placed.vatSummary().get(i).taxable());
            assertThat(vatRows.get(i).vat()).isEqualByComparingTo(placed.vatSummary().get(i).vat());
        }
        assertThat(vm.confirmation().backorderedLines()).containsExactly("Line 3 P3 Manuale tecnico: 3 backordered, promised "
                + vm.texts().date(TestCompany.TODAY.plusDays(7)));
        assertThat(vm.confirmation().holdReason()).isEmpty();
        assertThat(notified[0]).isEqualTo("Order " + placed.number() + " confirmed.");
        OrderView stored = company.ctx.orders().show(placed.number());
        assertThat(stored.externalRef()).isEqualTo("TEL-1");
        assertThat(stored.notes()).isEqualTo("Consegna al mattino");
        assertThat(stored.lines()).hasSize(3);

        vm.newOrder();
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.customerProperty().get()).isNull();
    }

    @Test
    void theHeaderChosenOnScreenIsTheConfirmedOrdersHeader() {
        company.receive("P1", "MIL", "10");
        choose("alfa", "C-A");
        add("P1", "2");
        vm.header().channelProperty().set(it.ordo.domain.order.Channel.EMAIL);
        vm.header().priorityProperty().set(it.ordo.domain.order.Priority.HIGH);
        vm.header().requestedDateProperty().set(TestCompany.TODAY.plusDays(3));

        assertThat(vm.confirm()).isTrue();

        OrderView stored = company.ctx.orders().show(vm.resultProperty().get().number());
        // String.valueOf: the same check whether the order's view spells these as text or as the enums.
        assertThat(String.valueOf(stored.channel())).isEqualTo("EMAIL");
        assertThat(String.valueOf(stored.priority())).isEqualTo("HIGH");
        assertThat(stored.requestedDate()).isEqualTo(TestCompany.TODAY.plusDays(3));
    }

    @Test
    void theConfirmationPdfIsWrittenToATemporaryFileAndHandedOver() throws Exception {
        company.receive("P1", "MIL", "10");
        choose("alfa", "C-A");
        add("P1", "2");
        vm.confirm();
        String number = vm.resultProperty().get().number();
        java.nio.file.Path[] opened = new java.nio.file.Path[1];

        vm.confirmation().printConfirmation(p -> opened[0] = p);

        assertThat(opened[0].getFileName().toString()).startsWith("ordo-" + number).endsWith(".pdf");
        byte[] pdf = java.nio.file.Files.readAllBytes(opened[0]);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        java.nio.file.Files.delete(opened[0]);
    }

    @Test
    void anOrderOverTheCreditLimitIsConfirmedOnHoldWithTheReason() {
        company.receive("P3", "MIL", "5");
        choose("epsilon", "C-POOR");
        add("P3", "1");
        assertThat(vm.orderLines().creditWarningProperty().get()).contains("will be held", "Credit limit exceeded");

        vm.confirm();

        assertThat(vm.resultProperty().get().status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(vm.confirmation().holdReason()).startsWith("Credit limit exceeded");
    }
}
