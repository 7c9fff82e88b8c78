package it.ordo.ui.entry;

import it.ordo.OrdoContext;
import it.ordo.application.customer.CustomerView;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import it.ordo.ui.TaskExecutor;
import java.util.Locale;

/** The New order screen's view models on the standard test company, and the operator's usual moves. */
final class EntryFixture implements AutoCloseable {

    final TestCompany company = TestCompany.standard();
    final NewOrderViewModel vm = viewModel(company.ctx);

    static NewOrderViewModel viewModel(OrdoContext ctx) {
        return viewModel(ctx, new SameThreadExecutor());
    }

    static NewOrderViewModel viewModel(OrdoContext ctx, TaskExecutor executor) {
        return new NewOrderViewModel(ctx.customers(), ctx.orders(), ctx.orderEntry(), ctx.orderDrafts(), ctx.documents(),
                new Texts(Locale.ENGLISH), executor);
    }

    /** Types part of the customer and takes the suggestion with this code. */
    void choose(String query, String code) {
        CustomerPickerViewModel picker = vm.customerPicker();
        picker.search(query);
        CustomerView c = picker.suggestions().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
        picker.choose(c);
    }

    /** A code, Enter, a quantity, Enter. */
    boolean add(String code, String qty) {
        vm.codeEntry().search(code);
        vm.codeEntry().lookup();
        vm.codeEntry().quantityProperty().set(qty);
        return vm.addLine();
    }

    @Override
    public void close() {
        company.close();
    }
}
