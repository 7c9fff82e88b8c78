package it.ordo.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.testing.TestCompany;
import it.ordo.ui.QueuedExecutor;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lines as they are quoted and the totals, on a real database. */
class OrderLinesViewModelTest {

    private final EntryFixture f = new EntryFixture();
    private final OrderLinesViewModel lines = f.vm.orderLines();
    private final LineWords words = new LineWords(f.vm.texts());

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void moreThanInStockWithSupplyComingIsAmberWithThePromiseDate() {
        f.company.receive("P3", "MIL", "2");
        f.company.ctx.inventory().addSupply("P3", "MIL", new BigDecimal("10"), TestCompany.TODAY.plusDays(7), "PO-7");
        f.choose("Beta", "C-B");

        f.add("P3", "5");

        EntryLine line = lines.lines().getFirst();
        assertThat(line.state()).isEqualTo(EntryLine.State.LATER);
        assertThat(line.quote().promiseDate()).isEqualTo(TestCompany.TODAY.plusDays(7));
        assertThat(words.availabilityWord(line)).isEqualTo("From " + f.vm.texts().date(TestCompany.TODAY.plusDays(7)));
        assertThat(words.explain(line)).contains("2 available now").contains("PO-7");
    }

    @Test
    void aSecondLineOfTheSameProductIsPromisedWhatTheFirstLeaves() {
        f.company.receive("P3", "MIL", "4");
        f.company.ctx.inventory().addSupply("P3", "MIL", new BigDecimal("10"), TestCompany.TODAY.plusDays(7), "PO-7");
        f.choose("Beta", "C-B");

        f.add("P3", "3");
        f.add("5901234123457", "2"); // the same product by its barcode: only 1 is left now

        assertThat(lines.lines()).extracting(EntryLine::state).containsExactly(EntryLine.State.NOW, EntryLine.State.LATER);
        assertThat(words.explain(lines.lines().get(1))).contains("1 available now");

        lines.changeQuantity(lines.lines().getFirst(), "2");
        assertThat(lines.lines()).extracting(EntryLine::state).containsExactly(EntryLine.State.NOW, EntryLine.State.NOW);
        lines.changeQuantity(lines.lines().getFirst(), "4");
        assertThat(lines.lines().get(1).state()).isEqualTo(EntryLine.State.LATER);
        lines.removeLine(lines.lines().getFirst());
        assertThat(lines.lines()).singleElement().extracting(EntryLine::state).isEqualTo(EntryLine.State.NOW);
    }

    @Test
    void noStockAndNoSupplyIsRed() {
        f.choose("Beta", "C-B");

        f.add("P2", "4");

        EntryLine line = lines.lines().getFirst();
        assertThat(line.state()).isEqualTo(EntryLine.State.NONE);
        assertThat(words.availabilityWord(line)).isEqualTo("Not available");
        assertThat(words.explain(line)).contains("still missing with no supply in sight");
    }

    @Test
    void aQuantityChangedInTheTableIsRequotedAndADeletedLineLeavesTheTotals() {
        f.company.receive("P1", "MIL", "5");
        f.choose("alfa", "C-A");
        f.add("P1", "2");
        f.add("P3", "1");
        EntryLine p1 = lines.lines().getFirst();

        assertThat(lines.changeQuantity(p1, "x")).isFalse();
        assertThat(f.vm.messageProperty().get()).startsWith("Line 1");
        assertThat(p1.quantity()).isEqualByComparingTo("2");
        assertThat(lines.changeQuantity(p1, "8")).isTrue();
        assertThat(p1.state()).isEqualTo(EntryLine.State.NONE); // 5 in stock, no supply
        assertThat(p1.netAmount()).isEqualByComparingTo("80.00");

        lines.removeLine(lines.lines().get(1));
        assertThat(lines.netTotalProperty().get()).isEqualByComparingTo("80.00");
    }

    @Test
    void anEarlierQuoteOfALineAnsweringLastNeverOverwritesTheNewerQuantity() {
        f.company.receive("P1", "MIL", "5");
        QueuedExecutor executor = new QueuedExecutor();
        NewOrderViewModel slow = EntryFixture.viewModel(f.company.ctx, executor);
        slow.customerPicker().search("alfa");
        executor.runAll();
        slow.customerPicker().choose(slow.customerPicker().suggestions().getFirst());
        executor.runAll();
        slow.codeEntry().search("P1");
        slow.codeEntry().quantityProperty().set("2");
        slow.addLine();
        executor.runAll();
        EntryLine p1 = slow.lines().getFirst();

        slow.orderLines().changeQuantity(p1, "8"); // more than the 5 in stock
        slow.orderLines().changeQuantity(p1, "3"); // corrected at once
        int waiting = executor.pending();
        executor.runAt(waiting - 1); // the quote for 3 comes back first ...
        executor.runAll();           // ... then the one for 8, and the totals

        assertThat(p1.state()).isEqualTo(EntryLine.State.NOW);
        assertThat(p1.quantity()).isEqualByComparingTo("3");
        assertThat(p1.netAmount()).isEqualByComparingTo("30.00");
        assertThat(slow.netTotalProperty().get()).isEqualByComparingTo("30.00");
    }

    @Test
    void totalsStillUnderWayForAQuantityChangedSinceAreDropped() {
        f.company.receive("P1", "MIL", "50");
        QueuedExecutor executor = new QueuedExecutor();
        NewOrderViewModel slow = EntryFixture.viewModel(f.company.ctx, executor);
        slow.customerPicker().search("alfa");
        executor.runAll();
        slow.customerPicker().choose(slow.customerPicker().suggestions().getFirst());
        executor.runAll();
        slow.codeEntry().search("P1");
        slow.codeEntry().quantityProperty().set("2");
        slow.addLine();
        executor.runAt(executor.pending() - 1); // the line's quote: the totals for 2 are asked
        EntryLine p1 = slow.lines().getFirst();

        slow.orderLines().changeQuantity(p1, "4");
        executor.runAt(0); // the totals for 2 come back after the change

        assertThat(slow.netTotalProperty().get()).as("no total for a quantity no longer on screen").isZero();
        assertThat(p1.pricedProperty().get()).isNull();
        executor.runAll();
        assertThat(slow.netTotalProperty().get()).isEqualByComparingTo("40.00");
    }
}
