package it.ordo.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.Internals;
import it.ordo.domain.BaseEntity;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.StockMovement;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.Priority;
import it.ordo.domain.order.SalesOrder;
import it.ordo.domain.order.StatusChange;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.CollectionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rows {@link JdbcInserts} writes for a new order and its ledger rows hold every mapped field: read back by
 * Hibernate in another transaction, each record equals the one written, field by field, whatever the mapping
 * says (a field added to an entity and not written would fail here). Their audit rows are keyed as Hibernate's
 * inserts were.
 */
@Tag("db")
class JdbcInsertsTest {

    /** Micro-second precision: what every database Ordo runs on keeps of a timestamp. */
    private static final Instant AT = Instant.parse("2026-12-06T10:15:30.123456Z");

    private TestCompany company;
    private JpaTransactions tx;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        tx = Internals.transactions(company.ctx);
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void anOrderAndItsLedgerRowsReadBackAsTheyWereWritten() {
        var orders = new JpaOrderRepository(tx);
        var inventory = new JpaInventoryRepository(tx);
        List<StockMovement> ledger = new ArrayList<>();
        SalesOrder written = tx.write(() -> {
            Customer customer = new JpaCustomerRepository(tx).findByCode("C-B").orElseThrow();
            var products = new JpaProductRepository(tx);
            Product p1 = products.findBySku("P1").orElseThrow();
            Product p3 = products.findBySku("P3").orElseThrow();
            Warehouse mil = inventory.findWarehouse("MIL").orElseThrow();
            SalesOrder order = new SalesOrder(Channel.EMAIL, "Rif. Ètà-7", customer.id(), customer.name(),
                    customer.defaultShipTo(), mil.id(), Priority.HIGH, LocalDate.of(2026, 12, 20), "Consegna al mattino",
                    customer.paymentTerms(), "tester", AT);
            order.addLine(p1.id(), new BigDecimal("3"), new BigDecimal("12.50"), new BigDecimal("5"),
                    new BigDecimal("22"), "price.list|BASE");
            order.addLine(p3.id(), new BigDecimal("2"), new BigDecimal("100.00"), BigDecimal.ZERO,
                    new BigDecimal("4"), null);
            order.assignNumber(orders.nextOrderNumber(2026));
            Stock stock = inventory.lockStocks(List.of(p1.id()), mil.id()).get(p1.id());
            StockMovement allocation = stock.allocateUpTo(new BigDecimal("3"), order.number(), "tester", AT);
            order.allocate(order.lines().getFirst(), allocation.allocatedDelta());
            inventory.record(List.of(allocation));
            ledger.add(allocation);
            order.backorder(order.lines().get(1), new BigDecimal("2"), LocalDate.of(2027, 1, 15));
            order.confirm("tester", AT.plusSeconds(1));
            order.takenByAgent("agente.rossi");
            orders.store(order);
            return order;
        });

        assertThat(written.id()).isNotNull();
        assertThat(written.lines()).allSatisfy(l -> assertThat(l.orderId()).isEqualTo(written.id()));
        tx.read(() -> {
            SalesOrder loaded = orders.findByNumber(written.number()).orElseThrow();
            sameFields(SalesOrder.class, written, loaded);
            assertThat(loaded.lines()).hasSize(2);
            for (int i = 0; i < 2; i++) {
                sameFields(OrderLine.class, written.lines().get(i), loaded.lines().get(i));
            }
            assertThat(loaded.history()).hasSize(2);
            for (int i = 0; i < 2; i++) {
                sameFields(StatusChange.class, written.history().get(i), loaded.history().get(i));
            }
            StockMovement movement = tx.em().find(StockMovement.class, ledger.getFirst().id());
            sameFields(StockMovement.class, ledger.getFirst(), movement);
            return null;
        });

        // The audit trail saw them as Hibernate's own inserts: the order and each line under the order's number.
        List<String> audited = tx.read(() -> tx.em().unwrap(Session.class).doReturningWork(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT entity, entity_key, action FROM audit_log WHERE entity_key = ? ORDER BY entity, entity_id")) {
                s.setString(1, written.number());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                    }
                }
            }
            return rows;
        }));
        assertThat(audited).containsExactly("OrderLine " + written.number() + " INSERT",
                "OrderLine " + written.number() + " INSERT", "SalesOrder " + written.number() + " INSERT");
    }

    /** Every mapped field but collections and Hibernate's hidden links: amounts by value, the rest by equals. */
    private void sameFields(Class<?> type, Object written, Object loaded) {
        var persister = tx.em().unwrap(Session.class).getFactory().unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(type);
        Object[] a = persister.getValues(written);
        Object[] b = persister.getValues(loaded);
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (persister.getPropertyTypes()[i] instanceof CollectionType || names[i].startsWith("_")) {
                continue;
            }
            if (a[i] instanceof BigDecimal x) {
                assertThat(b[i]).as(type.getSimpleName() + "." + names[i]).isInstanceOf(BigDecimal.class);
                assertThat((BigDecimal) b[i]).as(type.getSimpleName() + "." + names[i]).isEqualByComparingTo(x);
            } else {
                assertThat(b[i]).as(type.getSimpleName() + "." + names[i]).isEqualTo(a[i]);
            }
        }
        assertThat(((BaseEntity) loaded).id()).isEqualTo(((BaseEntity) written).id());
    }
}
