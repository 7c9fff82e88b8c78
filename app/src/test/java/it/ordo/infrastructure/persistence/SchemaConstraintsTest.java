package it.ordo.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.testing.TestCompany;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The schema, created by the migrations on an empty database, defends the
 * data on its own: a wrong UPDATE typed by hand (or a bug) cannot oversell,
 * duplicate an order or leave a line without its order.
 */
@Tag("db")
class SchemaConstraintsTest {

    private static TestCompany company;

    @BeforeAll
    static void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "10");
        company.order("C-B", "WEB-1", "P1", 4);
    }

    @AfterAll
    static void tearDown() {
        company.close();
    }

    private void refused(String sql) throws SQLException {
        try (Connection c = company.ctx.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(sql)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("23"));
            c.rollback();
        }
    }

    @Test
    void theMigrationsCreatedEveryTableOnAnEmptyDatabase() throws SQLException {
        try (Connection c = company.ctx.database().dataSource().getConnection();
             var rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            java.util.Set<String> tables = new java.util.HashSet<>();
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
            assertThat(tables).contains("warehouse", "customer", "customer_address", "product", "price_list",
                    "price_list_item", "discount_rule", "stock", "stock_movement", "supply_line", "numbering",
                    "sales_order", "sales_order_line", "order_status_history", "company", "flyway_schema_history");
        }
    }

    @Test
    void aDeclarationOfIntentCanNeverBeUsedBeyondItsCeiling() throws SQLException {
        company.ctx.vat().registerDeclaration(new it.ordo.application.customer.VatService.DeclarationRequest("C-A",
                "26030412345678901-000077", java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31),
                new java.math.BigDecimal("100.00")));
        refused("UPDATE intent_declaration SET used = 100.01 WHERE protocol = '26030412345678901-000077'");
        refused("UPDATE sales_order SET amount_due = 1 WHERE order_number IS NOT NULL");
        refused("UPDATE sales_order SET vat_treatment = 'ZERO' WHERE order_number IS NOT NULL");
    }

    @Test
    void allocatedCanNeverExceedOnHand() throws SQLException {
        refused("UPDATE stock SET allocated = on_hand + 1");
    }

    @Test
    void onHandCanNeverBeNegative() throws SQLException {
        refused("UPDATE stock SET on_hand = -1, allocated = 0");
    }

    @Test
    void orderNumbersAreUnique() throws SQLException {
        company.order("C-B", "WEB-2", "P1", 1); // at least two orders now
        refused("UPDATE sales_order SET order_number = 'ORD-2026-000001'");
    }

    @Test
    void theSameExternalReferenceOfAChannelIsRefused() throws SQLException {
        company.order("C-B", "WEB-3", "P1", 1);
        // Uniqueness lives on the reference's key (trimmed, in capitals), which Ordo writes with the reference.
        refused("UPDATE sales_order SET external_ref = 'web-1', external_ref_key = 'WEB-1' WHERE external_ref = 'WEB-3'");
    }

    @Test
    void quantitiesMustBePositiveAndLinesNeedTheirOrder() throws SQLException {
        refused("UPDATE sales_order_line SET quantity = 0");
        refused("UPDATE sales_order_line SET order_id = -5");
        refused("UPDATE product SET vat_rate = 21");
    }
}
