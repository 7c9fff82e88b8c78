package it.ordo.infrastructure.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.reporting.OrderConfirmationData;
import it.ordo.application.reporting.OrderConfirmationData.Line;
import it.ordo.application.reporting.OrderConfirmationData.Party;
import it.ordo.application.reporting.OrderConfirmationData.VatRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Renders real PDFs and reads them back as a customer would read them: language, order identity,
 * the customer's accented name, amounts in the customer's number format, VAT summary, undated
 * backorders and page numbering.
 */
class JasperOrderDocumentRendererTest {

    private static final JasperOrderDocumentRenderer RENDERER = new JasperOrderDocumentRenderer();

    @Test
    void italianConfirmationShowsItalianLabelsAndItalianNumberFormats() throws IOException {
        String text = pdfText(RENDERER.renderOrderConfirmation(sampleOrder("it", 0)));

        assertThat(text).contains("Conferma d'ordine", "ORD-2026-000123", "27/11/2026",
                "Caffè Società Cooperativa", "Via dei Mille 12", "00185 Roma (RM)",
                "Telefono", "Priorità", "Alta", "30 gg data fattura fine mese", "Pagina 1 di 1");
        assertThat(text).doesNotContain("Order confirmation", "to be confirmed");

        // 1.211,30 + 253,41 (242,51 on 22% and 10,90 on 10%): the computed totals, Italian style.
        assertThat(text).contains("Totale imponibile 1.211,30 €", "Totale IVA 253,41 €", "Totale ordine 1.464,71 €");
        // VAT summary rows: rate, taxable, VAT (the totals box may share the text line on the right).
        assertThat(lineStartingWith(text, "22%")).startsWith("22% 1.102,30 € 242,51 €");
        assertThat(lineStartingWith(text, "10%")).startsWith("10% 109,00 € 10,90 €");

        assertThat(lineWith(text, "MAC-LEVA-2G")).contains("902,50 €").contains("da confermare");
        assertThat(lineWith(text, "CAF-ESP-1KG")).contains("12 ", "18,50 €", "199,80 €", "03/12/2026")
                .doesNotContain("12,000");
        assertThat(lineWith(text, "CAC-AMARO-1KG")).contains("kg 2,5 ", "31,00 €");
        assertThat(lineWith(text, "ZUC-CANNA-500")).contains(" pz 40 ");
    }

    @Test
    void englishConfirmationShowsEnglishLabelsAndEnglishNumberFormats() throws IOException {
        String text = pdfText(RENDERER.renderOrderConfirmation(sampleOrder("en", 0)));

        assertThat(text).contains("Order confirmation", "ORD-2026-000123", "27 Nov 2026",
                "Caffè Società Cooperativa", "Phone", "High", "Page 1 of 1");
        assertThat(text).doesNotContain("Conferma d'ordine", "da confermare", "Pagina");

        assertThat(text).contains("Net total €1,211.30", "VAT total €253.41", "Order total €1,464.71");
        assertThat(lineStartingWith(text, "22%")).startsWith("22% €1,102.30 €242.51");
        assertThat(lineStartingWith(text, "10%")).startsWith("10% €109.00 €10.90");

        assertThat(lineWith(text, "MAC-LEVA-2G")).contains("€902.50").contains("to be confirmed");
        assertThat(lineWith(text, "CAF-ESP-1KG")).contains("€18.50", "€199.80", "03 Dec 2026");
        assertThat(lineWith(text, "CAC-AMARO-1KG")).contains("kg 2.5 ", "€31.00");
        assertThat(lineWith(text, "ZUC-CANNA-500")).contains(" pcs 40 ");
    }

    @Test
    void englishStaysEnglishOnAnItalianWorkstation() throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ITALY);
        try {
            String text = pdfText(RENDERER.renderOrderConfirmation(sampleOrder("en", 0)));
            assertThat(text).contains("Order confirmation", "to be confirmed").doesNotContain("Conferma d'ordine");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void longOrderRunsOverSeveralPagesRepeatingTheTableHeader() throws IOException {
        byte[] pdf = RENDERER.renderOrderConfirmation(sampleOrder("it", 56));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = stripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).as("page %d", page)
                        .contains("Descrizione", "Prezzo", "Pagina " + page + " di " + pages);
            }
            String all = stripper().getText(document);
            assertThat(all).contains("ART-0060", "Totale ordine");
            // Every line printed exactly once, none lost at a page break.
            for (int i = 5; i <= 60; i++) {
                assertThat(count(all, "ART-%04d".formatted(i))).as("line %d", i).isEqualTo(1);
            }
        }
    }

    @Test
    void documentUsesTheEmbeddedDejaVuFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(RENDERER.renderOrderConfirmation(sampleOrder("it", 0)))) {
            var resources = document.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    void rendersFromSeveralThreadsAtOnceIncludingTheFirstLoad() throws Exception {
        JasperOrderDocumentRenderer fresh = new JasperOrderDocumentRenderer();
        List<Future<byte[]>> pdfs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 8; i++) {
                String language = i % 2 == 0 ? "it" : "en";
                pdfs.add(pool.submit(() -> fresh.renderOrderConfirmation(sampleOrder(language, 0))));
            }
        }
        for (int i = 0; i < pdfs.size(); i++) {
            assertThat(pdfText(pdfs.get(i).get()))
                    .contains(i % 2 == 0 ? "Totale ordine 1.464,71 €" : "Order total €1,464.71");
        }
    }

    @Test
    void addressesFollowTheItalianPostalLayoutAndNameForeignCountries() {
        Party italian = party("Rossi S.r.l.", "Via Roma 1", "20121", "Milano", "MI", "IT");
        Party german = party("Müller GmbH", "Hauptstraße 5", "80331", "München", null, "DE");

        assertThat(JasperOrderDocumentRenderer.address(italian, Locale.ITALY)).isEqualTo("Via Roma 1\n20121 Milano (MI)");
        assertThat(JasperOrderDocumentRenderer.address(german, Locale.ITALY)).isEqualTo("Hauptstraße 5\n80331 München\nGermania");
        assertThat(JasperOrderDocumentRenderer.address(german, Locale.ENGLISH)).endsWith("\nGermany");
    }

    /**
     * Four real-looking lines on two VAT rates (one backordered with no date), plus
     * {@code extraLines} filler lines (numbered ART-0005 on) to force page breaks.
     */
    static OrderConfirmationData sampleOrder(String language, int extraLines) {
        LocalDate dec3 = LocalDate.of(2026, 12, 3);
        List<Line> lines = new ArrayList<>(List.of(
                line(1, "CAF-ESP-1KG", "Caffè in grani miscela Espresso Bar, 1 kg", "KG", "12", "18.50", "10", "22",
                        "12", "0", dec3),
                line(2, "ZUC-CANNA-500", "Zucchero di canna grezzo, 500 g", "PCS", "40", "1.95", null, "10",
                        "40", "0", dec3),
                line(3, "MAC-LEVA-2G", "Macchina per espresso a leva professionale, 2 gruppi, caldaia in rame "
                        + "da 12 litri, finitura acciaio satinato", "PCS", "1", "950.00", "5", "22", "0", "1", null),
                line(4, "CAC-AMARO-1KG", "Cacao amaro in polvere", "KG", "2.5", "12.40", null, "10", "2.5", "0",
                        dec3)));
        for (int i = 5; i < 5 + extraLines; i++) {
            lines.add(line(i, "ART-%04d".formatted(i), "Articolo di prova numero " + i, "PCS", "3", "10.00", null,
                    i % 3 == 0 ? "10" : "22", "3", "0", dec3.plusDays(i % 7)));
        }

        Map<BigDecimal, BigDecimal> taxableByRate = new TreeMap<>((a, b) -> b.compareTo(a));
        for (Line l : lines) {
            taxableByRate.merge(l.vatRate(), l.netAmount(), BigDecimal::add);
        }
        List<VatRow> vat = new ArrayList<>();
        taxableByRate.forEach((rate, taxable) -> vat.add(new VatRow(rate, taxable,
                taxable.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP))));
        BigDecimal net = vat.stream().map(VatRow::taxable).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal vatTotal = vat.stream().map(VatRow::vat).reduce(BigDecimal.ZERO, BigDecimal::add);

        Party company = new Party("Distribuzione Alimentare Lombarda S.p.A.", "12345670017", "12345670017",
                "Via Gian Battista Pirelli 30", "20124", "Milano", "MI", "IT", "ordini@dalombarda.it",
                "+39 02 1234 5678", "IT60 X054 2811 1010 0000 0123 456", null);
        Party customer = new Party("Caffè Società Cooperativa", "01234567897", "CFFSCT80A01H501U",
                "Via dei Mille 12", "00185", "Roma", "RM", "IT", null, null, null, null);
        Party shipTo = new Party("Caffè Società Cooperativa – Magazzino Pomezia", null, null,
                "Via della Motomeccanica 7", "00071", "Pomezia", "RM", "IT", null, null, null, null);
        return new OrderConfirmationData(language, company, "ORD-2026-000123", LocalDate.of(2026, 11, 27), "PHONE",
                "PO 4471/B", "HIGH", LocalDate.of(2026, 12, 1), null, "C-000042", customer, shipTo,
                "30 gg data fattura fine mese", "Consegna al mattino, 8:00–12:00. Citofonare al magazzino.",
                lines, vat, net, vatTotal, net.add(vatTotal));
    }

    private static Line line(int no, String sku, String description, String unit, String qty, String price,
                             String discount, String vatRate, String allocated, String backordered, LocalDate promised) {
        BigDecimal quantity = new BigDecimal(qty);
        BigDecimal unitPrice = new BigDecimal(price);
        BigDecimal discountPct = discount == null ? null : new BigDecimal(discount);
        BigDecimal gross = quantity.multiply(unitPrice);
        BigDecimal net = discountPct == null ? gross
                : gross.subtract(gross.multiply(discountPct).movePointLeft(2));
        return new Line(no, sku, description, unit, quantity, unitPrice, discountPct, new BigDecimal(vatRate),
                net.setScale(2, RoundingMode.HALF_UP), new BigDecimal(allocated), new BigDecimal(backordered),
                promised);
    }

    private static Party party(String name, String street, String postalCode, String city, String province,
                               String country) {
        return new Party(name, null, null, street, postalCode, city, province, country, null, null, null, null);
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        // Reading order as on paper, so a table row comes out as one text line.
        stripper.setSortByPosition(true);
        return stripper;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        assertThat(pdf).startsWith("%PDF".getBytes());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return stripper().getText(document);
        }
    }

    private static String lineWith(String text, String fragment) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> l.contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("No line with \"" + fragment + "\" in:\n" + text));
    }

    private static String lineStartingWith(String text, String prefix) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("No line starting with \"" + prefix + "\" in:\n" + text));
    }

    private static int count(String text, String fragment) {
        Matcher m = Pattern.compile(Pattern.quote(fragment)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
