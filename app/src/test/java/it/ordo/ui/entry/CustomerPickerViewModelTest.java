package it.ordo.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.customer.CustomerView;
import it.ordo.domain.order.Channel;
import it.ordo.ui.QueuedExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finding the customer of the order, on a real database. */
class CustomerPickerViewModelTest {

    private final EntryFixture f = new EntryFixture();
    private final CustomerPickerViewModel picker = f.vm.customerPicker();

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aCustomerIsFoundByPartOfItsNameAndShowsItsConditions() {
        f.company.order("C-A", "R1", "P1", "1"); // no stock: backordered, but an order to list
        picker.search("alf");

        assertThat(picker.suggestions()).extracting(CustomerView::code).containsExactly("C-A");
        picker.choose(picker.suggestions().getFirst());
        assertThat(picker.customerProperty().get().tier()).isEqualTo("A");
        assertThat(picker.customerProperty().get().paymentTerms()).isEqualTo("Bonifico 30 gg f.m.");
        assertThat(picker.errorProperty().get()).isNull();
        assertThat(picker.recentOrders()).hasSize(1);
        assertThat(picker.queryProperty().get()).isEqualTo("C-A · " + picker.customerProperty().get().name());
        assertThat(f.vm.header().channelProperty().get()).isEqualTo(Channel.PHONE);
        assertThat(f.vm.header().shipToOptions()).hasSize(1);
        assertThat(f.vm.header().shipToProperty().get()).isZero();
    }

    @Test
    void typingSomethingElseLetsTheCustomerGo() {
        f.choose("alfa", "C-A");

        picker.search("bet");

        assertThat(picker.customerProperty().get()).isNull();
        assertThat(picker.recentOrders()).isEmpty();
        assertThat(picker.suggestions()).extracting(CustomerView::code).containsExactly("C-B");
    }

    @Test
    void aSlowSearchAnsweringAfterANewerOneIsDropped() {
        QueuedExecutor executor = new QueuedExecutor();
        CustomerPickerViewModel slow = EntryFixture.viewModel(f.company.ctx, executor).customerPicker();
        slow.search("a");     // many customers
        slow.search("alfa");  // the one the operator means

        executor.runAt(1);
        executor.runAt(0); // the first search comes back last

        assertThat(slow.suggestions()).extracting(CustomerView::code).containsExactly("C-A");
    }

    @Test
    void suggestionsStillUnderWayWhenTheFieldIsClearedAreDropped() {
        QueuedExecutor executor = new QueuedExecutor();
        CustomerPickerViewModel slow = EntryFixture.viewModel(f.company.ctx, executor).customerPicker();
        slow.search("alfa");
        slow.search("");

        executor.runAll();

        assertThat(slow.suggestions()).isEmpty();
    }
}
