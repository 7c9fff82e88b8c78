package it.ordo.infrastructure.reporting;

import it.ordo.application.returns.CreditNote;
import it.ordo.application.returns.CreditNoteRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
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
    private volatile JasperReport template;

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
            JasperPrint print = JasperFillManager.getInstance(context).fill(template(), p,
                    new JRMapCollectionDataSource(rows));
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(labels.getString("title") + " " + note.number());
            configuration.setMetadataAuthor(companyName);
            configuration.setMetadataCreator("Ordo");
            exporter.setConfiguration(configuration);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(16 * 1024);
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException | JRRuntimeException e) {
            throw new JasperOrderDocumentRenderer.DocumentRenderingException("Cannot print credit note "
                    + note.number() + ": " + e.getMessage(), e);
        }
    }

    private JasperReport template() throws JRException {
        JasperReport loaded = template;
        if (loaded == null) {
            synchronized (this) {
                loaded = template;
                if (loaded == null) {
                    try (InputStream in = getClass().getResourceAsStream(TEMPLATE)) {
                        if (in == null) {
                            throw new JasperOrderDocumentRenderer.DocumentRenderingException("The compiled template "
                                    + TEMPLATE + " is not on the classpath: build the reports module", null);
                        }
                        loaded = (JasperReport) JRLoader.loadObject(in);
                    } catch (IOException e) {
                        throw new JRException("Cannot read " + TEMPLATE, e);
                    }
                    template = loaded;
                }
            }
        }
        return loaded;
    }
}
