package it.ordo.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.ui.QueuedExecutor;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a trained operator with a scanner tripped over on the New order screen
 * (issue 15), on a real database: each test failed before the fix.
 */
class KeyboardSpeedViewModelTest {

    private final EntryFixture f = new EntryFixture();
    private final NewOrderViewModel vm = f.vm;
    private final CustomerPickerViewModel picker = vm.customerPicker();
    private final CodeEntryViewModel code = vm.codeEntry();

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aScanIntoTheChosenCustomerFieldKeepsTheCustomerAndSaysWhere() {
        f.company.receive("P1", "MIL", "10");
        f.choose("alfa", "C-A");
        String shown = picker.queryProperty().get();

        picker.search(shown + "4006381333931"); // the scanner typed at the end of the customer's text

        assertThat(vm.customerProperty().get().code()).isEqualTo("C-A");
        assertThat(picker.queryProperty().get()).isEqualTo(shown);
        assertThat(picker.errorProperty().get()).startsWith("C-A · Alfa S.r.l. stays the customer of this order")
                .contains("Code/EAN");
        assertThat(f.add("P1", "1")).as("the order goes on").isTrue();
        assertThat(vm.canConfirmProperty().get()).isTrue();
    }

    @Test
    void typingOverTheCustomerSaysItWentAndEscPutsItBack() {
        f.choose("alfa", "C-A");

        picker.search("be");

        assertThat(vm.customerProperty().get()).isNull();
        assertThat(picker.errorProperty().get())
                .isEqualTo("C-A · Alfa S.r.l. is no longer the customer of this order: choose one from the list, "
                        + "or press Esc to keep C-A · Alfa S.r.l..");
        assertThat(picker.keepPrevious()).isTrue();
        assertThat(vm.customerProperty().get().code()).isEqualTo("C-A");
        assertThat(picker.queryProperty().get()).isEqualTo("C-A · Alfa S.r.l.");
        assertThat(picker.errorProperty().get()).isNull();
    }

    @Test
    void aWrongCustomerCodeSaysWhatWasNotFoundAndWhatToTry() {
        picker.search("C-ZZZ");

        assertThat(picker.enter()).isFalse();

        assertThat(picker.errorProperty().get()).isEqualTo("No customer matches \"C-ZZZ\": check the code, or type "
                + "part of the name, Partita IVA or city and choose from the list.");
        picker.search("C-ZZ"); // typing again: the message was about the text before
        assertThat(picker.errorProperty().get()).isNull();
    }

    @Test
    void enterBeforeTheSearchAnswersTakesTheOnlyMatchOrSaysNoneMatched() {
        QueuedExecutor executor = new QueuedExecutor();
        NewOrderViewModel slow = EntryFixture.viewModel(f.company.ctx, executor);
        CustomerPickerViewModel p = slow.customerPicker();

        p.search("C-NOPE");
        assertThat(p.enter()).as("the answer decides").isFalse();
        assertThat(p.errorProperty().get()).isNull();
        executor.runAll();
        assertThat(p.errorProperty().get()).startsWith("No customer matches \"C-NOPE\"");

        p.search("beta");
        p.enter();
        executor.runAll();
        assertThat(slow.customerProperty().get().code()).isEqualTo("C-B");
    }

    @Test
    void aWrongSkuKeepsTheCodeAndTheNextLineStartsAtOne() {
        f.company.receive("P1", "MIL", "10");
        f.choose("alfa", "C-A");

        code.search("NOPE-42");
        code.lookup();                      // Enter on the code: the quantity becomes 1 while it is looked up
        code.quantityProperty().set("3");   // the operator typed on before the answer showed
        assertThat(code.codeErrorProperty().get()).startsWith("Unknown product \"NOPE-42\".")
                .contains("Scan it again");
        assertThat(vm.addLine()).isFalse();
        assertThat(code.codeProperty().get()).as("the code stays, to be replaced").isEqualTo("NOPE-42");
        assertThat(code.quantityProperty().get()).as("the refused line's 3 is gone").isEmpty();

        code.search("P1");
        code.lookup();
        assertThat(code.quantityProperty().get()).isEqualTo("1");
        assertThat(vm.addLine()).isTrue();
        assertThat(vm.lines()).singleElement().extracting(EntryLine::quantity)
                .satisfies(q -> assertThat(q).isEqualByComparingTo(BigDecimal.ONE));
    }

    @Test
    void deleteSaysWhichLineWentAndCtrlZPutsItBackWhereItWas() {
        f.company.receive("P1", "MIL", "100");
        f.company.receive("P2", "MIL", "100");
        f.choose("alfa", "C-A");
        f.add("P1", "2");
        f.add("P2", "3");
        f.add("P1", "1");
        BigDecimal before = vm.netTotalProperty().get();

        vm.orderLines().removeLine(vm.lines().get(1));

        assertThat(vm.lines()).extracting(EntryLine::sku).containsExactly("P1", "P1");
        assertThat(vm.noticeProperty().get()).isEqualTo("Line 2 removed (P2 × 3). Ctrl+Z puts it back.");
        assertThat(vm.undoRemove()).isTrue();
        assertThat(vm.lines()).extracting(EntryLine::sku).containsExactly("P1", "P2", "P1");
        assertThat(vm.lines().get(1).state()).isEqualTo(EntryLine.State.NOW);
        assertThat(vm.netTotalProperty().get()).isEqualByComparingTo(before);
        assertThat(vm.noticeProperty().get()).isEqualTo("Line 2 (P2) put back.");
        assertThat(vm.undoRemove()).as("one removal, one undo").isFalse();
    }

    @Test
    void aDiscardedDraftIsSaidUntilTheNextOrderStartsAndClosingSaysTheDraftIsKept() {
        f.company.receive("P1", "MIL", "10");
        f.choose("alfa", "C-A");
        f.add("P1", "2");
        assertThat(vm.hasUnconfirmedWork()).isTrue();

        vm.discardDraft();
        assertThat(vm.noticeProperty().get()).isEqualTo("Draft discarded.");
        assertThat(vm.hasUnconfirmedWork()).isFalse();
        f.choose("beta", "C-B");
        assertThat(vm.noticeProperty().get()).as("the next order has started").isNull();

        f.add("P1", "1");
        assertThat(vm.closing()).isEqualTo(
                "The order for C-B with 1 line is kept as a draft: New order brings it back.");
        NewOrderViewModel next = EntryFixture.viewModel(f.company.ctx);
        next.restoreDraft();
        assertThat(next.customerProperty().get().code()).isEqualTo("C-B");
        assertThat(next.noticeProperty().get()).startsWith("Draft of ").endsWith(" restored.");
        next.newOrder();
        assertThat(next.noticeProperty().get()).isNull();
        assertThat(EntryFixture.viewModel(f.company.ctx).closing()).as("nothing typed, nothing said").isNull();
    }
}
