package it.ordo.infrastructure.reporting;

import it.ordo.application.returns.ReturnLabelRenderer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Prints return labels with the template compiled by the {@code reports}
 * module ({@code it/ordo/reports/return_label.jasper}), loaded once and
 * shared, in the customer's language.
 */
public final class JasperReturnLabelRenderer implements ReturnLabelRenderer {

    static final String TEMPLATE = "/it/ordo/reports/return_label.jasper";
    static final String BUNDLE = "it.ordo.reports.return_label";

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

    @Override
    public byte[] render(Label label) {
        Locale locale = JasperOrderDocumentRenderer.localeOf(label.language());
        ResourceBundle labels = ResourceBundle.getBundle(BUNDLE, locale, getClass().getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        p.put("companyName", label.companyName());
        p.put("companyAddress", label.companyAddress());
        p.put("customerName", label.customerName());
        p.put("customerAddress", label.customerAddress());
        p.put("rmaNumber", label.rmaNumber());
        p.put("orderNumber", label.orderNumber());
        p.put("lines", String.join("\n", label.lines()));
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(template.get(), p, new JREmptyDataSource(1));
            return CompiledTemplate.pdf(context, print, labels.getString("title") + " " + label.rmaNumber(), label.companyName());
        } catch (JRException | JRRuntimeException e) {
            throw new JasperOrderDocumentRenderer.DocumentRenderingException("Cannot print return label "
                    + label.rmaNumber() + ": " + e.getMessage(), e);
        }
    }
}
