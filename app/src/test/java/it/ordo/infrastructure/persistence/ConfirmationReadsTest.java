package it.ordo.infrastructure.persistence;

import it.ordo.Internals;
import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderView;
import it.ordo.domain.catalog.Product;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The reads a confirmation makes through plain JDBC or the session, against what the orders hold. */
@Tag("db")
class ConfirmationReadsTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "10");
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private BigDecimal exposure(String customer) {
        var ctx = company.ctx;
        var customers = new JpaCustomerRepository(Internals.transactions(ctx));
        return Internals.transactions(ctx).read(() -> customers.openOrderExposure(
                customers.findByCode(customer).orElseThrow().id()));
    }

    @Test
    void openExposureCountsConfirmedAndHeldOrdersOnly() {
        assertThat(exposure("C-B")).isEqualByComparingTo("0");
        OrderView a = company.order("C-B", "EXP-1", "P1", 10);       // 122.00
        OrderView b = company.order("C-B", "EXP-2", "P3", 2);        // 208.00
        OrderView c = company.order("C-B", "EXP-3", "P1", 5);        // 61.00
        company.order("C-A", "EXP-4", "P1", 7);                      // another customer
        assertThat(exposure("C-B")).isEqualByComparingTo(a.grossTotal().add(b.grossTotal()).add(c.grossTotal()));

        company.ctx.orders().hold(b.number(), "waits");                // held by hand: still owed
        company.ctx.orders().cancel(c.number(), "no longer wanted");    // cancelled: not owed
        assertThat(exposure("C-B")).isEqualByComparingTo(a.grossTotal().add(b.grossTotal()));

        company.ctx.orders().release(b.number());
        company.ctx.orders().startPicking(a.number());
        company.ctx.orders().pack(a.number());
        assertThat(exposure("C-B")).isEqualByComparingTo(a.grossTotal().add(b.grossTotal()));
        company.ctx.orders().ship(a.number());                          // shipped: invoiced, no longer open
        assertThat(exposure("C-B")).isEqualByComparingTo(b.grossTotal());
    }

    @Test
    void productsTheTransactionHoldsAreServedFromItAndTheOthersRead() {
        var ctx = company.ctx;
        var products = new JpaProductRepository(Internals.transactions(ctx));
        Map<Long, Product> found = Internals.transactions(ctx).read(() -> {
            Product p1 = products.findBySku("P1").orElseThrow();
            long p2 = Internals.transactions(ctx).em().createQuery("select p.id from Product p where p.sku = 'P2'", Long.class)
                    .getSingleResult();
            Map<Long, Product> all = products.findAll(List.of(p1.id(), p2));
            assertThat(all.get(p1.id())).isSameAs(p1);
            return all;
        });
        assertThat(found.values()).extracting(Product::sku).containsExactlyInAnyOrder("P1", "P2");
    }
}
