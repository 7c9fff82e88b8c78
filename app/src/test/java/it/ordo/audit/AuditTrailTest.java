package it.ordo.audit;

import static it.ordo.testing.TestCompany.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.Internals;
import it.ordo.OrdoContext;
import it.ordo.application.Workstation;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.audit.AuditRows.Row;
import it.ordo.domain.order.Channel;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every change of an audited record leaves a row in audit_log with the user,
 * the workstation, the time and the old and new values of what changed,
 * written in the same transaction as the change. Real embedded Derby.
 */
@Tag("db")
class AuditTrailTest {

    private TestCompany company;
    private OrdoContext anna;

    @BeforeEach
    void company() {
        company = TestCompany.standard();
        anna = company.ctx.as(AuditRows.operator("anna", "PC-ANNA"));
    }

    @AfterEach
    void close() {
        company.close(); // anna shares the database: closing one closes both
    }

    @Test
    void placingAnOrderRecordsTheOrderItsLinesAndTheStockItTook() {
        company.receive("P1", "MIL", "10");
        company.clock.advance(Duration.ofMinutes(5));
        long before = AuditRows.count(company.ctx);

        OrderView order = anna.orders().place(new OrderRequest("WEB-1", Channel.PHONE, "C-A", null, null, null, null,
                List.of(new OrderRequest.LineRequest("P1", null, new BigDecimal("4")),
                        new OrderRequest.LineRequest("P3", null, new BigDecimal("2")))));

        List<Row> rows = AuditRows.all(company.ctx).stream().skip(before).toList();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.user()).isEqualTo("anna");
            assertThat(r.workstation()).isEqualTo("PC-ANNA");
            assertThat(r.at()).isEqualTo(company.now());
        });
        Row created = rows.stream().filter(r -> r.entity().equals("SalesOrder") && r.action().equals("INSERT"))
                .findFirst().orElseThrow();
        assertThat(created.key()).isEqualTo(order.number());
        assertThat(created.to("externalRef")).isEqualTo("WEB-1");
        assertThat(created.to("grossTotal")).isEqualTo("256.8"); // 4 x 10 + 22% and 2 x 100 + 4%
        assertThat(created.changes()).doesNotContainKey("version");
        // Stored as a draft and confirmed in the same transaction: others only ever see it confirmed.
        assertThat(created.to("status")).isEqualTo("CONFIRMED");
        assertThat(rows).filteredOn(r -> r.entity().equals("SalesOrder")).singleElement();
        // Lines are found under their order's number; the first was allocated, the second backordered.
        List<Row> lines = rows.stream().filter(r -> r.entity().equals("OrderLine")).toList();
        assertThat(lines).hasSize(2).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(order.number());
            assertThat(r.action()).isEqualTo("INSERT");
            assertThat(r.changes().keySet()).noneMatch(f -> f.startsWith("_"));
        });
        assertThat(lines.get(0).changes()).containsEntry("lineNo", java.util.Arrays.asList(null, "1"))
                .containsEntry("quantity", java.util.Arrays.asList(null, "4"))
                .containsEntry("allocatedQty", java.util.Arrays.asList(null, "4"))
                .containsEntry("backorderedQty", java.util.Arrays.asList(null, "0"));
        assertThat(lines.get(1).changes()).containsEntry("allocatedQty", java.util.Arrays.asList(null, "0"))
                .containsEntry("backorderedQty", java.util.Arrays.asList(null, "2"));
        Row stock = rows.stream().filter(r -> r.entity().equals("Stock")).findFirst().orElseThrow();
        assertThat(stock.key()).isEqualTo("P1@MIL");
        assertThat(stock.action()).isEqualTo("UPDATE");
        assertThat(stock.changes()).containsOnlyKeys("allocated").containsEntry("allocated", List.of("0", "4"));
    }

    @Test
    void cancellingRecordsTheStatusAndTheStockGivenBackByEachLine() {
        company.receive("P1", "MIL", "10");
        String number = company.order("C-A", "CX-1", "P1", 6).number();
        company.clock.advance(Duration.ofMinutes(20));
        long before = AuditRows.count(company.ctx);

        anna.orders().cancel(number, null);

        List<Row> rows = AuditRows.all(company.ctx).stream().skip(before).toList();
        assertThat(rows).extracting(Row::entity).containsExactlyInAnyOrder("SalesOrder", "OrderLine", "Stock");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.action()).isEqualTo("UPDATE");
            assertThat(r.user()).isEqualTo("anna");
            assertThat(r.at()).isEqualTo(company.now());
        });
        assertThat(rows).filteredOn(r -> r.entity().equals("SalesOrder")).singleElement()
                .satisfies(r -> assertThat(r.changes()).containsEntry("status", List.of("CONFIRMED", "CANCELLED")));
        assertThat(rows).filteredOn(r -> r.entity().equals("OrderLine")).singleElement()
                .satisfies(r -> assertThat(r.changes()).containsOnlyKeys("allocatedQty")
                        .containsEntry("allocatedQty", List.of("6", "0")));
        assertThat(rows).filteredOn(r -> r.entity().equals("Stock")).singleElement()
                .satisfies(r -> assertThat(r.changes()).containsEntry("allocated", List.of("6", "0")));
    }

    @Test
    void aNewListPriceRecordsTheOldAndTheNewPrice() {
        long before = AuditRows.count(company.ctx);

        anna.products().importRows(List.of(row("sku", "P1", "ean", "4006381333931", "description", "Vite 4x40",
                "category", "Viteria", "unit", "PCS", "vatRate", "22", "unitCost", "5.00", "listPrice", "12.50",
                "weightKg", "0.010")));

        List<Row> rows = AuditRows.all(company.ctx).stream().skip(before).toList();
        // Only the price changed: the product's own fields arrived with the same values (5.00 = 5, 0.010 = 0.01).
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.entity()).isEqualTo("PriceListItem");
            assertThat(r.key()).isEqualTo("P1@BASE");
            assertThat(r.action()).isEqualTo("UPDATE");
            assertThat(r.changes()).containsOnlyKeys("unitPrice").containsEntry("unitPrice", List.of("10", "12.5"));
            assertThat(r.user()).isEqualTo("anna");
            assertThat(r.workstation()).isEqualTo("PC-ANNA");
        });
    }

    @Test
    void aCustomerUpdateRecordsOnlyTheFieldsThatChanged() {
        long before = AuditRows.count(company.ctx);

        anna.customers().importRows(List.of(row("code", "C-B", "name", "Beta S.p.A.", "vatNumber", "12345678903",
                "fiscalCode", "", "email", "acquisti@beta.it", "phone", "+39 051 000000", "tier", "A",
                "creditLimit", "150000.00", "paymentTerms", "Bonifico 30 gg f.m.", "acceptsBackorders", "true",
                "address", "Via Emilia 10", "postalCode", "40121", "city", "Bologna", "province", "BO",
                "country", "IT", "warehouse", "MIL")));

        List<Row> rows = AuditRows.all(company.ctx).stream().skip(before).toList();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.entity()).isEqualTo("Customer");
            assertThat(r.key()).isEqualTo("C-B");
            assertThat(r.changes()).containsOnlyKeys("email", "tier", "creditLimit")
                    .containsEntry("email", List.of("ordini@c-b.it", "acquisti@beta.it"))
                    .containsEntry("tier", List.of("B", "A"))
                    .containsEntry("creditLimit", List.of("100000", "150000"));
            assertThat(r.user()).isEqualTo("anna");
        });
    }

    @Test
    void importingTheSameDataAgainRecordsNothing() {
        long before = AuditRows.count(company.ctx);

        company.customers(TestCompany.customer("C-A", "Alfa S.r.l.", "01114601006", "A", "100000.000", "true"));

        assertThat(AuditRows.count(company.ctx)).isEqualTo(before);
    }

    @Test
    void aStockReceiptRecordsTheNewOnHandWithUserAndWorkstation() {
        company.clock.advance(Duration.ofHours(2));

        anna.inventory().receive("P2", "BOL", new BigDecimal("12.5"), null);

        List<Row> stock = AuditRows.of(company.ctx, "Stock", "P2@BOL");
        assertThat(stock).last().satisfies(r -> {
            assertThat(r.action()).isEqualTo("UPDATE");
            assertThat(r.changes()).containsOnlyKeys("onHand").containsEntry("onHand", List.of("0", "12.5"));
            assertThat(r.user()).isEqualTo("anna");
            assertThat(r.workstation()).isEqualTo("PC-ANNA");
            assertThat(r.at()).isEqualTo(company.now());
        });
    }

    @Test
    void theDefaultWorkstationIsThisMachine() {
        company.receive("P3", "MIL", "1");

        assertThat(AuditRows.of(company.ctx, "Stock", "P3@MIL")).last()
                .satisfies(r -> {
                    assertThat(r.user()).isEqualTo("tester");
                    assertThat(r.workstation()).isEqualTo(Workstation.name());
                });
    }

    @Test
    void aPlacementRolledBackAfterItsChangesReachedTheDatabaseLeavesNoAuditRow() {
        company.receive("P1", "MIL", "10");
        long before = AuditRows.count(company.ctx);
        long orders = company.ctx.orders().search(OrderQuery.latest(null, null, 100)).rows().size();

        // The placement itself succeeds and writes its rows; then the surrounding transaction fails.
        assertThatThrownBy(() -> Internals.transactions(company.ctx).write(() -> {
            company.order("C-A", "RB-1", "P1", 3);
            throw new IllegalStateException("the printer caught fire");
        })).hasMessageContaining("printer");

        assertThat(AuditRows.count(company.ctx)).isEqualTo(before);
        assertThat(company.ctx.orders().search(OrderQuery.latest(null, null, 100)).rows()).hasSize((int) orders);
        // and the next change is recorded as usual
        company.order("C-A", "RB-2", "P1", 3);
        assertThat(AuditRows.all(company.ctx).stream().skip(before))
                .anySatisfy(r -> assertThat(r.to("externalRef")).isEqualTo("RB-2"));
    }

    @Test
    void aPasswordIsNeverCopiedIntoTheTrail() {
        company.ctx.users().add("mario", java.util.EnumSet.of(it.ordo.domain.security.Role.ORDER_DESK),
                "Primavera-2026!");

        assertThat(AuditRows.of(company.ctx, "UserAccount", "mario")).singleElement().satisfies(r -> {
            assertThat(r.to("passwordHash")).isEqualTo("***");
            assertThat(r.to("roles")).isEqualTo("ORDER_DESK");
        });
    }
}
