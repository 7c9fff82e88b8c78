package it.ordo.application.reporting;

import static it.ordo.testing.TestCompany.customerOfKind;
import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.customer.VatService;
import it.ordo.application.order.OrderView;
import it.ordo.testing.TestCompany;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The confirmation of each treatment, read back from the PDF: the legal note in the customer's language, the
 * nature code on the VAT line, and under split payment the amount due without the VAT. With
 * {@code -Dordo.test.pdfOut=DIR} the PDFs are also written there (the screenshots in docs/ come from them).
 */
class VatConfirmationPdfTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "500");
        company.receive("P3", "MIL", "50");
        assertThat(company.customers(
                customerOfKind("DE-MUSTER", "EU_BUSINESS", "DE811907980", "", "", "10117", "Berlin", "", "DE"),
                customerOfKind("WEB-ANNA", "CONSUMER", "", "", "", "20121", "Milano", "MI", "IT"),
                customerOfKind("PA-COMUNE", "PUBLIC_ADMINISTRATION", "", "80012000826", "UFABCD", "90100", "Palermo",
                        "PA", "IT")).errors()).isEmpty();
        company.ctx.vat().confirmVies("DE-MUSTER");
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private String pdfText(OrderView order, String name) throws IOException {
        byte[] pdf = company.ctx.documents().orderConfirmation(order.number());
        String out = System.getProperty("ordo.test.pdfOut");
        if (out != null) {
            Files.createDirectories(Path.of(out));
            Files.write(Path.of(out, name + ".pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void anIntraEuConfirmationCitesTheLawAndTheCustomersVatNumber() throws IOException {
        String text = pdfText(company.order("DE-MUSTER", "PO-7781", "P1", 20, "P3", 2), "confirmation-intra-eu");
        assertThat(text).contains("Non-taxable intra-Community supply (art. 41 D.L. 331/1993), customer VAT number DE811907980");
        assertThat(text).contains("N3.2").contains("DE811907980").doesNotContain("22%");
        assertThat(text).contains("Order total").contains("400.00");
    }

    @Test
    void aConsumerConfirmationChargesItalianVatWithNoNote() throws IOException {
        String text = pdfText(company.order("WEB-ANNA", "SHOP-1042", "P1", 20, "P3", 2), "confirmation-consumer");
        assertThat(text).contains("22%").contains("4%").contains("Totale ordine").contains("452,00");
        assertThat(text).doesNotContain("non imponibile").doesNotContain("Scissione");
    }

    @Test
    void aSplitPaymentConfirmationShowsTheVatButAsksOnlyForTheNet() throws IOException {
        String text = pdfText(company.order("PA-COMUNE", "CIG-1", "P1", 10), "confirmation-split-payment");
        assertThat(text).contains("Scissione dei pagamenti: IVA da versare a cura della pubblica amministrazione");
        assertThat(text).contains("22,00").contains("Netto a pagare 100,00");
        // The administration's office code, which it quotes to match the document to its e-invoice.
        assertThat(text).contains("Cod. univoco ufficio UFABCD");
    }

    @Test
    void aDeclarationOfIntentConfirmationCitesItsProtocol() throws IOException {
        company.ctx.vat().registerDeclaration(new VatService.DeclarationRequest("C-B", "26030412345678901-000003",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("50000")));
        String text = pdfText(company.order("C-B", "EXP-9", "P1", 10), "confirmation-intent");
        assertThat(text).contains("dichiarazione d'intento n. 26030412345678901-000003").contains("N3.5");
    }
}
