package it.ordo.infrastructure.fulfilment;

import it.ordo.application.fulfilment.ShippingDocuments.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Parcel labels as ZPL II for Zebra-type thermal printers, 100 × 150 mm, laid
 * out like the PDF label: sender, the recipient large, order, DDT, parcel n/N,
 * weight, carrier, a Code 128 of the tracking number (or DDT and parcel), the
 * parcel's SSCC as GS1-128 and a QR code of the tracking link. Positions are
 * designed in dots at 203 dpi and scaled for 300 dpi printers.
 */
final class ZplLabels {

    /** 100 mm × 150 mm in dots at 203 dpi (8 dots per mm). */
    static final int WIDTH_203 = 812;
    static final int HEIGHT_203 = 1218;

    String labels(List<Label> labels, int dpi) {
        StringBuilder zpl = new StringBuilder(labels.size() * 900);
        for (Label l : labels) {
            label(zpl, l, dpi / 203.0);
        }
        return zpl.toString();
    }

    private static void label(StringBuilder z, Label l, double k) {
        z.append("^XA\n^CI28\n");
        z.append("^PW").append(d(WIDTH_203, k)).append("\n^LL").append(d(HEIGHT_203, k)).append("\n^LH0,0\n");
        text(z, k, 40, 30, 22, 730, 1, "MITTENTE / FROM");
        text(z, k, 40, 58, 26, 730, 2, l.senderName() + "\\&" + l.senderAddress());
        box(z, k, 40, 125, 730, 3);
        text(z, k, 40, 140, 22, 730, 1, "DESTINATARIO / TO");
        text(z, k, 40, 170, 56, 730, 2, l.recipientName());
        text(z, k, 40, 300, 44, 730, 3, String.join("\\&", l.recipientAddress()));
        box(z, k, 40, 460, 730, 3);
        text(z, k, 40, 480, 28, 480, 3, "Ordine " + l.orderNumber() + "\\&DDT " + l.ddtNumber() + "\\&Peso "
                + kilos(l.weightKg()));
        text(z, k, 540, 480, 22, 230, 1, "COLLO / PARCEL");
        text(z, k, 540, 510, 70, 230, 1, l.parcelNo() + "/" + l.parcels());
        text(z, k, 40, 600, 36, 730, 1, l.carrier() == null ? "Trasporto proprio" : l.carrier());
        // Code 128, automatic subset selection (>:), no interpretation line: the text is printed below.
        z.append("^FO").append(d(40, k)).append(',').append(d(660, k)).append("^BY").append(Math.max(2, d(3, k)))
                .append("^BCN,").append(d(150, k)).append(",N,N,N^FH^FD").append(escape(l.barcode())).append("^FS\n");
        text(z, k, 40, 820, 30, 730, 1, l.barcode());
        if (l.sscc() != null) {
            // GS1-128: subset C from the start (>;) and FNC1 (>8) before the application identifier 00.
            text(z, k, 40, 865, 22, 540, 1, "SSCC");
            z.append("^FO").append(d(40, k)).append(',').append(d(895, k)).append("^BY").append(Math.max(2, d(3, k)))
                    .append("^BCN,").append(d(150, k)).append(",N,N,N^FD>;>800").append(l.sscc()).append("^FS\n");
            text(z, k, 40, 1055, 30, 540, 1, "(00) " + l.sscc());
        }
        if (l.trackingLink() != null) {
            z.append("^FO").append(d(600, k)).append(',').append(d(870, k)).append("^BQN,2,").append(d(4, k))
                    .append("^FH^FDMA,").append(escape(l.trackingLink())).append("^FS\n");
            text(z, k, 40, 1100, 24, 730, 2, "Segui il collo / Track:\\&" + l.trackingNumber());
        }
        z.append("^PQ1\n^XZ\n");
    }

    private static void text(StringBuilder z, double k, int x, int y, int height, int width, int lines, String text) {
        z.append("^FO").append(d(x, k)).append(',').append(d(y, k))
                .append("^A0N,").append(d(height, k)).append(',').append(d(height, k))
                .append("^FB").append(d(width, k)).append(',').append(lines).append(",0,L,0")
                .append("^FH^FD").append(escape(text).replace("_5C&", "\\&")).append("^FS\n");
    }

    private static void box(StringBuilder z, double k, int x, int y, int width, int thickness) {
        z.append("^FO").append(d(x, k)).append(',').append(d(y, k)).append("^GB").append(d(width, k)).append(',')
                .append(d(thickness, k)).append(',').append(d(thickness, k)).append("^FS\n");
    }

    private static int d(int dots203, double k) {
        return (int) Math.round(dots203 * k);
    }

    /**
     * Field data with ^FH: the characters that would end the field or start a
     * command (^ ~ and the escape _ itself, and the backslash) are written as hex.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '^', '~', '_', '\\' -> out.append('_').append(String.format(Locale.ROOT, "%02X", (int) c));
                default -> out.append(c < ' ' ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static String kilos(BigDecimal kg) {
        return kg.stripTrailingZeros().toPlainString().replace('.', ',') + " kg";
    }
}
