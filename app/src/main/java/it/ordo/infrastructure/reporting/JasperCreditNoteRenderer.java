package it.ordo.infrastructure.reporting;

import it.ordo.application.returns.CreditNote;
import it.ordo.application.returns.CreditNoteRenderer;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
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
 * Prints credit notes with the template compiled by the {@code reports}
 * module ({@code it/ordo/reports/credit_note.jasper}), loaded once and shared,
 * in the customer's language. The totals and VAT per rate are the
 * application's figures, handed over as parameters.
 */
public final class JasperCreditNoteRenderer implements CreditNoteRenderer {

    static final String TEMPLATE = "/it/ordo/reports/credit_note.jasper";
    static final String BUNDLE = "it.ordo.reports.credit_note";

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

    @Override
    public byte[] render(CreditNote note, String companyName, String companyLines) {
        Locale locale = JasperOrderDocumentRenderer.localeOf(note.customerLanguage());
        ResourceBundle labels = ResourceBundle.getBundle(BUNDLE, locale, getClass().getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DecimalFormat money = new DecimalFormat(labels.getString("format.money"), DecimalFormatSymbols.getInstance(locale));
        DecimalFormat rate = new DecimalFormat(labels.getString("format.rate"), DecimalFormatSymbols.getInstance(locale));
        StringBuilder rates = new StringBuilder();
        for (CreditNote.Rate r : note.rates()) {
            rates.append(MessageFormat.format("{0}: {1} {2} \u00b7 {3} {4}\n", rate.format(r.vatRate()),
                    labels.getString("total.net"), money.format(r.net()), labels.getString("total.vat"),
                    money.format(r.vat())));
        }
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        p.put("companyName", companyName);
        p.put("companyLines", companyLines);
        p.put("number", note.number());
        p.put("date", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(note.date()));
        p.put("rmaNumber", note.rmaNumber());
        p.put("orderNumber", note.orderNumber());
        p.put("customerName", note.customerName());
        p.put("customerCode", note.customerCode());
        p.put("customerVat", note.customerVatNumber());
        p.put("rates", rates.toString().strip());
        p.put("totalNet", note.net());
        p.put("totalVat", note.vat());
        p.put("totalGross", note.gross());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (CreditNote.Line l : note.lines()) {
            Map<String, Object> r = new HashMap<>();
            r.put("lineNo", l.lineNo());
            r.put("sku", l.sku());
            r.put("description", l.description());
            r.put("quantity", l.quantity());
            r.put("vatRate", l.vatRate());
            r.put("net", l.net());
            rows.add(r);
        }
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(template.get(), p,
                    new JRMapCollectionDataSource(rows));
            return CompiledTemplate.pdf(context, print, labels.getString("title") + " " + note.number(), companyName);
        } catch (JRException | JRRuntimeException e) {
            throw new JasperOrderDocumentRenderer.DocumentRenderingException("Cannot print credit note "
                    + note.number() + ": " + e.getMessage(), e);
        }
    }
}
