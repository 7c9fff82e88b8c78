package it.ordo.application.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.ordo.application.fulfilment.CarrierView;
import it.ordo.application.fulfilment.ShipRequest;
import it.ordo.application.fulfilment.ShipRequest.Item;
import it.ordo.application.fulfilment.ShipRequest.ParcelRequest;
import it.ordo.application.notification.MailServerSettings;
import it.ordo.application.order.OrderView;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.testing.TestCompany;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the customer receives: the "shipped" e-mail with the carrier's tracking link of each parcel, and the
 * "return authorised" e-mail with the return label, whose Code 128 a warehouse scanner reads back as the RMA
 * number (decoded from the rendered page, as a scanner sees it).
 */
class ReturnLabelMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private TestCompany company;
    private OrderView order;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "50");
        company.ctx.mail().configure(new MailServerSettings("127.0.0.1", SMTP.getSmtp().getPort(), false, null,
                "assistenza@prova.it"));
        company.ctx.fulfilment().saveCarrier(new CarrierView("BRT", "BRT Bartolini", "Via Enrico Mattei 42, Bologna",
                "https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz={0}"));
        order = company.order("C-B", "T-1", "P1", 6);
        company.ctx.fulfilment().startPicking(List.of(order.number()));
        company.ctx.fulfilment().ship(new ShipRequest(order.number(), TransportBy.CARRIER, "BRT", null, null, null,
                null, List.of(new ParcelRequest(null, null, null, null, "BRT0099887766",
                        List.of(new Item("P1", new BigDecimal("6")))))));
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void theShippedMailCarriesTheTrackingLinkOfEachParcel() throws Exception {
        company.ctx.mail().sendPending();
        MimeMessage shipped = received("partito");
        assertThat(shipped.getContent().toString()).contains("BRT0099887766")
                .contains("https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=BRT0099887766");
    }

    @Test
    void theReturnAuthorisedMailCarriesTheLabelWhoseBarcodeIsTheRma() throws Exception {
        company.ctx.mail().sendPending();
        ReturnView r = company.ctx.returns().open(new NewReturn(order.number(), null, "Viti piegate",
                ReturnWish.REPLACEMENT, List.of(new NewReturn.LineQty(1, new BigDecimal("2")))));

        assertThat(company.ctx.mail().sendPending().sent()).isEqualTo(1);
        MimeMessage mail = received(r.rmaNumber());
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(company.ctx.customers().show("C-B").email());
        assertThat(mail.getSubject()).isEqualTo("Reso " + r.rmaNumber() + " autorizzato (ordine " + order.number() + ")");
        List<BodyPart> parts = parts(mail);
        assertThat(parts.getFirst().getContent().toString()).contains("etichetta di reso");
        BodyPart label = parts.stream().filter(p -> r.rmaNumber().concat(".pdf").equals(fileName(p))).findFirst()
                .orElseThrow();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        label.getDataHandler().writeTo(pdf);

        assertThat(barcodes(pdf.toByteArray())).containsEntry(r.rmaNumber(), BarcodeFormat.CODE_128);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("RESO AUTORIZZATO", r.rmaNumber(),
                    order.number(), "2 \u00d7 P1", "Vite 4x40", "Beta S.p.A.");
        }
        // The same label is printed at the desk.
        assertThat(barcodes(company.ctx.returns().labelPdf(r.rmaNumber())))
                .containsEntry(r.rmaNumber(), BarcodeFormat.CODE_128);
    }

    private static String fileName(BodyPart part) {
        try {
            return part.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            return null;
        }
    }

    private static List<BodyPart> parts(MimeMessage mail) throws Exception {
        Multipart multipart = (Multipart) mail.getContent();
        List<BodyPart> parts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            parts.add(multipart.getBodyPart(i));
        }
        return parts;
    }

    private static MimeMessage received(String inSubject) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(inSubject);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElseThrow();
    }

    /** Every barcode on the first page rendered at 300 dpi, as a scanner would read it. */
    static Map<String, BarcodeFormat> barcodes(byte[] pdf) throws Exception {
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
        }
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128));
        Result result = new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints);
        return Map.of(result.getText(), result.getBarcodeFormat());
    }
}
