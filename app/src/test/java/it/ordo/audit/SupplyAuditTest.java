package it.ordo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.audit.AuditRows.Row;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Expected supplier deliveries move promise dates, so who recorded one, and
 * when, is in the audit trail like any change to stock. Real embedded Derby.
 */
@Tag("db")
class SupplyAuditTest {

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
    void addingASupplyLineRecordsItUnderTheSkuAndWarehouse() {
        anna.inventory().addSupply("P2", "BOL", new BigDecimal("40"), TestCompany.TODAY.plusDays(10), "PO-77");

        List<Row> rows = AuditRows.of(company.ctx, "SupplyLine", "P2@BOL");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("INSERT");
            assertThat(r.user()).isEqualTo("anna");
            assertThat(r.workstation()).isEqualTo("PC-ANNA");
            assertThat(r.at()).isEqualTo(company.now());
            assertThat(r.to("quantity")).isEqualTo("40");
            assertThat(r.to("poNumber")).isEqualTo("PO-77");
            assertThat(r.to("expectedDate")).isEqualTo(TestCompany.TODAY.plusDays(10).toString());
        });
    }
}
