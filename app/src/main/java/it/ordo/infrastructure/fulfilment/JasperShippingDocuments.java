package it.ordo.infrastructure.fulfilment;

import it.ordo.application.fulfilment.ShippingDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.barcode4j.BarcodeImageProducer;
import net.sf.jasperreports.barcode4j.QRCodeImageProducer;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * The DDT, the pick list and the parcel labels with the templates the
 * {@code reports} module compiles (ddt, pick_list, shipping_label). Values are
 * formatted here in the document's language, so the templates only place text.
 * Compiled templates are loaded once and shared (they are immutable).
 */
public final class JasperShippingDocuments implements ShippingDocuments {

    private final JasperReportsContext context = withVectorBarcodes();
    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();
    private final ZplLabels zpl = new ZplLabels();

    @Override
    public byte[] ddt(Ddt d) {
        Locale locale = locale(d.language());
        ResourceBundle labels = bundle("ddt", locale);
        Map<String, Object> p = parameters(locale, labels);
        p.put("companyName", d.companyName());
        p.put("companyAddress", d.companyAddress());
        p.put("companyVatNumber", d.companyVatNumber());
        p.put("ddtNumber", d.number());
        p.put("ddtDate", date(locale).format(d.issuedAt()));
        p.put("orderNumber", d.orderNumber());
        p.put("recipient", String.join("\n", d.recipient()));
        p.put("destination", String.join("\n", d.destination()));
        p.put("reason", labels.getString("reason." + d.reason().name()));
        p.put("transportBy", labels.getString("transportBy." + d.transportBy().name()));
        p.put("freight", labels.getString("freight." + d.freight().name()));
        p.put("carrier", d.carrier());
        p.put("appearance", d.appearance());
        p.put("parcels", Integer.toString(d.parcels()));
        p.put("grossWeight", kilos(d.grossWeightKg(), locale));
        p.put("transportStart", dateTime(locale).format(d.transportStart()));
        if (d.cancelledAt() != null) {
            p.put("cancelled", new MessageFormat(labels.getString("cancelled").replace("'", "''"), locale)
                    .format(new Object[] {dateTime(locale).format(d.cancelledAt()), d.cancelReason()}));
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Goods g : d.goods()) {
            Map<String, Object> r = new HashMap<>();
            r.put("code", g.code());
            r.put("description", g.description());
            r.put("unit", unit(labels, g.unit()));
            r.put("quantity", quantity(g.quantity(), locale));
            r.put("parcel", Integer.toString(g.parcelNo()));
            rows.add(r);
        }
        return pdf("ddt", p, rows, labels.getString("doc.title") + " " + d.number(), d.companyName());
    }

    @Override
    public byte[] pickList(PickList list) {
        Locale locale = locale(list.language());
        ResourceBundle labels = bundle("pick_list", locale);
        Map<String, Object> p = parameters(locale, labels);
        p.put("warehouse", list.warehouse());
        p.put("printedAt", dateTime(locale).format(list.printedAt()));
        p.put("orders", list.orders().size());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PickOrder o : list.orders()) {
            for (PickLine l : o.lines()) {
                Map<String, Object> r = new HashMap<>();
                r.put("orderNumber", o.orderNumber());
                r.put("customer", o.customer());
                r.put("shipTo", o.shipTo());
                r.put("priority", o.priority());
                r.put("bin", l.bin());
                r.put("sku", l.sku());
                r.put("code", l.ean() == null || l.ean().isBlank() ? l.sku() : l.ean());
                r.put("description", l.description());
                r.put("unit", unit(bundle("ddt", locale), l.unit()));
                r.put("quantity", quantity(l.quantity(), locale));
                rows.add(r);
            }
        }
        return pdf("pick_list", p, rows, labels.getString("doc.title"), null);
    }

    @Override
    public byte[] labelsPdf(List<Label> labels) {
        Locale locale = Locale.ITALY;
        ResourceBundle bundle = bundle("shipping_label", locale);
        Map<String, Object> p = parameters(locale, bundle);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Label l : labels) {
            Map<String, Object> r = new HashMap<>();
            r.put("senderName", l.senderName());
            r.put("senderAddress", l.senderAddress());
            r.put("recipientName", l.recipientName());
            r.put("recipientAddress", String.join("\n", l.recipientAddress()));
            r.put("orderNumber", l.orderNumber());
            r.put("ddtNumber", l.ddtNumber());
            r.put("parcel", l.parcelNo() + "/" + l.parcels());
            r.put("weight", kilos(l.weightKg(), locale));
            r.put("carrier", l.carrier());
            r.put("trackingNumber", l.trackingNumber());
            r.put("trackingLink", l.trackingLink());
            r.put("barcode", l.barcode());
            r.put("sscc", l.sscc());
            rows.add(r);
        }
        return pdf("shipping_label", p, rows, labels.isEmpty() ? "" : labels.getFirst().ddtNumber(), null);
    }

    @Override
    public String labelsZpl(List<Label> labels, int dpi) {
        return zpl.labels(labels, dpi);
    }

    @Override
    public byte[] manifest(Manifest m) {
        Locale locale = locale(m.language());
        ResourceBundle labels = bundle("manifest", locale);
        Map<String, Object> p = parameters(locale, labels);
        p.put("companyName", m.companyName());
        p.put("carrier", m.carrier());
        p.put("warehouse", m.warehouse());
        p.put("day", DateTimeFormatter.ofPattern("dd/MM/yyyy", locale).format(m.day()));
        p.put("printedAt", dateTime(locale).format(m.printedAt()));
        p.put("totalParcels", Integer.toString(m.rows().stream().mapToInt(ManifestRow::parcels).sum()));
        p.put("totalWeight", kilos(m.rows().stream().map(ManifestRow::weightKg)
                .reduce(BigDecimal.ZERO, BigDecimal::add), locale));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ManifestRow r : m.rows()) {
            Map<String, Object> row = new HashMap<>();
            row.put("ddtNumber", r.ddtNumber());
            row.put("orderNumber", r.orderNumber());
            row.put("recipient", r.recipient());
            row.put("destination", r.destination());
            row.put("parcels", Integer.toString(r.parcels()));
            row.put("weight", kilos(r.weightKg(), locale));
            row.put("tracking", r.trackingNumbers());
            rows.add(row);
        }
        return pdf("manifest", p, rows, labels.getString("doc.title") + " " + m.carrier() + " " + m.day(),
                m.companyName());
    }

    // --- filling and exporting

    private byte[] pdf(String name, Map<String, Object> parameters, List<Map<String, ?>> rows, String title,
                       String author) {
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(template(name), parameters,
                    new JRMapCollectionDataSource(rows));
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(title);
            if (author != null) {
                configuration.setMetadataAuthor(author);
            }
            configuration.setMetadataCreator("Ordo");
            exporter.setConfiguration(configuration);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException | JRRuntimeException e) {
            throw new IllegalStateException("Cannot print " + name + " " + title + ": " + e.getMessage(), e);
        }
    }

    private JasperReport template(String name) {
        return templates.computeIfAbsent(name, n -> {
            String path = "/it/ordo/reports/" + n + ".jasper";
            try (InputStream in = JasperShippingDocuments.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("The compiled template " + path
                            + " is not on the classpath: build the reports module");
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException | JRException e) {
                throw new IllegalStateException("Cannot read " + path, e);
            }
        });
    }

    /** The default context, plus the "vector" barcode producer the pick list and the label templates name. */
    private static JasperReportsContext withVectorBarcodes() {
        SimpleJasperReportsContext c = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        c.setProperty(BarcodeImageProducer.PROPERTY_PREFIX_IMAGE_PRODUCER + VectorBarcodes.ALIAS,
                VectorBarcodes.class.getName());
        c.setProperty(QRCodeImageProducer.PROPERTY_PREFIX_QRCODE_PRODUCER + VectorBarcodes.ALIAS,
                VectorBarcodes.class.getName());
        return c;
    }

    private static Map<String, Object> parameters(Locale locale, ResourceBundle labels) {
        // JasperReports adds its own entries while filling: the map must be mutable.
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        return p;
    }

    // --- formatting in the document's language

    /** "en" prints in English; Italian otherwise, the language of every DDT unless asked. */
    static Locale locale(String language) {
        return language != null && language.strip().equalsIgnoreCase("en") ? Locale.UK : Locale.ITALY;
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle("it.ordo.reports." + name, locale, JasperShippingDocuments.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy", locale);
    }

    private static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale);
    }

    static String quantity(BigDecimal q, Locale locale) {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale)).format(q);
    }

    static String kilos(BigDecimal kg, Locale locale) {
        return new DecimalFormat("#,##0.0##", DecimalFormatSymbols.getInstance(locale)).format(kg) + " kg";
    }

    private static String unit(ResourceBundle labels, String unit) {
        return labels.containsKey("unit." + unit) ? labels.getString("unit." + unit) : unit;
    }

}
