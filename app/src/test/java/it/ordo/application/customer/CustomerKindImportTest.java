package it.ordo.application.customer;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.domain.Message;
import it.ordo.domain.customer.CustomerKind;
import it.ordo.domain.order.VatTreatment;
import it.ordo.testing.TestCompany;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customers the issue found refused by {@code customer import}, and the bad rows refused field by field. */
class CustomerKindImportTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private static ImportRow customer(String code, String kind, String vat, String fiscal, String office,
                                      String postalCode, String city, String province, String country) {
        return TestCompany.customerOfKind(code, kind, vat, fiscal, office, postalCode, city, province, country);
    }

    @Test
    void everyKindOfCustomerIsImported() {
        ImportReport report = company.customers(
                customer("DE-MUSTER", "EU_BUSINESS", "DE811907980", "", "", "10117", "Berlin", "", "DE"),
                customer("FR-DUPONT", "EU_BUSINESS", "FR 40 303 265 045", "", "", "75001", "Paris", "", "FR"),
                customer("CH-ALPEN", "NON_EU_BUSINESS", "CHE-123.456.789", "", "", "8001", "Zürich", "", "CH"),
                customer("WEB-ANNA", "CONSUMER", "", "", "", "20121", "Milano", "MI", "IT"),
                customer("PA-COMUNE", "PUBLIC_ADMINISTRATION", "", "80012000826", "ufabcd", "90100", "Palermo", "PA", "IT"),
                customer("IT-ROSSI", "IT_PERSON", "", "RSSMRA85T10A562S", "", "00184", "Roma", "RM", "IT"));
        assertThat(report.errors()).isEmpty();
        assertThat(report.inserted()).isEqualTo(6);

        CustomerView muster = company.ctx.customers().show("DE-MUSTER");
        assertThat(muster.kind()).isEqualTo(CustomerKind.EU_BUSINESS);
        assertThat(muster.vatNumber()).isEqualTo("DE811907980");
        // Nobody has confirmed it on VIES yet: Italian VAT until someone does.
        assertThat(muster.vatTreatment()).isEqualTo(VatTreatment.DOMESTIC);
        assertThat(company.ctx.customers().show("FR-DUPONT").vatNumber()).isEqualTo("FR40303265045");
        assertThat(company.ctx.customers().show("CH-ALPEN").vatTreatment()).isEqualTo(VatTreatment.EXPORT);
        assertThat(company.ctx.customers().show("WEB-ANNA").vatTreatment()).isEqualTo(VatTreatment.DOMESTIC);
        CustomerView pa = company.ctx.customers().show("PA-COMUNE");
        assertThat(pa.vatTreatment()).isEqualTo(VatTreatment.SPLIT_PAYMENT);
        assertThat(pa.vatReference()).isEqualTo("UFABCD");
        // Customers imported before kinds existed are Italian businesses, as the migration made them.
        assertThat(company.ctx.customers().show("C-B").kind()).isEqualTo(CustomerKind.IT_BUSINESS);

        VatService.CustomerVat confirmed = company.ctx.vat().confirmVies("DE-MUSTER");
        assertThat(confirmed.viesConfirmedBy()).isNotBlank();
        assertThat(confirmed.viesConfirmedAt()).isEqualTo(company.now());
        assertThat(confirmed.treatment()).isEqualTo(VatTreatment.INTRA_EU);
        assertThat(company.ctx.customers().show("DE-MUSTER").vatReference()).isEqualTo("DE811907980");
    }

    @Test
    void badRowsAreRefusedNamingTheFieldAndNothingIsWritten() {
        ImportReport report = company.customers(
                customer("X1", "EU_BUSINESS", "DE811907980", "", "", "75001", "Paris", "", "FR"),
                customer("X2", "EU_BUSINESS", "DE81190798", "", "", "10117", "Berlin", "", "DE"),
                customer("X3", "CONSUMER", "00743110157", "", "", "20121", "Milano", "MI", "IT"),
                customer("X4", "IT_BUSINESS", "", "", "", "20121", "Milano", "MI", "IT"),
                customer("X5", "PUBLIC_ADMINISTRATION", "", "80012000826", "", "90100", "Palermo", "PA", "IT"),
                customer("X6", "NON_EU_BUSINESS", "", "", "", "1010", "Wien", "", "AT"),
                customer("X7", "EU_BUSINESS", "NL004495445B01", "", "", "0123 AB", "Amsterdam", "", "NL"),
                customer("X8", "MARTIAN", "", "", "", "20121", "Milano", "MI", "IT"));
        assertThat(report.inserted()).isZero();
        assertThat(report.errors()).hasSize(8);
        assertThat(report.errors().stream().map(e -> e.problems().stream().map(Message::key).toList()).toList())
                .containsExactly(
                        java.util.List.of("customer.euVatNumber.country"),
                        java.util.List.of("customer.euVatNumber.format"),
                        java.util.List.of("customer.consumer.vatNumber"),
                        java.util.List.of("customer.vatNumber.required"),
                        java.util.List.of("customer.officeCode.invalid"),
                        java.util.List.of("customer.country.inEu"),
                        java.util.List.of("customer.postalCode.format"),
                        report.errors().get(7).problems().stream().map(Message::key).toList());
        assertThat(report.errors().get(7).problems().getFirst().args()).contains("kind");
        assertThat(company.ctx.customers().count()).isEqualTo(5);
    }
}
