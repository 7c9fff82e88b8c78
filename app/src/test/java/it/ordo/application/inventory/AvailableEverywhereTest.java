package it.ordo.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The buyer's view of the whole stock: available per product and warehouse, allocations taken off. */
class AvailableEverywhereTest {

    private final TestCompany company = TestCompany.standard();

    @AfterEach
    void close() {
        company.close();
    }

    @Test
    void everyProductInEveryWarehouseWithItsAllocationsTakenOff() {
        company.receive("P1", "MIL", "10");
        company.receive("P2", "BOL", "4");
        company.order("C-A", "AV-1", "P1", 3);

        var available = company.ctx.inventory().availableEverywhere();

        assertThat(available).hasSize(6);
        assertThat(available.get("P1|MIL")).isEqualByComparingTo("7");
        assertThat(available.get("P2|BOL")).isEqualByComparingTo("4");
        assertThat(available.get("P3|MIL")).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
