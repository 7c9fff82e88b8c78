package it.ordo.application.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import it.ordo.application.fulfilment.ShipRequest.Item;
import it.ordo.application.fulfilment.ShipRequest.ParcelRequest;
import it.ordo.application.order.OrderView;
import it.ordo.domain.DomainException;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.testing.TestCompany;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The warehouse's printouts read back as a person and a scanner read them:
 * text with PDFBox, barcodes decoded with ZXing from the rendered page.
 */
class ShippingDocumentsTest {

    private static TestCompany company;
    private static OrderView beta;
    private static OrderView alfa;
    private static ShipmentView shipped;

    @BeforeAll
    static void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "50");
        company.receive("P3", "MIL", "5");
        FulfilmentService warehouse = company.ctx.fulfilment();
        warehouse.setBin("P3", "MIL", "A-01-1");
        warehouse.setBin("P1", "MIL", "C-12-4");
        warehouse.saveCarrier(new CarrierView("GLS", "General Logistics Systems Italy", "Via Basse 2, Milano",
                "https://gls-group.eu/IT/it/servizi-online/ricerca-spedizioni?match={0}"));
        beta = company.order("C-B", "WEB-1", "P1", 12, "P3", 2);
        alfa = company.order("C-A", "WEB-2", "P3", 1);
        warehouse.startPicking(List.of(beta.number(), alfa.number()));
        shipped = warehouse.ship(new ShipRequest(beta.number(), TransportBy.CARRIER, "GLS", null, null, null, null,
                List.of(new ParcelRequest(null, 40, 30, 20, "GLS7731002345",
                                List.of(new Item("P1", new BigDecimal("12")))),
                        new ParcelRequest(new BigDecimal("2.5"), null, null, null, "GLS7731002346",
                                List.of(new Item("P3", new BigDecimal("2")))))));
    }

    @AfterAll
    static void tearDown() {
        company.close();
    }

    @Test
    void theDdtCarriesEveryLegalFieldAndAReprintIsTheSameFile() throws IOException {
        byte[] pdf = company.ctx.shippingDocuments().ddtPdf(shipped.ddtNumber());
        String text = text(pdf);
        assertThat(text).contains("Documento di trasporto", "DDT-2026-000001", "27/11/2026",
                "Distribuzioni Prova S.r.l.", "00743110157",                 // sender with Partita IVA
                "Beta S.p.A.", "12345678903", "Via Emilia 10",               // recipient and destination
                "Vendita", "Vettore", "Franco", "scatole",                   // causale, transport by, porto, aspetto
                "General Logistics Systems Italy", "Via Basse 2, Milano",     // carrier with its address
                "Vite 4x40", "Manuale tecnico", "pz",                        // goods with their unit
                "2,62 kg",                                                   // 12 × 0.010 + 2.5
                "27/11/2026 09:00",                                          // start of transport
                "Firma del conducente", "Firma del destinatario");
        assertThat(text).containsPattern("N\\. COLLI\\s*[\\s\\S]*2");
        assertThat(company.ctx.shippingDocuments().ddtPdf(shipped.ddtNumber())).isEqualTo(pdf);
    }

    @Test
    void aWavePickListWalksTheBinsAndItsBarcodesScanBackToOrdersAndProducts() throws Exception {
        byte[] pdf = company.ctx.shippingDocuments().pickListPdf(List.of(alfa.number()));
        String text = text(pdf);
        assertThat(text).contains("Lista di prelievo", alfa.number(), "A-01-1", "Alfa S.r.l.");

        company.receive("P1", "MIL", "5");
        OrderView gamma = company.order("C-C", "WEB-3", "P1", 3, "P3", 1);
        byte[] wave = company.ctx.shippingDocuments().pickListPdf(List.of(gamma.number(), alfa.number()));
        String waveText = text(wave);
        assertThat(waveText).contains("(giro)", gamma.number(), alfa.number());
        // Gamma's lines come in bin order: A-01-1 (P3) before C-12-4 (P1).
        String gammaPart = waveText.substring(waveText.indexOf(gamma.number()));
        assertThat(gammaPart.indexOf("A-01-1")).isLessThan(gammaPart.indexOf("C-12-4"));
        assertThat(barcodes(wave, 0)).contains(gamma.number(), alfa.number(), "4006381333931", "5901234123457");
    }

    @Test
    void eachParcelHasALabelOf100By150mmWithItsTrackingBarcodeAndQrCode() throws Exception {
        byte[] pdf = company.ctx.shippingDocuments().labelsPdf(shipped.ddtNumber());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDRectangle size = doc.getPage(0).getMediaBox();
            assertThat(size.getWidth() / 72 * 25.4).isCloseTo(100, org.assertj.core.data.Offset.offset(0.5));
            assertThat(size.getHeight() / 72 * 25.4).isCloseTo(150, org.assertj.core.data.Offset.offset(0.5));
        }
        assertThat(text(pdf)).contains("Beta S.p.A.", "40121 Bologna (BO)", "1/2", "2/2", shipped.ddtNumber(),
                beta.number(), "General Logistics Systems Italy");
        Map<String, BarcodeFormat> first = decoded(pdf, 0);
        assertThat(first).containsEntry("GLS7731002345", BarcodeFormat.CODE_128)
                .containsEntry("https://gls-group.eu/IT/it/servizi-online/ricerca-spedizioni?match=GLS7731002345",
                        BarcodeFormat.QR_CODE);
        assertThat(decoded(pdf, 1)).containsEntry("GLS7731002346", BarcodeFormat.CODE_128);
    }

    @Test
    void thermalLabelsAreZplOfTheRightSizeForEachResolution() {
        String zpl = company.ctx.shippingDocuments().labelsZpl(shipped.ddtNumber(), 203);
        assertThat(zpl.split("\\^XA", -1)).hasSize(3);                       // two labels
        assertThat(zpl).contains("^PW812", "^LL1218", "^CI28", "^BCN,150,N,N,N^FH^FDGLS7731002345^FS",
                "^FDMA,https://gls-group.eu/IT/it/servizi-online/ricerca-spedizioni?match=GLS7731002346^FS",
                "1/2", "2/2", "Beta S.p.A.");
        String fine = company.ctx.shippingDocuments().labelsZpl(shipped.ddtNumber(), 300);
        assertThat(fine).contains("^PW1200", "^LL1800");
        assertThatThrownBy(() -> company.ctx.shippingDocuments().labelsZpl(shipped.ddtNumber(), 600))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("label.dpi.invalid"));
    }

    @Test
    void theCarriersDailyManifestListsItsShipmentsForTheDriversSignature() throws IOException {
        String text = text(company.ctx.shippingDocuments().manifestPdf("gls", "MIL", TestCompany.TODAY));
        assertThat(text).contains("Borderò", "General Logistics Systems Italy", shipped.ddtNumber(), beta.number(),
                "Beta S.p.A.", "40121 Bologna (BO)", "GLS7731002345 GLS7731002346", "1 spedizioni, 2 colli, 2,62 kg",
                "firma del conducente");
        assertThatThrownBy(() -> company.ctx.shippingDocuments().manifestPdf("GLS", "MIL",
                TestCompany.TODAY.minusDays(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("manifest.empty"));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /**
     * The codes are drawn as shapes (VectorBarcodes), sharp at any printer's resolution: no page carries a
     * picture. JasperReports' own producer made each one a 300 dpi picture, which took most of the time of a
     * shipment's labels and of a wave's pick list.
     */
    @Test
    void barcodesArePrintedAsShapesNotPictures() throws IOException {
        for (byte[] pdf : List.of(company.ctx.shippingDocuments().labelsPdf(shipped.ddtNumber()),
                company.ctx.shippingDocuments().pickListPdf(List.of(beta.number(), alfa.number())))) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(barcodes(pdf, 0)).isNotEmpty();
                assertThat(pictures(doc.getPage(0).getResources())).isZero();
            }
        }
    }

    private static int pictures(org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
        int count = 0;
        if (resources == null) {
            return count;
        }
        for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                count++;
            } else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                count += pictures(form.getResources());
            }
        }
        return count;
    }

    static Set<String> barcodes(byte[] pdf, int page) throws IOException {
        return decoded(pdf, page).keySet();
    }

    /** Every barcode on a page rendered at 300 dpi, as a scanner would read it. */
    static Map<String, BarcodeFormat> decoded(byte[] pdf, int page) throws IOException {
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(doc).renderImageWithDPI(page, 300, ImageType.GRAY);
        }
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE));
        try {
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints);
            return Arrays.stream(results).collect(Collectors.toMap(Result::getText, Result::getBarcodeFormat,
                    (a, b) -> a));
        } catch (NotFoundException e) {
            return Map.of();
        }
    }
}
