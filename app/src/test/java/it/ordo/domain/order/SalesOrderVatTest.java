package it.ordo.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.Address;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SalesOrderVatTest {

    private static SalesOrder order(VatTreatment treatment, String reference) {
        SalesOrder o = new SalesOrder(Channel.PHONE, null, 1L, "X", new Address("Via Roma 1", "20121", "Milano", "MI", "IT"),
                1L, Priority.NORMAL, null, null, "30 days", "op", Instant.parse("2026-12-01T10:00:00Z"));
        o.applyVat(treatment, reference, null);
        o.addLine(10L, new BigDecimal("2"), new BigDecimal("50.00"), BigDecimal.ZERO, new BigDecimal("22"), null);
        o.addLine(11L, new BigDecimal("1"), new BigDecimal("100.00"), BigDecimal.ZERO, new BigDecimal("4"), null);
        return o;
    }

    @Test
    void domesticChargesAndCollectsEachProductsRate() {
        SalesOrder o = order(VatTreatment.DOMESTIC, null);
        assertThat(o.vatTotal()).isEqualByComparingTo("26.00");
        assertThat(o.grossTotal()).isEqualByComparingTo("226.00");
        assertThat(o.amountDue()).isEqualByComparingTo("226.00");
        assertThat(o.vatSummary()).containsOnlyKeys(new BigDecimal("22"), new BigDecimal("4"));
    }

    @Test
    void splitPaymentShowsTheVatButTheAmountDueExcludesIt() {
        SalesOrder o = order(VatTreatment.SPLIT_PAYMENT, "UFABCD");
        assertThat(o.vatTotal()).isEqualByComparingTo("26.00");
        assertThat(o.grossTotal()).isEqualByComparingTo("226.00");
        assertThat(o.amountDue()).isEqualByComparingTo("200.00");
    }

    @Test
    void nonTaxableTreatmentsPutEveryLineAtZeroWithTheirReference() {
        SalesOrder o = order(VatTreatment.INTRA_EU, "DE811907980");
        assertThat(o.lines()).allSatisfy(l -> assertThat(l.vatRate()).isZero());
        assertThat(o.vatTotal()).isZero();
        assertThat(o.amountDue()).isEqualByComparingTo("200.00");
        assertThat(o.vatReference()).isEqualTo("DE811907980");
        assertThat(o.vatSummary()).containsOnlyKeys(BigDecimal.ZERO);
    }
}
