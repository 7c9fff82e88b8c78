package it.ordo.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderView;
import it.ordo.domain.order.OrderStatus;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The New order screen's behaviour, without a window, on a real database. */
class NewOrderViewModelTest {

    private TestCompany company;
    private NewOrderViewModel vm;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        vm = viewModel(company.ctx);
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    static NewOrderViewModel viewModel(OrdoContext ctx) {
        return new NewOrderViewModel(ctx.customers(), ctx.orders(), ctx.orderEntry(), ctx.orderDrafts(), ctx.documents(),
                new Texts(Locale.ENGLISH), new SameThreadExecutor());
    }

    private void choose(String query, String code) {
        vm.searchCustomers(query);
        CustomerView c = vm.customerSuggestions().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
        vm.chooseCustomer(c);
    }

    private boolean add(String code, String qty) {
        vm.searchProducts(code);
        vm.lookupCode();
        vm.quantityProperty().set(qty);
        return vm.addLine();
    }

    @Test
    void aCustomerIsFoundByPartOfItsNameAndShowsItsConditions() {
        company.order("C-A", "R1", "P1", "1"); // no stock: backordered, but an order to list
        vm.searchCustomers("alf");

        assertThat(vm.customerSuggestions()).extracting(CustomerView::code).containsExactly("C-A");
        vm.chooseCustomer(vm.customerSuggestions().getFirst());
        assertThat(vm.customerProperty().get().tier()).isEqualTo("A");
        assertThat(vm.customerProperty().get().paymentTerms()).isEqualTo("Bonifico 30 gg f.m.");
        assertThat(vm.customerErrorProperty().get()).isNull();
        assertThat(vm.recentOrders()).hasSize(1);
        assertThat(vm.channelProperty().get()).isEqualTo("PHONE");
        assertThat(vm.shipToOptions()).hasSize(1);
    }

    @Test
    void linesBySkuByEanAndByDescriptionShowPriceAndAvailability() {
        company.receive("P1", "MIL", "100");
        company.receive("P2", "MIL", "50");
        company.receive("P3", "MIL", "10");
        choose("alfa", "C-A");

        assertThat(add("P1", "3")).isTrue();
        assertThat(add("5901234123457", "2")).isTrue(); // P3's barcode, as a scanner types it
        vm.searchProducts("concime");
        assertThat(vm.productSuggestions()).extracting(h -> h.sku()).containsExactly("P2");
        vm.chooseProduct(vm.productSuggestions().getFirst());
        assertThat(vm.codeQuoteProperty().get().description()).isEqualTo("Concime granulare");
        vm.quantityProperty().set("1.5");
        assertThat(vm.addLine()).isTrue();

        assertThat(vm.lines()).extracting(EntryLine::sku).containsExactly("P1", "P3", "P2");
        assertThat(vm.lines()).extracting(EntryLine::state).containsOnly(EntryLine.State.NOW);
        assertThat(vm.lines()).extracting(EntryLine::unitPrice)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10.00"), new BigDecimal("100.00"), new BigDecimal("2.50"));
        assertThat(vm.lines()).extracting(EntryLine::netAmount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("200.00"), new BigDecimal("3.75"));
        EntryLine first = vm.lines().getFirst();
        assertThat(vm.availabilityWord(first)).isEqualTo("Available now");
        assertThat(vm.explain(first)).contains("Vite 4x40").contains("from price list BASE").contains("100 available now");
        assertThat(vm.codeProperty().get()).isEmpty();
        assertThat(vm.canConfirmProperty().get()).isTrue();
    }

    @Test
    void enterOnPartOfADescriptionThatOnlyOneProductHasTakesThatProduct() {
        company.receive("P2", "MIL", "50");
        choose("alfa", "C-A");

        assertThat(add("granulare", "1,5")).isTrue(); // a comma is a decimal point in English too

        assertThat(vm.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("P2");
            assertThat(l.quantity()).isEqualByComparingTo("1.5");
        });
        vm.searchProducts("i"); // in "Vite", "Concime" and "Manuale tecnico"
        vm.lookupCode();
        assertThat(vm.codeErrorProperty().get()).isEqualTo(
                "Several products match \"i\": choose one from the list with the arrow keys and Enter.");
    }

    @Test
    void moreThanInStockWithSupplyComingIsAmberWithThePromiseDate() {
        company.receive("P3", "MIL", "2");
        company.ctx.inventory().addSupply("P3", "MIL", new BigDecimal("10"), TestCompany.TODAY.plusDays(7), "PO-7");
        choose("Beta", "C-B");

        add("P3", "5");

        EntryLine line = vm.lines().getFirst();
        assertThat(line.state()).isEqualTo(EntryLine.State.LATER);
        assertThat(line.quote().promiseDate()).isEqualTo(TestCompany.TODAY.plusDays(7));
        assertThat(vm.availabilityWord(line)).isEqualTo("From " + vm.texts().date(TestCompany.TODAY.plusDays(7)));
        assertThat(vm.explain(line)).contains("2 available now").contains("PO-7");
    }

    @Test
    void aSecondLineOfTheSameProductIsPromisedWhatTheFirstLeaves() {
        company.receive("P3", "MIL", "4");
        company.ctx.inventory().addSupply("P3", "MIL", new BigDecimal("10"), TestCompany.TODAY.plusDays(7), "PO-7");
        choose("Beta", "C-B");

        add("P3", "3");
        add("5901234123457", "2"); // the same product by its barcode: only 1 is left now

        assertThat(vm.lines()).extracting(EntryLine::state).containsExactly(EntryLine.State.NOW, EntryLine.State.LATER);
        assertThat(vm.explain(vm.lines().get(1))).contains("1 available now");

        vm.changeQuantity(vm.lines().getFirst(), "2");
        assertThat(vm.lines()).extracting(EntryLine::state).containsExactly(EntryLine.State.NOW, EntryLine.State.NOW);
        vm.changeQuantity(vm.lines().getFirst(), "4");
        assertThat(vm.lines().get(1).state()).isEqualTo(EntryLine.State.LATER);
        vm.removeLine(vm.lines().getFirst());
        assertThat(vm.lines()).singleElement().extracting(EntryLine::state).isEqualTo(EntryLine.State.NOW);
    }

    @Test
    void noStockAndNoSupplyIsRed() {
        choose("Beta", "C-B");

        add("P2", "4");

        EntryLine line = vm.lines().getFirst();
        assertThat(line.state()).isEqualTo(EntryLine.State.NONE);
        assertThat(vm.availabilityWord(line)).isEqualTo("Not available");
        assertThat(vm.explain(line)).contains("still missing with no supply in sight");
    }

    @Test
    void aBlockedCustomerCannotBeOrderedFor() {
        company.customers(TestCompany.row("code", "C-BLK", "name", "Zeta Bloccata S.r.l.", "vatNumber", "01114601006",
                "tier", "B", "creditLimit", "1000", "paymentTerms", "Bonifico", "acceptsBackorders", "true",
                "address", "Via Po 1", "postalCode", "10121", "city", "Torino", "province", "TO", "country", "IT",
                "warehouse", "MIL", "blocked", "true"));
        company.receive("P1", "MIL", "10");
        choose("zeta", "C-BLK");

        assertThat(vm.customerErrorProperty().get()).contains("C-BLK").contains("blocked");
        assertThat(add("P1", "1")).isFalse();
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.canConfirmProperty().get()).isFalse();
        assertThat(vm.confirm()).isFalse();
        assertThat(vm.messageProperty().get()).contains("blocked");
        assertThat(company.ctx.orders().search(OrderQuery.latest(null, "C-BLK", 10)).rows()).isEmpty();
    }

    @Test
    void badQuantitiesAndUnknownCodesAreRefusedOnTheirField() {
        company.receive("P1", "MIL", "10");
        choose("alfa", "C-A");

        assertThat(add("P1", "abc")).isFalse();
        assertThat(vm.quantityErrorProperty().get()).isEqualTo("\"abc\" is not a quantity: type a number such as 3 or 2.5.");
        assertThat(add("P1", "0")).isFalse();
        assertThat(vm.quantityErrorProperty().get()).contains("greater than zero");
        assertThat(add("P1", "-2")).isFalse();
        assertThat(vm.quantityErrorProperty().get()).contains("greater than zero");
        add("P1", "2.5"); // screws are counted whole: the quote refuses it and the line goes back to the fields
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.quantityErrorProperty().get()).contains("2.5").contains("P1");
        assertThat(vm.codeProperty().get()).isEqualTo("P1");

        vm.searchProducts("NOPE-42");
        assertThat(vm.lookupCode()).isTrue();
        assertThat(vm.codeErrorProperty().get()).isEqualTo("Unknown product \"NOPE-42\".");
        vm.quantityProperty().set("1");
        assertThat(vm.addLine()).isFalse();
        assertThat(vm.lines()).isEmpty();

        assertThat(vm.confirm()).isFalse();
        assertThat(vm.messageProperty().get()).contains("no lines");
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
        vm.externalRefProperty().set("TEL-1");
        vm.notesProperty().set("Consegna al mattino");
        String[] notified = new String[1];
        vm.setNotifier(t -> notified[0] = t);
        BigDecimal net = vm.netTotalProperty().get();
        BigDecimal gross = vm.grossTotalProperty().get();
        var vatRows = java.util.List.copyOf(vm.vatRows());

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
        assertThat(vm.backorderedLines()).containsExactly("Line 3 P3 Manuale tecnico: 3 backordered, promised "
                + vm.texts().date(TestCompany.TODAY.plusDays(7)));
        assertThat(vm.holdReason()).isEmpty();
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
    void theConfirmationPdfIsWrittenToATemporaryFileAndHandedOver() throws Exception {
        company.receive("P1", "MIL", "10");
        choose("alfa", "C-A");
        add("P1", "2");
        vm.confirm();
        String number = vm.resultProperty().get().number();
        java.nio.file.Path[] opened = new java.nio.file.Path[1];

        vm.printConfirmation(p -> opened[0] = p);

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
        assertThat(vm.creditWarningProperty().get()).contains("held for credit");

        vm.confirm();

        assertThat(vm.resultProperty().get().status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(vm.holdReason()).startsWith("Credit limit exceeded");
    }

    @Test
    void aDraftSavedByOneScreenIsRestoredByTheNextAndDiscardedOnConfirm() {
        company.receive("P1", "MIL", "100");
        choose("alfa", "C-A");
        add("P1", "4");
        add("4006381333931", "2");
        vm.notesProperty().set("Richiamare");
        vm.saveDraftIfDirty(); // as on closing the tab

        NewOrderViewModel next = viewModel(company.ctx);
        next.restoreDraft();

        assertThat(next.customerProperty().get().code()).isEqualTo("C-A");
        assertThat(next.lines()).extracting(EntryLine::sku).containsExactly("P1", "P1");
        assertThat(next.lines()).extracting(EntryLine::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4"), new BigDecimal("2"));
        assertThat(next.lines()).extracting(EntryLine::state).containsOnly(EntryLine.State.NOW);
        assertThat(next.notesProperty().get()).isEqualTo("Richiamare");
        assertThat(next.draftNoticeProperty().get()).startsWith("Draft of ").endsWith(" restored.");
        assertThat(next.netTotalProperty().get()).isEqualByComparingTo("60.00");

        assertThat(next.confirm()).isTrue();
        assertThat(company.ctx.orderDrafts().load()).isEmpty();
        NewOrderViewModel third = viewModel(company.ctx);
        third.restoreDraft();
        assertThat(third.lines()).isEmpty();
        assertThat(third.draftNoticeProperty().get()).isNull();
    }

    @Test
    void openingForACustomerKeepsTheDraftLeftUntilTheNewOrderHasALine() {
        company.receive("P1", "MIL", "100");
        choose("alfa", "C-A");
        add("P1", "4");

        NewOrderViewModel forBeta = viewModel(company.ctx);
        forBeta.openFor("C-B");

        assertThat(forBeta.customerProperty().get().code()).isEqualTo("C-B");
        assertThat(forBeta.draftNoticeProperty().get()).startsWith("You left an order for C-A with 1 line on ");
        forBeta.notesProperty().set("solo una nota");
        forBeta.saveDraftIfDirty(); // as on closing the tab
        assertThat(company.ctx.orderDrafts().load().orElseThrow().customerCode()).isEqualTo("C-A");

        forBeta.searchProducts("P1");
        forBeta.lookupCode();
        forBeta.quantityProperty().set("1");
        forBeta.addLine();
        assertThat(company.ctx.orderDrafts().load().orElseThrow().customerCode()).isEqualTo("C-B");
    }

    @Test
    void discardingThrowsTheDraftAway() {
        company.receive("P1", "MIL", "100");
        choose("alfa", "C-A");
        add("P1", "4");
        assertThat(company.ctx.orderDrafts().load()).isPresent();

        vm.discardDraft();

        assertThat(vm.lines()).isEmpty();
        assertThat(company.ctx.orderDrafts().load()).isEmpty();
        assertThat(vm.draftNoticeProperty().get()).isEqualTo("Draft discarded.");
    }

    @Test
    void aQuantityChangedInTheTableIsRequotedAndADeletedLineLeavesTheTotals() {
        company.receive("P1", "MIL", "5");
        choose("alfa", "C-A");
        add("P1", "2");
        add("P3", "1");
        EntryLine p1 = vm.lines().getFirst();

        assertThat(vm.changeQuantity(p1, "x")).isFalse();
        assertThat(p1.quantity()).isEqualByComparingTo("2");
        assertThat(vm.changeQuantity(p1, "8")).isTrue();
        assertThat(p1.state()).isEqualTo(EntryLine.State.NONE); // 5 in stock, no supply
        assertThat(p1.netAmount()).isEqualByComparingTo("80.00");

        vm.removeLine(vm.lines().get(1));
        assertThat(vm.netTotalProperty().get()).isEqualByComparingTo("80.00");
    }
}
