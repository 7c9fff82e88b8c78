package it.ordo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.customer.VatService;
import it.ordo.application.order.OrderPreview;
import it.ordo.application.order.OrderRequest;
import it.ordo.domain.customer.CustomerKind;
import it.ordo.domain.order.VatTreatment;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small demo company has a customer of every kind and a habitual exporter close to its ceiling. */
class DemoVatCustomersTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 27).atTime(9, 0).atZone(ROME).toInstant(), ROME);

    @TempDir
    Path dir;

    @Test
    void everyKindAndAnExporterNearItsCeiling() {
        try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(dir.resolve("tiny")), () -> "tester", CLOCK)) {
            ctx.generateDemo((services, s, progress) -> DemoCompany.generate(services, s, progress,
                    new DemoCompany.Scale(60, 25, 30, 10)), 3L, null);
            List<CustomerView> all = ctx.customers().list(null, 0, 1000);
            assertThat(all.stream().map(CustomerView::kind).distinct()).containsExactlyInAnyOrder(CustomerKind.values());
            assertThat(ctx.customers().show("EU-DE-001").vatTreatment()).isEqualTo(VatTreatment.INTRA_EU);
            assertThat(ctx.customers().show("EU-NL-001").vatTreatment()).isEqualTo(VatTreatment.DOMESTIC);
            assertThat(ctx.customers().show("XEU-CH-001").vatTreatment()).isEqualTo(VatTreatment.EXPORT);
            assertThat(ctx.customers().show("PA-00001").vatTreatment()).isEqualTo(VatTreatment.SPLIT_PAYMENT);

            VatService.DeclarationView d = ctx.vat().declarations(DemoVatCustomers.EXPORTER).getFirst();
            assertThat(d.remaining()).isPositive().isLessThan(d.ceiling().multiply(new BigDecimal("0.12")));
            // Within a tenth of the ceiling: the customer's VAT tab shows what is left in the warning colour.
            assertThat(d.nearlyExhausted()).isTrue();
            // The next order of the exporter comes with the warning, or is taxed when it no longer fits.
            String sku = ctx.products().list(null, 0, 1).getFirst().sku();
            OrderPreview next = ctx.orderEntry().preview(DemoVatCustomers.EXPORTER,
                    List.of(new OrderRequest.LineRequest(sku, null, BigDecimal.ONE)));
            assertThat(next.vatNotes()).isNotEmpty();
            assertThat(ctx.integrity().check()).isEmpty();
        }
    }
}
