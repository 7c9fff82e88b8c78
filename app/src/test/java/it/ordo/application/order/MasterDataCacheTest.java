package it.ordo.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.Internals;
import it.ordo.OrdoContext;
import it.ordo.domain.Address;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderStatus;
import it.ordo.infrastructure.persistence.JpaCustomerRepository;
import it.ordo.infrastructure.persistence.JpaOrderReferenceData;
import it.ordo.infrastructure.persistence.JpaTransactions;
import it.ordo.application.imports.ImportRow;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The order pipeline keeps customers, warehouses and products in memory per process and checks one version row
 * per order (V26): a change committed anywhere (this process, another workstation) is what the next quote and
 * the next confirmation see, and a transaction that changes master data sees its own change. Every test warms
 * the cache first, so what it shows is the cache being dropped, not a cold read.
 */
@Tag("db")
class MasterDataCacheTest {

    private TestCompany company;
    private int refs;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "1000");
        company.receive("P2", "MIL", "1000");
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private OrderView order(OrdoContext ctx, String customer, Integer shipTo, String sku, String qty) {
        return ctx.orders().place(new OrderRequest("MDC-" + (++refs), Channel.PHONE, customer, null, null, null, null,
                List.of(new OrderRequest.LineRequest(sku, null, new BigDecimal(qty))), shipTo));
    }

    private LineQuote quote(OrdoContext ctx, String sku) {
        return ctx.orderEntry().quote("C-B", sku, BigDecimal.ONE, null, TestCompany.TODAY);
    }

    private static ImportRow customerRow(String credit, boolean blocked) {
        ImportRow row = TestCompany.customer("C-B", "Beta S.p.A.", "12345678903", "B", credit, "true");
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>(row.fields());
        values.put("blocked", String.valueOf(blocked));
        return new ImportRow(row.line(), values);
    }

    private static ImportRow p2Row(String vatRate, boolean active) {
        return TestCompany.row("sku", "P2", "ean", "", "description", "Concime granulare", "category", "Concimi",
                "unit", "KG", "vatRate", vatRate, "unitCost", "1.00", "listPrice", "2.50", "weightKg", "1",
                "active", String.valueOf(active));
    }

    private long masterDataVersion(OrdoContext ctx) {
        JpaTransactions tx = Internals.transactions(ctx);
        return tx.read(() -> ((Number) tx.em().createNativeQuery("SELECT version FROM pricing_version WHERE id = 2")
                .getSingleResult()).longValue());
    }

    @Test
    void aLoweredCreditLimitHoldsTheNextOrder() {
        assertThat(order(company.ctx, "C-B", null, "P1", "10").status()).isEqualTo(OrderStatus.CONFIRMED);

        company.ctx.customers().importRows(List.of(customerRow("50", false)));

        OrderView next = order(company.ctx, "C-B", null, "P1", "10");
        assertThat(next.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(next.holdReason().key()).isEqualTo("hold.credit");
    }

    @Test
    void aBlockedCustomersNextOrderIsHeldAndUnblockedItIsConfirmedAgain() {
        assertThat(order(company.ctx, "C-B", null, "P1", "1").status()).isEqualTo(OrderStatus.CONFIRMED);

        company.ctx.customers().importRows(List.of(customerRow("100000", true)));
        OrderView held = order(company.ctx, "C-B", null, "P1", "1");
        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(held.holdReason()).isEqualTo(Message.of("hold.blocked", "C-B"));

        company.ctx.customers().importRows(List.of(customerRow("100000", false)));
        assertThat(order(company.ctx, "C-B", null, "P1", "1").status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void aDeliveryAddressAddedIsUsableByTheNextOrder() {
        assertThatThrownBy(() -> order(company.ctx, "C-B", 1, "P1", "1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Message::key).containsExactly("order.shipTo.unknown"));

        JpaTransactions tx = Internals.transactions(company.ctx);
        tx.write(() -> {
            new JpaCustomerRepository(tx).findByCode("C-B").orElseThrow()
                    .addShippingAddress("Verona", new Address("Via Mazzini 3", "37121", "Verona", "VR", "IT"));
            return null;
        });

        OrderView shipped = order(company.ctx, "C-B", 1, "P1", "1");
        assertThat(shipped.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(shipped.shipAddress()).contains("Via Mazzini 3").contains("Verona");
    }

    @Test
    void aDeactivatedProductIsRefusedByTheNextQuoteAndConfirmation() {
        assertThat(quote(company.ctx, "P2").sku()).isEqualTo("P2");
        assertThat(order(company.ctx, "C-B", null, "P2", "1").status()).isEqualTo(OrderStatus.CONFIRMED);

        company.products(p2Row("10", false));

        assertThatThrownBy(() -> quote(company.ctx, "P2"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("product.inactive"));
        assertThatThrownBy(() -> order(company.ctx, "C-B", null, "P2", "1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Message::key).containsExactly("order.line.inactive"));
    }

    @Test
    void aChangedVatRateIsQuotedAndConfirmedAtOnce() {
        assertThat(quote(company.ctx, "P2").vatRate()).isEqualByComparingTo("10");
        assertThat(order(company.ctx, "C-B", null, "P2", "4").lines().getFirst().vatRate()).isEqualByComparingTo("10");

        company.products(p2Row("4", true));

        assertThat(quote(company.ctx, "P2").vatRate()).isEqualByComparingTo("4");
        OrderView next = order(company.ctx, "C-B", null, "P2", "4");
        assertThat(next.lines().getFirst().vatRate()).isEqualByComparingTo("4");
        assertThat(next.vatTotal()).isEqualByComparingTo("0.40"); // 4 kg x 2.50 = 10.00 at 4 %
    }

    @Test
    void aChangeOnOneWorkstationIsSeenByTheOthersNextOrder() {
        // Two contexts with their own database, connection pool and cache stand for two workstations.
        try (OrdoContext other = OrdoContext.open(company.settings(), () -> "tester", company.clock)) {
            assertThat(order(other, "C-B", null, "P1", "1").status()).isEqualTo(OrderStatus.CONFIRMED);
            assertThat(quote(other, "P2").vatRate()).isEqualByComparingTo("10");

            company.ctx.customers().importRows(List.of(customerRow("100000", true)));
            company.products(p2Row("22", true));

            assertThat(order(other, "C-B", null, "P1", "1").holdReason()).isEqualTo(Message.of("hold.blocked", "C-B"));
            assertThat(quote(other, "P2").vatRate()).isEqualByComparingTo("22");

            // and back: a change made on the other is seen here
            assertThat(order(company.ctx, "C-A", null, "P1", "1").status()).isEqualTo(OrderStatus.CONFIRMED);
            other.customers().importRows(List.of(TestCompany.customer("C-A", "Alfa S.r.l.", "01114601006", "A", "1",
                    "true")));
            assertThat(order(company.ctx, "C-A", null, "P1", "1").holdReason().key()).isEqualTo("hold.credit");
        }
    }

    @Test
    void aTransactionThatChangesACustomerConfirmsWithItsOwnChangeFlushedOrNot() {
        assertThat(order(company.ctx, "C-B", null, "P1", "1").status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order(company.ctx, "C-C", null, "P1", "1").status()).isEqualTo(OrderStatus.CONFIRMED);
        JpaTransactions tx = Internals.transactions(company.ctx);

        OrderView unflushed = tx.write(() -> {
            new JpaCustomerRepository(tx).findByCode("C-B").orElseThrow().block();
            return order(company.ctx, "C-B", null, "P1", "1");
        });
        assertThat(unflushed.holdReason()).isEqualTo(Message.of("hold.blocked", "C-B"));

        OrderView flushed = tx.write(() -> {
            new JpaCustomerRepository(tx).findByCode("C-C").orElseThrow().block();
            tx.em().flush();
            return order(company.ctx, "C-C", null, "P1", "1");
        });
        assertThat(flushed.holdReason()).isEqualTo(Message.of("hold.blocked", "C-C"));
        // Committed with the orders: everyone's next order sees them blocked too.
        assertThat(order(company.ctx, "C-C", null, "P1", "1").holdReason()).isEqualTo(Message.of("hold.blocked", "C-C"));
    }

    @Test
    void ordersLeaveTheVersionAloneAndEveryMasterDataChangeMovesIt() {
        long before = masterDataVersion(company.ctx);
        order(company.ctx, "C-B", null, "P1", "3");
        quote(company.ctx, "P1");
        company.receive("P1", "MIL", "5");
        // Orders and stock movements write no customer, product or warehouse: the kept copies stay good.
        assertThat(masterDataVersion(company.ctx)).isEqualTo(before);

        company.ctx.customers().importRows(List.of(customerRow("90000", false)));
        assertThat(masterDataVersion(company.ctx)).isEqualTo(before + 1);
        company.products(p2Row("10", false));
        assertThat(masterDataVersion(company.ctx)).isEqualTo(before + 2);
        company.ctx.setup().addWarehouse("VER", "Magazzino Verona", "Verona");
        assertThat(masterDataVersion(company.ctx)).isEqualTo(before + 3);
        // An import that changes nothing writes nothing and keeps the cache.
        company.products(p2Row("10", false));
        assertThat(masterDataVersion(company.ctx)).isEqualTo(before + 3);
    }

    @Test
    void keptCopiesAreSharedUntilTheVersionMovesAndWhatIsNotFoundIsAskedAgain() {
        JpaTransactions tx = Internals.transactions(company.ctx);
        JpaOrderReferenceData reference = new JpaOrderReferenceData(tx, company.ctx.database().masterData());
        var first = tx.read(() -> reference.customer("C-B").orElseThrow());
        assertThat(tx.read(() -> reference.customer("C-B").orElseThrow())).isSameAs(first);
        assertThat(tx.read(() -> reference.customer(first.id()).orElseThrow())).isSameAs(first);
        assertThat(first.shippingAddresses()).hasSize(1);
        assertThat(tx.read(() -> reference.productByEan("4006381333931").orElseThrow().sku())).isEqualTo("P1");
        assertThat(tx.read(() -> reference.customer("C-NEW"))).isEmpty();

        // A row written behind Hibernate's back moves no version: found all the same, as "not found" is never kept.
        long version = masterDataVersion(company.ctx);
        tx.write(() -> tx.em().createNativeQuery("""
                INSERT INTO customer (id, code, name, language, tier, credit_limit, payment_terms, default_channel,
                    accepts_backorders, blocked, default_warehouse_id, bill_street, bill_postal_code, bill_city,
                    bill_country, customer_kind, version)
                SELECT 900001, 'C-NEW', 'Nuovo cliente', 'it', 'B', 0, 'Contanti', 'PHONE', TRUE, FALSE, MIN(id),
                    'Via Nuova 1', '20121', 'Milano', 'IT', 'CONSUMER', 0 FROM warehouse""").executeUpdate());
        assertThat(masterDataVersion(company.ctx)).isEqualTo(version);
        assertThat(tx.read(() -> reference.customer("C-NEW").orElseThrow().name())).isEqualTo("Nuovo cliente");
        assertThat(tx.read(() -> reference.customer("C-B").orElseThrow())).isSameAs(first);

        company.ctx.customers().importRows(List.of(customerRow("90000", false)));

        var after = tx.read(() -> reference.customer("C-B").orElseThrow());
        assertThat(after).isNotSameAs(first);
        assertThat(after.creditLimit()).isEqualByComparingTo("90000");
        assertThat(first.creditLimit()).isEqualByComparingTo("100000"); // a kept copy is never changed
    }
}
