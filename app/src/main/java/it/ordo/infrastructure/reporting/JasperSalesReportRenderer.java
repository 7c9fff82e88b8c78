package it.ordo.infrastructure.reporting;

import it.ordo.application.reporting.FulfilmentReport;
import it.ordo.application.reporting.SalesGroup;
import it.ordo.application.reporting.SalesReport;
import it.ordo.application.reporting.SalesReportRenderer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Prints the sales reports with the template compiled by the {@code reports}
 * module ({@code it/ordo/reports/sales_report.jasper}), loaded once and
 * shared (a compiled report is immutable). The totals are handed over as
 * parameters: the template shows the application's figures and sums nothing.
 */
public final class JasperSalesReportRenderer implements SalesReportRenderer {

    static final String TEMPLATE = "/it/ordo/reports/sales_report.jasper";
    static final String BUNDLE = "it.ordo.reports.sales_report";

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final JasperFulfilmentReportRenderer fulfilment = new JasperFulfilmentReportRenderer();
    private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

    @Override
    public byte[] renderFulfilmentReport(FulfilmentReport report, String language, ZoneId zone) {
        return fulfilment.render(report, language, zone);
    }

    @Override
    public byte[] renderSalesReport(SalesReport report, String language, ZoneId zone) {
        Locale locale = JasperOrderDocumentRenderer.localeOf(language);
        ResourceBundle labels = ResourceBundle.getBundle(BUNDLE, locale, getClass().getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        p.put("companyName", report.companyName());
        p.put("grouping", report.grouping().name());
        p.put("from", report.period().from());
        p.put("to", report.period().to());
        p.put("printedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(report.madeAt()));
        p.put("totalOrders", report.totals().orders());
        p.put("totalLines", report.totals().lines());
        p.put("totalNet", report.totals().net());
        p.put("totalVat", report.totals().vat());
        p.put("totalGross", report.totals().gross());
        p.put("totalCost", report.totals().cost());
        p.put("totalMargin", report.totals().margin());
        p.put("fillRate", report.totals().fillRate());
        p.put("chart", chart(report, labels, locale));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (SalesGroup g : report.groups()) {
            Map<String, Object> r = new HashMap<>();
            r.put("key", g.key());
            r.put("name", g.name());
            r.put("orders", g.orders());
            r.put("quantity", g.quantity());
            r.put("net", g.net());
            r.put("cost", g.cost());
            r.put("margin", g.margin());
            r.put("marginPct", g.net().signum() == 0 ? null : g.margin().divide(g.net(), 4, RoundingMode.HALF_UP));
            r.put("share", g.share());
            rows.add(r);
        }
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(template.get(), p,
                    new JRMapCollectionDataSource(rows));
            return CompiledTemplate.pdf(context, print, labels.getString("report.title." + report.grouping().name()), report.companyName());
        } catch (JRException | JRRuntimeException e) {
            throw new JasperOrderDocumentRenderer.DocumentRenderingException("Cannot print the sales report: "
                    + e.getMessage(), e);
        }
    }

    /** The most groups the chart shows: the largest by taxable; the table lists them all. */
    static final int CHART_GROUPS = 8;

    private static final int SCALE = 4;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color TAXABLE = new Color(0x1F, 0x3A, 0x5F);
    private static final Color MARGIN = new Color(0x4C, 0x9A, 0x6A);
    private static final Color AXIS = new Color(0xB8, 0xC4, 0xD4);

    /**
     * Taxable and margin of the largest groups side by side, drawn with Java2D as the other reports draw
     * theirs (at four times the printed size): where the money comes from and where it is earned, which the
     * table's columns show only one row at a time. The groups come largest first, so the first rows are the
     * chart's. Null when the period sold nothing.
     */
    static BufferedImage chart(SalesReport report, ResourceBundle labels, Locale locale) {
        List<SalesGroup> shown = report.groups().subList(0, Math.min(CHART_GROUPS, report.groups().size()));
        if (shown.isEmpty()) {
            return null;
        }
        DecimalFormat money = new DecimalFormat(labels.getString("format.money"),
                DecimalFormatSymbols.getInstance(locale));
        int width = 539 * SCALE;
        int legend = 14 * SCALE;
        int rowHeight = 20 * SCALE;
        int barHeight = 7 * SCALE;
        int height = legend + rowHeight * shown.size() + 4 * SCALE;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, 7 * SCALE));
            FontMetrics metrics = g.getFontMetrics();
            int labelWidth = 170 * SCALE;
            int barSpace = width - labelWidth - 70 * SCALE;
            int x = labelWidth;
            for (Object[] key : new Object[][] {{TAXABLE, labels.getString("col.net")},
                {MARGIN, labels.getString("col.margin")}}) {
                g.setColor((Color) key[0]);
                g.fillRect(x, 3 * SCALE, 8 * SCALE, 6 * SCALE);
                g.setColor(TEXT);
                g.drawString((String) key[1], x + 11 * SCALE, 9 * SCALE);
                x += 11 * SCALE + metrics.stringWidth((String) key[1]) + 12 * SCALE;
            }
            // One scale for both bars, the largest taxable, so a margin is seen as the part of its taxable it is.
            double max = shown.stream().map(SalesGroup::net).reduce(BigDecimal.ONE, BigDecimal::max).doubleValue();
            int y = legend;
            for (SalesGroup group : shown) {
                g.setColor(TEXT);
                g.drawString(fit(label(report, group, labels), metrics, labelWidth - 6 * SCALE), 0,
                        y + rowHeight / 2 + 3 * SCALE);
                bar(g, money, group.net(), TAXABLE, labelWidth, y + 2 * SCALE, barHeight, barSpace, max);
                bar(g, money, group.margin(), MARGIN, labelWidth, y + 3 * SCALE + barHeight, barHeight, barSpace,
                        max);
                y += rowHeight;
            }
            g.setColor(AXIS);
            g.setStroke(new BasicStroke(SCALE));
            g.drawLine(labelWidth, legend, labelWidth, y);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** One bar and its amount at its end; a loss draws no bar, only its amount with the minus sign. */
    private static void bar(Graphics2D g, DecimalFormat money, BigDecimal value, Color color, int x, int y,
                            int height, int space, double max) {
        int length = value.signum() <= 0 ? 0 : (int) Math.max(1, Math.round(space * value.doubleValue() / max));
        g.setColor(color);
        g.fillRect(x, y, length, height);
        g.setColor(TEXT);
        g.drawString(money.format(value), x + length + 4 * SCALE, y + height - SCALE);
    }

    /** A group's name as the table's second column shows it (a channel in the reader's language). */
    private static String label(SalesReport report, SalesGroup group, ResourceBundle labels) {
        return switch (report.grouping()) {
            case CHANNEL -> labels.getString("channel." + group.key());
            case CATEGORY -> group.key();
            default -> group.name() == null || group.name().isBlank() ? group.key()
                    : group.key() + " \u00b7 " + group.name();
        };
    }

    /** The label cut with an ellipsis where it would run into the bars. */
    private static String fit(String label, FontMetrics metrics, int room) {
        if (metrics.stringWidth(label) <= room) {
            return label;
        }
        String cut = label;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "\u2026") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }
}
