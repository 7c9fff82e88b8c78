package it.ordo.infrastructure.reporting;

import it.ordo.application.reporting.BackorderAge;
import it.ordo.application.reporting.FulfilmentGroup;
import it.ordo.application.reporting.FulfilmentReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Prints the fulfilment report with the template compiled by the
 * {@code reports} module ({@code it/ordo/reports/fulfilment_report.jasper}),
 * loaded once. Every figure is the application's; the chart of median hours
 * to shipment per warehouse and carrier is drawn here from the same rows, at
 * four times its printed size so it stays sharp on paper.
 */
final class JasperFulfilmentReportRenderer {

    static final String TEMPLATE = "/it/ordo/reports/fulfilment_report.jasper";
    static final String BUNDLE = "it.ordo.reports.fulfilment_report";

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

    byte[] render(FulfilmentReport report, String language, ZoneId zone) {
        Locale locale = JasperOrderDocumentRenderer.localeOf(language);
        ResourceBundle labels = ResourceBundle.getBundle(BUNDLE, locale, getClass().getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        p.put("companyName", report.companyName());
        p.put("from", report.period().from());
        p.put("to", report.period().to());
        p.put("warehouse", report.warehouse());
        p.put("printedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(report.madeAt()));
        FulfilmentGroup total = report.total();
        p.put("totalShipments", total.shipments());
        p.put("totalMedianShip", total.medianHoursToShip());
        p.put("totalP90Ship", total.p90HoursToShip());
        p.put("totalDelivered", total.delivered());
        p.put("totalMedianDeliver", total.medianHoursToDeliver());
        p.put("totalP90Deliver", total.p90HoursToDeliver());
        p.put("otifPromised", report.onTimeInFull().promised());
        p.put("otifKept", report.onTimeInFull().kept());
        p.put("otifRate", report.onTimeInFull().rate());
        long oldest = 0;
        for (BackorderAge age : report.backorders()) {
            p.put(switch (age.bucket()) {
                case UP_TO_7_DAYS -> "backorders7";
                case UP_TO_30_DAYS -> "backorders30";
                case OVER_30_DAYS -> "backordersOver30";
            }, age.orders());
            oldest = Math.max(oldest, age.oldestDays());
        }
        p.put("backordersOldest", oldest);
        p.put("chart", chart(report.groups(), labels.getString("carrier.none"), locale));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (FulfilmentGroup g : report.groups()) {
            Map<String, Object> r = new HashMap<>();
            r.put("warehouse", g.warehouse());
            r.put("carrier", g.carrier());
            r.put("shipments", g.shipments());
            r.put("medianShip", g.medianHoursToShip());
            r.put("p90Ship", g.p90HoursToShip());
            r.put("delivered", g.delivered());
            r.put("medianDeliver", g.medianHoursToDeliver());
            r.put("p90Deliver", g.p90HoursToDeliver());
            rows.add(r);
        }
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(template.get(), p,
                    new JRMapCollectionDataSource(rows));
            return CompiledTemplate.pdf(context, print, labels.getString("report.title"), report.companyName());
        } catch (JRException | JRRuntimeException e) {
            throw new JasperOrderDocumentRenderer.DocumentRenderingException("Cannot print the fulfilment report: "
                    + e.getMessage(), e);
        }
    }

    /** Horizontal bars of the median hours to shipment, one per warehouse and carrier; null when none shipped. */
    static BufferedImage chart(List<FulfilmentGroup> groups, String ownTransport, Locale locale) {
        List<FulfilmentGroup> shown = groups.stream().filter(g -> g.medianHoursToShip() != null).limit(8).toList();
        if (shown.isEmpty()) {
            return null;
        }
        int scale = 4;
        int width = 539 * scale;
        int rowHeight = 16 * scale;
        int height = Math.max(150 * scale, rowHeight * shown.size() + 8 * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, 7 * scale));
            BigDecimal max = shown.stream().map(FulfilmentGroup::medianHoursToShip).reduce(BigDecimal.ONE,
                    BigDecimal::max);
            int labelWidth = 170 * scale;
            int barSpace = width - labelWidth - 60 * scale;
            DecimalFormat hours = new DecimalFormat("#,##0.0 h", DecimalFormatSymbols.getInstance(locale));
            int y = 4 * scale;
            for (FulfilmentGroup row : shown) {
                String label = row.warehouse() + " \u00b7 " + (row.carrier() == null ? ownTransport : row.carrier());
                g.setColor(new Color(0x22, 0x22, 0x22));
                g.drawString(label, 0, y + rowHeight * 2 / 3);
                int bar = (int) Math.max(1, Math.round(barSpace * row.medianHoursToShip().doubleValue()
                        / max.doubleValue()));
                g.setColor(new Color(0x1F, 0x3A, 0x5F));
                g.fillRect(labelWidth, y + 3 * scale, bar, rowHeight - 6 * scale);
                g.setColor(new Color(0x22, 0x22, 0x22));
                g.drawString(hours.format(row.medianHoursToShip()), labelWidth + bar + 4 * scale,
                        y + rowHeight * 2 / 3);
                y += rowHeight;
            }
            g.setColor(new Color(0xB8, 0xC4, 0xD4));
            g.setStroke(new BasicStroke(scale));
            g.drawLine(labelWidth, 0, labelWidth, y);
        } finally {
            g.dispose();
        }
        return image;
    }
}
