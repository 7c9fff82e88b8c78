package it.ordo.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.ProductHit;
import it.ordo.ui.QueuedExecutor;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Typing a line: code, EAN or description, then the quantity; on a real database. */
class CodeEntryViewModelTest {

    private final EntryFixture f = new EntryFixture();
    private final NewOrderViewModel vm = f.vm;
    private final CodeEntryViewModel code = vm.codeEntry();
    private final OrderLinesViewModel lines = vm.orderLines();
    private final LineWords words = new LineWords(vm.texts());

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void linesBySkuByEanAndByDescriptionShowPriceAndAvailability() {
        f.company.receive("P1", "MIL", "100");
        f.company.receive("P2", "MIL", "50");
        f.company.receive("P3", "MIL", "10");
        f.choose("alfa", "C-A");

        assertThat(f.add("P1", "3")).isTrue();
        assertThat(f.add("5901234123457", "2")).isTrue(); // P3's barcode, as a scanner types it
        code.search("concime");
        assertThat(code.productSuggestions()).extracting(ProductHit::sku).containsExactly("P2");
        code.choose(code.productSuggestions().getFirst());
        assertThat(code.codeQuoteProperty().get().description()).isEqualTo("Concime granulare");
        code.quantityProperty().set("1.5");
        assertThat(vm.addLine()).isTrue();

        assertThat(lines.lines()).extracting(EntryLine::sku).containsExactly("P1", "P3", "P2");
        assertThat(lines.lines()).extracting(EntryLine::state).containsOnly(EntryLine.State.NOW);
        assertThat(lines.lines()).extracting(EntryLine::unitPrice)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10.00"), new BigDecimal("100.00"), new BigDecimal("2.50"));
        assertThat(lines.lines()).extracting(EntryLine::netAmount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("200.00"), new BigDecimal("3.75"));
        EntryLine first = lines.lines().getFirst();
        assertThat(words.availabilityWord(first)).isEqualTo("Available now");
        assertThat(words.explain(first)).contains("Vite 4x40").contains("from price list BASE").contains("100 available now");
        assertThat(code.codeProperty().get()).isEmpty();
        assertThat(vm.canConfirmProperty().get()).isTrue();
    }

    @Test
    void enterOnPartOfADescriptionThatOnlyOneProductHasTakesThatProduct() {
        f.company.receive("P2", "MIL", "50");
        f.choose("alfa", "C-A");

        assertThat(f.add("granulare", "1,5")).isTrue(); // a comma is a decimal point in English too

        assertThat(lines.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("P2");
            assertThat(l.quantity()).isEqualByComparingTo("1.5");
        });
        code.search("i"); // in "Vite", "Concime" and "Manuale tecnico"
        code.lookup();
        assertThat(code.codeErrorProperty().get()).isEqualTo(
                "Several products match \"i\": choose one from the list with the arrow keys and Enter.");
    }

    @Test
    void badQuantitiesAndUnknownCodesAreRefusedOnTheirField() {
        f.company.receive("P1", "MIL", "10");
        f.choose("alfa", "C-A");

        assertThat(f.add("P1", "abc")).isFalse();
        assertThat(code.quantityErrorProperty().get()).isEqualTo("\"abc\" is not a quantity: type a number such as 3 or 2.5.");
        assertThat(f.add("P1", "0")).isFalse();
        assertThat(code.quantityErrorProperty().get()).contains("greater than zero");
        assertThat(f.add("P1", "-2")).isFalse();
        assertThat(code.quantityErrorProperty().get()).contains("greater than zero");
        f.add("P1", "2.5"); // screws are counted whole: the quote refuses it and the line goes back to the fields
        assertThat(lines.lines()).isEmpty();
        assertThat(code.quantityErrorProperty().get()).contains("2.5").contains("P1");
        assertThat(code.codeProperty().get()).isEqualTo("P1");

        code.search("NOPE-42");
        assertThat(code.lookup()).isTrue();
        assertThat(code.codeErrorProperty().get()).startsWith("Unknown product \"NOPE-42\". Scan it again");
        code.quantityProperty().set("1");
        assertThat(vm.addLine()).isFalse();
        assertThat(lines.lines()).isEmpty();

        assertThat(vm.confirm()).isFalse();
        assertThat(vm.messageProperty().get()).contains("no lines");
    }

    @Test
    void withoutACustomerNothingIsLookedUpAndTheCustomerFieldSaysWhy() {
        code.search("P1");

        assertThat(code.lookup()).isFalse();
        assertThat(vm.addLine()).isFalse();

        assertThat(vm.customerPicker().errorProperty().get()).startsWith("Choose a customer first");
        assertThat(lines.lines()).isEmpty();
    }

    @Test
    void aLookupStillUnderWayWhenTheLineIsAddedIsDropped() {
        f.company.receive("P1", "MIL", "100");
        QueuedExecutor executor = new QueuedExecutor();
        NewOrderViewModel slow = EntryFixture.viewModel(f.company.ctx, executor);
        slow.customerPicker().search("alfa");
        executor.runAll();
        slow.customerPicker().choose(slow.customerPicker().suggestions().getFirst());
        executor.runAll();

        slow.codeEntry().search("P1");
        slow.codeEntry().lookup();                  // Enter on the code: the quote is slow
        slow.codeEntry().quantityProperty().set("2");
        assertThat(slow.addLine()).isTrue();        // Enter on the quantity before it came back
        executor.runAll();

        assertThat(slow.codeEntry().codeQuoteProperty().get()).as("the next line's preview stays empty").isNull();
        assertThat(slow.lines()).singleElement().extracting(EntryLine::state).isEqualTo(EntryLine.State.NOW);
        assertThat(slow.netTotalProperty().get()).isEqualByComparingTo("20.00");
    }
}
