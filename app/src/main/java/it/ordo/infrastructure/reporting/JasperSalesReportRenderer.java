package it.ordo.infrastructure.reporting;

import it.ordo.application.reporting.FulfilmentReport;
import it.ordo.application.reporting.SalesGroup;
import it.ordo.application.reporting.SalesReport;
import it.ordo.application.reporting.SalesReportRenderer;
import java.math.RoundingMode;
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
}
