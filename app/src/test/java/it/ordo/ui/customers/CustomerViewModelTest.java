package it.ordo.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.CurrentUser;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.order.OrderView;
import it.ordo.application.security.Permission;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The customer list and detail without a window. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerViewModelTest {

    private static final Texts EN = new Texts(Locale.ENGLISH);

    private TestCompany company;
    private OrderView betaOrder;

    @BeforeAll
    void setUp() {
        company = TestCompany.standard();
        company.customers(
                TestCompany.row("code", "C-PR", "name", "Zeta Ferramenta S.r.l.", "vatNumber", "00150470342",
                        "tier", "A", "creditLimit", "5000", "paymentTerms", "RiBa 60 gg", "address", "Via Mazzini 3",
                        "postalCode", "43121", "city", "Parma", "province", "PR", "warehouse", "BOL"),
                TestCompany.row("code", "C-BLK", "name", "Omega Insolventi S.r.l.", "vatNumber", "01114601006",
                        "creditLimit", "1000", "paymentTerms", "Contanti", "address", "Via Roma 1", "postalCode",
                        "40121", "city", "Bologna", "blocked", "true"));
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "10");
        betaOrder = company.order("C-B", "B-1", "P1", 10, "P3", 2);
    }

    @AfterAll
    void tearDown() {
        company.close();
    }

    private CustomerListViewModel list(int pageSize) {
        return new CustomerListViewModel(company.ctx.customers(), EN, new SameThreadExecutor(), pageSize);
    }

    private CustomerDetailViewModel detail(OrdoContext ctx, String code) {
        CustomerDetailViewModel m = new CustomerDetailViewModel(ctx.customers(), ctx.orders(), ctx.stories(), EN,
                new SameThreadExecutor(), code, ctx.access().allows(Permission.PLACE_ORDER));
        m.load();
        return m;
    }

    private static OrdoContext as(OrdoContext ctx, Role role) {
        return ctx.as(new CurrentUser() {
            @Override
            public String username() {
                return role.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public Set<Role> roles() {
                return Set.of(role);
            }
        });
    }

    private static java.util.List<String> codes(CustomerListViewModel m) {
        return m.rows().stream().map(CustomerView::code).toList();
    }

    @Test
    void searchFindsByPartOfTheNameByPartitaIvaAndByCity() {
        CustomerListViewModel m = list(100);
        m.search();
        assertThat(m.totalProperty().get()).isEqualTo(7);

        m.textProperty().set("ferram");
        m.textChanged();
        assertThat(codes(m)).containsExactly("C-PR");

        m.textProperty().set("12345678903");
        m.textChanged();
        assertThat(codes(m)).containsExactly("C-B");

        m.textProperty().set("PARMA");
        m.textChanged();
        assertThat(codes(m)).containsExactly("C-PR");
        assertThat(m.rows().getFirst().city()).isEqualTo("Parma");

        m.textProperty().set("' OR 1=1 --");
        m.textChanged();
        assertThat(m.rows()).isEmpty();
        assertThat(m.pageTextProperty().get()).isEqualTo("No customers");
        assertThat(m.messageProperty().get()).isEmpty();
    }

    @Test
    void pagesInTheDatabaseWithTheTotal() {
        CustomerListViewModel m = list(3);
        m.search();
        assertThat(codes(m)).containsExactly("C-A", "C-B", "C-BLK");
        assertThat(m.pageTextProperty().get()).isEqualTo("Customers 1–3 of 7");
        m.nextPage();
        m.nextPage();
        assertThat(codes(m)).containsExactly("C-PR");
        assertThat(m.pageTextProperty().get()).isEqualTo("Customers 7–7 of 7");
        assertThat(m.hasNext()).isFalse();
    }

    @Test
    void theListShowsCreditUsedAndTheBlockedCustomer() {
        CustomerListViewModel m = list(100);
        m.search();
        CustomerView beta = m.rows().stream().filter(c -> c.code().equals("C-B")).findFirst().orElseThrow();
        assertThat(beta.openExposure()).isEqualByComparingTo(betaOrder.grossTotal());
        assertThat(m.rows().stream().filter(CustomerView::blocked).map(CustomerView::code)).containsExactly("C-BLK");
    }

    @Test
    void detailShowsCreditUsedEqualToTheOpenOrdersAndTheOrders() {
        CustomerDetailViewModel m = detail(company.ctx, "C-B");
        CustomerView c = m.customerProperty().get();
        assertThat(c.openExposure()).isEqualByComparingTo(betaOrder.grossTotal());
        assertThat(m.creditAvailableProperty().get())
                .isEqualByComparingTo(new BigDecimal("100000").subtract(betaOrder.grossTotal()));
        assertThat(m.overLimitProperty().get()).isFalse();
        assertThat(m.creditUsedRatioProperty().get()).isBetween(0.0, 0.01);
        assertThat(m.creditTextProperty().get()).contains(EN.money(betaOrder.grossTotal()), EN.money(new BigDecimal("100000")));
        assertThat(m.orders()).extracting(o -> o.number()).containsExactly(betaOrder.number());
        assertThat(m.newOrderOfferedProperty().get()).isTrue();
        assertThat(c.billingAddress()).contains("Via Emilia 10", "Bologna");
        assertThat(c.shippingAddresses()).isNotEmpty();
        assertThat(m.messageProperty().get()).isEmpty();
    }

    @Test
    void overTheLimitIsFlaggedAndTheBarIsFull() {
        company.customers(TestCompany.customer("C-C", "Gamma S.n.c.", "07643520567", "C", "100000", "true"));
        OrderView gamma = company.order("C-C", "G-1", "P1", 5);
        // Accounting lowers the limit below what open orders already use.
        company.customers(TestCompany.customer("C-C", "Gamma S.n.c.", "07643520567", "C", "10", "true"));

        CustomerDetailViewModel m = detail(company.ctx, "C-C");
        assertThat(m.customerProperty().get().openExposure()).isEqualByComparingTo(gamma.grossTotal());
        assertThat(m.overLimitProperty().get()).isTrue();
        assertThat(m.creditUsedRatioProperty().get()).isEqualTo(1.0);
        assertThat(m.creditAvailableProperty().get().signum()).isNegative();
        assertThat(m.creditTextProperty().get()).contains("over the limit");
    }

    @Test
    void noNewOrderForABlockedCustomer() {
        CustomerDetailViewModel m = detail(company.ctx, "C-BLK");
        assertThat(m.customerProperty().get().blocked()).isTrue();
        assertThat(m.newOrderOfferedProperty().get()).isFalse();
        assertThat(m.orders()).isEmpty();
    }

    @Test
    void noNewOrderForARoleThatMayNotSell() {
        CustomerDetailViewModel warehouse = detail(as(company.ctx, Role.WAREHOUSE), "C-B");
        assertThat(warehouse.customerProperty().get()).isNotNull();
        assertThat(warehouse.newOrderOfferedProperty().get()).isFalse();
        CustomerDetailViewModel desk = detail(as(company.ctx, Role.ORDER_DESK), "C-B");
        assertThat(desk.newOrderOfferedProperty().get()).isTrue();
    }

    @Test
    void anUnknownCustomerIsASentenceNotAStackTrace() {
        CustomerDetailViewModel m = detail(company.ctx, "NOPE");
        assertThat(m.customerProperty().get()).isNull();
        assertThat(m.messageProperty().get()).contains("NOPE").doesNotContain("Exception");
        assertThat(m.busyProperty().get()).isFalse();
    }

    @Test
    void theListSortsByAColumnInTheDatabaseAndBackByCode() {
        CustomerListViewModel list = new CustomerListViewModel(company.ctx.customers(), EN, new SameThreadExecutor(), 3);
        list.search();
        assertThat(list.rows()).extracting(CustomerView::code).containsExactly("C-A", "C-B", "C-BLK");

        list.sortBy(it.ordo.domain.customer.CustomerSort.NAME, true);
        assertThat(list.rows()).extracting(CustomerView::name)
                .containsExactly("Zeta Ferramenta S.r.l.", "Omega Insolventi S.r.l.", "Gamma S.n.c.");
        list.nextPage(); // the next page goes on in the same order
        assertThat(list.rows()).extracting(CustomerView::name).startsWith("Epsilon S.a.s.");

        list.sortBy(it.ordo.domain.customer.CustomerSort.CREDIT_LIMIT, false);
        assertThat(list.rows()).extracting(CustomerView::creditLimit).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50"), new BigDecimal("1000"), new BigDecimal("5000"));

        list.sortBy(it.ordo.domain.customer.CustomerSort.BLOCKED, true);
        assertThat(list.rows().getFirst().code()).isEqualTo("C-BLK");

        list.sortBy(null, false);
        assertThat(list.rows()).extracting(CustomerView::code).containsExactly("C-A", "C-B", "C-BLK");
    }
}
