package it.ordo.ui.entry;

import static it.ordo.testing.TestCompany.customerOfKind;
import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.order.VatTreatment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The New order screen shows the chosen customer's VAT treatment beside it. */
class OrderHeaderVatTest {

    private final EntryFixture f = new EntryFixture();

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theHeaderShowsEachCustomersTreatment() {
        f.company.customers(
                customerOfKind("DE-MUSTER", "EU_BUSINESS", "DE811907980", "", "", "10117", "Berlin", "", "DE"),
                customerOfKind("WEB-ANNA", "CONSUMER", "", "", "", "20121", "Milano", "MI", "IT"));
        f.company.ctx.vat().confirmVies("DE-MUSTER");

        f.choose("DE-MUSTER", "DE-MUSTER");
        OrderHeaderViewModel.VatShown shown = f.vm.header().vatProperty().get();
        assertThat(shown.treatment()).isEqualTo(VatTreatment.INTRA_EU);
        assertThat(shown.reference()).isEqualTo("DE811907980");

        f.choose("WEB-ANNA", "WEB-ANNA");
        assertThat(f.vm.header().vatProperty().get().treatment()).isEqualTo(VatTreatment.DOMESTIC);
    }
}
