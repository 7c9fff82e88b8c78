package it.ordo.infrastructure.reporting;

import it.ordo.application.reporting.OrderConfirmationData;
import it.ordo.application.reporting.OrderConfirmationData.Line;
import it.ordo.application.reporting.OrderConfirmationData.Party;
import it.ordo.application.reporting.OrderConfirmationData.VatRow;
import it.ordo.application.reporting.OrderDocumentRenderer;
import it.ordo.domain.order.VatTreatment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * Prints the order confirmation with the template compiled by the {@code reports} module
 * ({@code it/ordo/reports/order_confirmation.jasper}).
 *
 * <p>The template is read from the classpath on first use and then shared: a compiled
 * {@link JasperReport} is immutable, so concurrent fills from several screens are safe, and the
 * one-off cost (about a second for JasperReports to warm up) is paid only by the first document.
 * Labels and number/date patterns come from the {@code order_confirmation} resource bundle in the
 * customer's language; amounts stay {@link java.math.BigDecimal} until the template formats them.
 */
public final class JasperOrderDocumentRenderer implements OrderDocumentRenderer {

    static final String TEMPLATE = "/it/ordo/reports/order_confirmation.jasper";
    static final String BUNDLE = "it.ordo.reports.order_confirmation";

    private final JasperReportsContext context;
    private volatile JasperReport template;

    public JasperOrderDocumentRenderer() {
        this(DefaultJasperReportsContext.getInstance());
    }

    public JasperOrderDocumentRenderer(JasperReportsContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public byte[] renderOrderConfirmation(OrderConfirmationData data) {
        Objects.requireNonNull(data, "data");
        Locale locale = localeOf(data.language());
        ResourceBundle labels = labels(locale);
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(template(),
                    parameters(data, locale, labels), new JRMapCollectionDataSource(lineRecords(data.lines())));
            return toPdf(print, data, labels);
        } catch (JRException | JRRuntimeException e) {
            throw new DocumentRenderingException("Cannot print the order confirmation "
                    + data.orderNumber() + ": " + rootMessage(e), e);
        }
    }

    /** "en" prints in English; Italian otherwise, since Italian is every customer's default. */
    static Locale localeOf(String language) {
        return language != null && language.strip().equalsIgnoreCase("en") ? Locale.ENGLISH : Locale.ITALY;
    }

    /**
     * No fallback to the JVM's default locale: on an Italian workstation an English document
     * would otherwise get the Italian labels.
     */
    private static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, JasperOrderDocumentRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private JasperReport template() throws JRException {
        JasperReport loaded = template;
        if (loaded == null) {
            synchronized (this) {
                loaded = template;
                if (loaded == null) {
                    loaded = loadTemplate();
                    template = loaded;
                }
            }
        }
        return loaded;
    }

    private static JasperReport loadTemplate() throws JRException {
        try (InputStream in = JasperOrderDocumentRenderer.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new DocumentRenderingException("The compiled template " + TEMPLATE
                        + " is not on the classpath: build the reports module (mvn -pl reports install)", null);
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new JRException("Cannot read " + TEMPLATE, e);
        }
    }

    private static Map<String, Object> parameters(OrderConfirmationData data, Locale locale, ResourceBundle labels) {
        // JasperReports adds its own entries to the map while filling: it must be mutable.
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);

        Party company = data.company();
        if (company != null) {
            p.put("companyName", company.name());
            p.put("companyAddress", address(company, locale));
            p.put("companyVatNumber", blankToNull(company.vatNumber()));
            p.put("companyFiscalCode", blankToNull(company.fiscalCode()));
            p.put("companyEmail", blankToNull(company.email()));
            p.put("companyPhone", blankToNull(company.phone()));
            p.put("companyIban", blankToNull(company.iban()));
        }
        p.put("orderNumber", data.orderNumber());
        p.put("orderDate", data.orderDate());
        p.put("channel", blankToNull(data.channel()));
        p.put("externalRef", blankToNull(data.externalRef()));
        p.put("priority", blankToNull(data.priority()));
        p.put("requestedDate", data.requestedDate());
        p.put("promisedDate", data.promisedDate());
        p.put("customerCode", blankToNull(data.customerCode()));
        Party customer = data.customer();
        if (customer != null) {
            p.put("customerName", customer.name());
            p.put("customerAddress", address(customer, locale));
            p.put("customerVatNumber", blankToNull(customer.vatNumber()));
            p.put("customerFiscalCode", blankToNull(customer.fiscalCode()));
            p.put("customerOfficeCode", blankToNull(customer.officeCode()));
        }
        Party shipTo = data.shipTo();
        if (shipTo != null) {
            p.put("shipToName", shipTo.name());
            p.put("shipToAddress", address(shipTo, locale));
        }
        p.put("paymentTerms", blankToNull(data.paymentTerms()));
        p.put("notes", blankToNull(data.notes()));
        p.put("vatRows", new JRMapCollectionDataSource(vatRecords(data.vatSummary(), data.vatTreatment())));
        p.put("netTotal", data.netTotal());
        p.put("vatTotal", data.vatTotal());
        p.put("grossTotal", data.grossTotal());
        VatTreatment treatment = data.vatTreatment() == null ? VatTreatment.DOMESTIC : data.vatTreatment();
        p.put("amountDue", data.amountDue() == null ? data.grossTotal() : data.amountDue());
        p.put("splitPayment", treatment == VatTreatment.SPLIT_PAYMENT);
        p.put("vatNature", treatment.natureCode());
        p.put("vatNote", blankToNull(legalNote(treatment, data.vatReference(), locale)));
        return p;
    }

    /**
     * The legal wording of the order's VAT treatment, in the document's language, from the application's
     * messages (the same sentences the accounting export and electronic invoices will cite).
     */
    static String legalNote(VatTreatment treatment, String reference, Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle("it.ordo.i18n.messages", locale,
                JasperOrderDocumentRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = messages.getString(treatment.noteKey());
        return new java.text.MessageFormat(pattern.replace("'", "''"), locale)
                .format(new Object[] {reference == null ? "" : reference});
    }

    private static List<Map<String, ?>> lineRecords(List<Line> lines) {
        List<Map<String, ?>> records = new ArrayList<>();
        for (Line line : lines == null ? List.<Line>of() : lines) {
            // HashMap, not Map.of: a line's promised date (and discount) may be null.
            Map<String, Object> r = new HashMap<>();
            r.put("lineNo", line.lineNo());
            r.put("sku", line.sku());
            r.put("description", line.description());
            r.put("unit", line.unit());
            r.put("quantity", line.quantity());
            r.put("unitPrice", line.unitPrice());
            r.put("discountPct", line.discountPct());
            r.put("vatRate", line.vatRate());
            r.put("netAmount", line.netAmount());
            r.put("allocatedQty", line.allocatedQty());
            r.put("backorderedQty", line.backorderedQty());
            r.put("promisedDate", line.promisedDate());
            records.add(r);
        }
        return records;
    }

    /** One record per rate; a non-taxable row (rate 0) names the treatment's nature code instead (N3.2...). */
    private static List<Map<String, ?>> vatRecords(List<VatRow> rows, VatTreatment treatment) {
        List<Map<String, ?>> records = new ArrayList<>();
        for (VatRow row : rows == null ? List.<VatRow>of() : rows) {
            Map<String, Object> r = new HashMap<>();
            r.put("rate", row.rate());
            r.put("nature", treatment != null && row.rate().signum() == 0 ? treatment.natureCode() : null);
            r.put("taxable", row.taxable());
            r.put("vat", row.vat());
            records.add(r);
        }
        return records;
    }

    /**
     * Italian postal layout: street, then "CAP city (PROV)"; the country only when it is not
     * Italy, by name in the document's language (addresses carry ISO codes such as "DE").
     */
    static String address(Party party, Locale locale) {
        String province = blankToNull(party.province());
        String cityLine = Stream.of(blankToNull(party.postalCode()), blankToNull(party.city()),
                        province == null ? null : "(" + province + ")")
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(blankToNull(party.street()), cityLine, countryName(party.country(), locale))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
    }

    private static String countryName(String country, Locale locale) {
        String code = blankToNull(country);
        if (code == null || code.equalsIgnoreCase("IT")) {
            return null;
        }
        if (code.length() == 2) {
            String name = Locale.of("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(locale);
            return name.isBlank() ? code : name;
        }
        return code;
    }

    private byte[] toPdf(JasperPrint print, OrderConfirmationData data, ResourceBundle labels) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        // What a mail client or PDF viewer shows in place of the file name.
        configuration.setMetadataTitle(labels.getString("doc.title") + " " + data.orderNumber());
        if (data.company() != null) {
            configuration.setMetadataAuthor(data.company().name());
        }
        configuration.setMetadataCreator("Ordo");
        exporter.setConfiguration(configuration);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        exporter.exportReport();
        return pdf.toByteArray();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The document could not be produced: template missing or broken, or data it cannot print. */
    public static final class DocumentRenderingException extends RuntimeException {

        public DocumentRenderingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
