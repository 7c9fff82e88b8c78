package it.ordo.infrastructure.persistence;

import it.ordo.Internals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.order.OrderView;
import it.ordo.domain.DomainException;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.order.Channel;
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
        company.ctx.fulfilment().shipAllocated(a.number());                          // shipped: invoiced, no longer open
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

    @Test
    void anOrdersSkusAreReadAtOnceAsWritten() {
        var ctx = company.ctx;
        Map<String, Product> found = Internals.transactions(ctx).read(() ->
                new JpaProductRepository(Internals.transactions(ctx)).findBySkus(List.of("P3", "P1", "p2", "NOPE")));
        // No case folding here: the pipeline asks for each code as written and in capitals.
        assertThat(found).containsOnlyKeys("P1", "P3");
        assertThat(found.get("P3").sku()).isEqualTo("P3");
    }

    @Test
    void stockRowsAreLockedAndReadByProductAndAMissingRowIsRefused() {
        var ctx = company.ctx;
        var inventory = new JpaInventoryRepository(Internals.transactions(ctx));
        long p1 = id("P1");
        long p2 = id("P2");
        long p3 = id("P3");
        long mil = Internals.transactions(ctx).read(() -> inventory.findWarehouse("MIL").orElseThrow().id());
        Map<Long, BigDecimal> onHand = Internals.transactions(ctx).write(() -> {
            var locked = inventory.lockStocks(List.of(p3, p1, p3), mil);
            assertThat(locked.keySet()).containsExactly(Math.min(p1, p3), Math.max(p1, p3));
            return Map.of(p1, locked.get(p1).onHand(), p3, locked.get(p3).onHand());
        });
        assertThat(onHand.get(p1)).isEqualByComparingTo("100");
        assertThat(onHand.get(p3)).isEqualByComparingTo("10");

        // Every product gets its rows when it is created; one gone is what a damaged database would show.
        Internals.transactions(ctx).write(() -> Internals.transactions(ctx).em().createNativeQuery("DELETE FROM stock WHERE product_id = ?")
                .setParameter(1, p2).executeUpdate());
        assertThatThrownBy(() -> Internals.transactions(ctx).write(() -> inventory.lockStocks(List.of(p1, p2), mil)))
                .isInstanceOf(DomainException.class).hasMessageContaining("stock.missing");
    }

    @Test
    void aDuplicateReferenceIsFoundInAnyCapitalsOnItsChannelOnly() {
        var tx = Internals.transactions(company.ctx);
        var orders = new JpaOrderRepository(tx);
        company.order("C-B", "Dup-7", "P1", 1);
        assertThat(tx.read(() -> orders.existsExternal(Channel.PHONE, "DUP-7"))).isTrue();
        assertThat(tx.read(() -> orders.existsExternal(Channel.PHONE, "dup-7"))).isTrue();
        assertThat(tx.read(() -> orders.existsExternal(Channel.WEB, "DUP-7"))).isFalse();
        assertThat(tx.read(() -> orders.existsExternal(Channel.PHONE, "DUP-8"))).isFalse();
    }

    private long id(String sku) {
        return Internals.transactions(company.ctx).read(() -> new JpaProductRepository(Internals.transactions(company.ctx)).findBySku(sku).orElseThrow().id());
    }
}
