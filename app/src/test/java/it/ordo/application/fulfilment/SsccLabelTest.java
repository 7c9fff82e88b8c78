package it.ordo.application.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import it.ordo.application.fulfilment.ShipRequest.Item;
import it.ordo.application.fulfilment.ShipRequest.ParcelRequest;
import it.ordo.application.order.OrderView;
import it.ordo.domain.ValidationException;
import it.ordo.domain.fulfilment.Sscc;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.testing.TestCompany;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parcels of a company with a GS1 prefix carry an SSCC: 18 digits built from
 * the prefix, drawn when the parcel ships, printed as GS1-128 (FNC1, AI 00) on
 * the PDF label, where a scanner reads it back, and in the ZPL.
 */
class SsccLabelTest {

    private static TestCompany company;
    private static ShipmentView before;
    private static ShipmentView shipped;

    @BeforeAll
    static void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "50");
        company.receive("P3", "MIL", "5");
        FulfilmentService warehouse = company.ctx.fulfilment();
        warehouse.saveCarrier(new CarrierView("GLS", "General Logistics Systems Italy", "Via Basse 2, Milano",
                "https://gls-group.eu/track?match={0}"));
        OrderView first = company.order("C-A", "WEB-0", "P1", 1);
        warehouse.startPicking(List.of(first.number()));
        before = warehouse.shipAllocated(first.number());

        warehouse.saveShippingSettings(new ShippingSettingsView("801 2345", 3, List.of()));
        OrderView beta = company.order("C-B", "WEB-1", "P1", 12, "P3", 2);
        warehouse.startPicking(List.of(beta.number()));
        shipped = warehouse.ship(new ShipRequest(beta.number(), TransportBy.CARRIER, "GLS", null, null, null, null,
                List.of(new ParcelRequest(null, null, null, null, "GLS100", List.of(new Item("P1", BigDecimal.TEN))),
                        new ParcelRequest(null, null, null, null, "GLS101",
                                List.of(new Item("P1", BigDecimal.TWO), new Item("P3", BigDecimal.TWO))))));
    }

    @AfterAll
    static void tearDown() {
        company.close();
    }

    @Test
    void eachParcelGetsItsOwnSsccFromTheCompanysPrefixOnceItHasOne() {
        assertThat(before.parcels()).extracting(ShipmentView.ParcelView::sscc).containsOnlyNulls();
        List<String> codes = shipped.parcels().stream().map(ShipmentView.ParcelView::sscc).toList();
        assertThat(codes).hasSize(2).doesNotHaveDuplicates().allSatisfy(code -> {
            assertThat(code).hasSize(18).startsWith("38012345");
            assertThat(code.charAt(17) - '0').isEqualTo(Sscc.checkDigit(code.substring(0, 17)));
        });
        assertThat(codes.get(0).substring(8, 17)).isEqualTo("000000001");
        assertThat(codes.get(1).substring(8, 17)).isEqualTo("000000002");
        // Kept with the parcel: the shipment read again shows the same codes.
        assertThat(company.ctx.fulfilment().shipment(shipped.ddtNumber()).parcels())
                .extracting(ShipmentView.ParcelView::sscc).containsExactlyElementsOf(codes);
    }

    @Test
    void aScannerReadsTheSsccAsGs1128WithApplicationIdentifier00FromThePdfLabel() throws Exception {
        byte[] pdf = company.ctx.shippingDocuments().labelsPdf(shipped.ddtNumber());
        for (int page = 0; page < 2; page++) {
            String sscc = shipped.parcels().get(page).sscc();
            List<Result> gs1 = decode(pdf, page).stream()
                    .filter(r -> "]C1".equals(r.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER)))
                    .toList();
            assertThat(gs1).as("page %d", page + 1).hasSize(1);
            // ZXing writes the leading FNC1 of a GS1-128 as the symbology identifier ]C1.
            String data = gs1.getFirst().getText();
            assertThat(data).isEqualTo("]C100" + sscc);
            String code = data.substring(5);
            assertThat(code.charAt(17) - '0').isEqualTo(Sscc.checkDigit(code.substring(0, 17)));
            assertThat(decode(pdf, page)).extracting(Result::getText).contains("GLS10" + page);
        }
        assertThat(ShippingDocumentsTest.text(pdf)).contains("(00) " + shipped.parcels().getFirst().sscc());
        // A parcel that shipped before the company had a prefix prints without one.
        byte[] old = company.ctx.shippingDocuments().labelsPdf(before.ddtNumber());
        assertThat(decode(old, 0)).noneMatch(r -> "]C1".equals(
                r.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER)));
        assertThat(ShippingDocumentsTest.text(old)).doesNotContain("SSCC");
    }

    @Test
    void theThermalLabelEncodesTheSsccAsGs1128InZpl() {
        String sscc = shipped.parcels().get(1).sscc();
        for (int dpi : new int[] {203, 300}) {
            String zpl = company.ctx.shippingDocuments().labelsZpl(shipped.ddtNumber(), dpi);
            // Subset C from the start (>;), FNC1 (>8), then the application identifier 00 and the 18 digits.
            assertThat(zpl).containsPattern("\\^BCN,\\d+,N,N,N\\^FD>;>800" + sscc + "\\^FS")
                    .contains("(00) " + sscc);
        }
        assertThat(company.ctx.shippingDocuments().labelsZpl(before.ddtNumber(), 203)).doesNotContain(">;>8");
    }

    @Test
    void settingsThatAreNotAPrefixAreRefusedNamingTheFieldAndNothingChanges() {
        assertThatThrownBy(() -> company.ctx.fulfilment().saveShippingSettings(
                new ShippingSettingsView("80123", 12, List.of(new ShippingSettingsView.WarehouseSeries("MIL", "DDT"),
                        new ShippingSettingsView.WarehouseSeries("BOL", "M1")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(it.ordo.domain.Message::key).containsExactly("gs1.prefix.invalid",
                                "sscc.extension.invalid", "ddt.series.invalid", "ddt.series.invalid"));
        assertThat(company.ctx.fulfilment().shippingSettings())
                .isEqualTo(new ShippingSettingsView("8012345", 3, List.of()));
    }

    private static List<Result> decode(byte[] pdf, int page) throws Exception {
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(doc).renderImageWithDPI(page, 300, ImageType.GRAY);
        }
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE));
        try {
            return Arrays.asList(new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints));
        } catch (com.google.zxing.NotFoundException e) {
            return List.of();
        }
    }
}
