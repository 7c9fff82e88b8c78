package it.ordo.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderDraft;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The half-entered order kept in the database and brought back, on a real database. */
class DraftKeepingViewModelTest {

    private final EntryFixture f = new EntryFixture();
    private final NewOrderViewModel vm = f.vm;

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aDraftSavedByOneScreenIsRestoredByTheNextAndDiscardedOnConfirm() {
        f.company.receive("P1", "MIL", "100");
        f.choose("alfa", "C-A");
        f.add("P1", "4");
        f.add("4006381333931", "2");
        vm.header().notesProperty().set("Richiamare");
        vm.saveDraftIfDirty(); // as on closing the tab

        NewOrderViewModel next = EntryFixture.viewModel(f.company.ctx);
        next.restoreDraft();

        assertThat(next.customerProperty().get().code()).isEqualTo("C-A");
        assertThat(next.lines()).extracting(EntryLine::sku).containsExactly("P1", "P1");
        assertThat(next.lines()).extracting(EntryLine::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4"), new BigDecimal("2"));
        assertThat(next.lines()).extracting(EntryLine::state).containsOnly(EntryLine.State.NOW);
        assertThat(next.header().notesProperty().get()).isEqualTo("Richiamare");
        assertThat(next.noticeProperty().get()).startsWith("Draft of ").endsWith(" restored.");
        assertThat(next.netTotalProperty().get()).isEqualByComparingTo("60.00");

        assertThat(next.confirm()).isTrue();
        assertThat(f.company.ctx.orderDrafts().load()).isEmpty();
        NewOrderViewModel third = EntryFixture.viewModel(f.company.ctx);
        third.restoreDraft();
        assertThat(third.lines()).isEmpty();
        assertThat(third.noticeProperty().get()).isNull();
    }

    @Test
    void theHeaderComesBackTypedAsItWasChosen() {
        f.choose("alfa", "C-A");
        OrderHeaderViewModel header = vm.header();
        header.channelProperty().set(Channel.EMAIL);
        header.priorityProperty().set(Priority.URGENT);
        header.requestedDateProperty().set(LocalDate.of(2026, 12, 4));
        header.externalRefProperty().set("MAIL-12");
        vm.saveDraftIfDirty();

        NewOrderViewModel next = EntryFixture.viewModel(f.company.ctx);
        next.restoreDraft();

        assertThat(next.header().channelProperty().get()).isEqualTo(Channel.EMAIL);
        assertThat(next.header().priorityProperty().get()).isEqualTo(Priority.URGENT);
        assertThat(next.header().requestedDateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(next.header().externalRefProperty().get()).isEqualTo("MAIL-12");
        assertThat(next.header().shipToProperty().get()).isZero();
    }

    @Test
    void nothingChangedSinceTheRestoreIsNotSavedAgain() {
        f.choose("alfa", "C-A");
        vm.header().notesProperty().set("prima");
        vm.saveDraftIfDirty();
        f.company.clock.advance(java.time.Duration.ofMinutes(10));

        NewOrderViewModel next = EntryFixture.viewModel(f.company.ctx);
        next.restoreDraft();
        next.saveDraftIfDirty(); // the tab closes untouched

        OrderDraft kept = f.company.ctx.orderDrafts().load().orElseThrow();
        assertThat(kept.savedAt()).isBefore(f.company.now());
        next.header().notesProperty().set("dopo");
        next.saveDraftIfDirty();
        assertThat(f.company.ctx.orderDrafts().load().orElseThrow().notes()).isEqualTo("dopo");
    }

    @Test
    void openingForACustomerKeepsTheDraftLeftUntilTheNewOrderHasALine() {
        f.company.receive("P1", "MIL", "100");
        f.choose("alfa", "C-A");
        f.add("P1", "4");

        NewOrderViewModel forBeta = EntryFixture.viewModel(f.company.ctx);
        forBeta.openFor("C-B");

        assertThat(forBeta.customerProperty().get().code()).isEqualTo("C-B");
        assertThat(forBeta.noticeProperty().get()).startsWith("You left an order for C-A with 1 line on ");
        forBeta.header().notesProperty().set("solo una nota");
        forBeta.saveDraftIfDirty(); // as on closing the tab
        assertThat(f.company.ctx.orderDrafts().load().orElseThrow().customerCode()).isEqualTo("C-A");

        forBeta.codeEntry().search("P1");
        forBeta.codeEntry().lookup();
        forBeta.codeEntry().quantityProperty().set("1");
        forBeta.addLine();
        assertThat(f.company.ctx.orderDrafts().load().orElseThrow().customerCode()).isEqualTo("C-B");
    }

    @Test
    void discardingThrowsTheDraftAway() {
        f.company.receive("P1", "MIL", "100");
        f.choose("alfa", "C-A");
        f.add("P1", "4");
        assertThat(f.company.ctx.orderDrafts().load()).isPresent();

        vm.discardDraft();

        assertThat(vm.lines()).isEmpty();
        assertThat(f.company.ctx.orderDrafts().load()).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo("Draft discarded.");
    }

    @Test
    void aDraftOfACustomerNoLongerThereStillBringsItsLinesBack() {
        f.company.ctx.orderDrafts().save(new OrderDraft("C-GONE", Channel.PHONE, null, null, Priority.NORMAL, null,
                null, List.of(new OrderDraft.Line("P1", "3")), null));

        vm.restoreDraft();

        assertThat(vm.customerProperty().get()).isNull();
        assertThat(vm.lines()).extracting(EntryLine::code).containsExactly("P1");
        assertThat(vm.lines()).extracting(EntryLine::state).containsExactly(EntryLine.State.QUOTING);
        assertThat(vm.canConfirmProperty().get()).isFalse();
    }
}
