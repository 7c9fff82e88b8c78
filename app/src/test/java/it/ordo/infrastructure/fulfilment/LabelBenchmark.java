package it.ordo.infrastructure.fulfilment;

import it.ordo.application.fulfilment.CarrierView;
import it.ordo.application.fulfilment.FulfilmentService;
import it.ordo.application.fulfilment.ShipRequest;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.application.fulfilment.ShippingDocumentService;
import it.ordo.application.fulfilment.ShippingSettingsView;
import it.ordo.application.order.OrderView;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.testing.BenchFigures;
import it.ordo.testing.TestCompany;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parcel labels per second (docs/benchmarks.md, issue 10: 100 per second or
 * better, as PDF and as ZPL). One order shipped by BRT in -Dordo.bench.parcels
 * parcels (default 150), each with a tracking number, a tracking link (QR) and
 * an SSCC (the company has a GS1 prefix), so every label carries all it can;
 * then, timed from the service call to the bytes: the label PDF
 * ({@code ShippingDocumentService.labelsPdf}) and the ZPL for 203 dpi
 * ({@code labelsZpl}). Baseline in the same run: the same count of bare
 * Jasper pages of the label's size with one Code 128 each (a template
 * compiled here), filled and exported to PDF the same way. A first round warms
 * up (reported apart), then five rounds interleave the three series, so a
 * change of load hits them alike; medians. Prints the figures and keeps the
 * labels in app/target/labels-benchmark.pdf; asserts nothing.
 */
@Tag("bench")
class LabelBenchmark {

    private static final int PARCELS = Integer.getInteger("ordo.bench.parcels", 150);
    private static final int ROUNDS = 5;

    /** A label's page (100 × 150 mm) with nothing on it but the Code 128 the real label has, drawn the same way. */
    private static final String BARE_LABEL = """
            <jasperReport name="bare_label" language="java" pageWidth="283" pageHeight="425" columnWidth="267"
                          leftMargin="8" rightMargin="8" topMargin="8" bottomMargin="8" whenNoDataType="NoPages">
            	<property name="net.sf.jasperreports.components.barcode4j.image.producer" value="image"/>
            	<field name="barcode" class="java.lang.String"/>
            	<detail>
            		<band height="409" splitType="Prevent">
            			<element kind="component" x="0" y="204" width="267" height="50">
            				<component kind="barcode4j:Code128" moduleWidth="1.2" textPosition="none">
            					<codeExpression><![CDATA[$F{barcode}]]></codeExpression>
            				</component>
            			</element>
            		</band>
            	</detail>
            </jasperReport>
            """;

    private record Series(List<Long> wall, List<Long> cpu) {
        Series() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        double medianMs() {
            return BenchFigures.percentile(wall, 50);
        }

        double medianCpuMs() {
            return BenchFigures.percentile(cpu, 50);
        }

        String line(String what, int labels) {
            return String.format("%-58s median %,8.1f ms (%,6.0f labels/s), thread CPU %,8.1f ms; rounds %s", what,
                    medianMs(), labels * 1000 / medianMs(), medianCpuMs(),
                    wall.stream().map(n -> String.format("%,.0f", BenchFigures.ms(n))).toList());
        }
    }

    @Test
    void labelsAsPdfAndZplAgainstBareJasperPages() throws Exception {
        String loadBefore = BenchFigures.loadAverage();
        try (TestCompany company = TestCompany.standard()) {
            FulfilmentService warehouse = company.ctx.fulfilment();
            warehouse.saveShippingSettings(new ShippingSettingsView("8012345", 3, List.of()));
            warehouse.saveCarrier(new CarrierView("BRT", "BRT S.p.A.", "Via Emilia 1, Bologna",
                    "https://vas.brt.it/vas/sped_det_show.hsm?Nspediz={0}"));
            company.receive("P1", "MIL", String.valueOf(PARCELS));
            OrderView order = company.order("C-B", "LABELS", "P1", PARCELS);
            warehouse.startPicking(List.of(order.number()));
            List<ShipRequest.ParcelRequest> parcels = new ArrayList<>();
            for (int p = 1; p <= PARCELS; p++) {
                parcels.add(new ShipRequest.ParcelRequest(null, null, null, null, "BRT%010d".formatted(p),
                        List.of(new ShipRequest.Item("P1", BigDecimal.ONE))));
            }
            ShipmentView shipped = warehouse.ship(new ShipRequest(order.number(), TransportBy.CARRIER, "BRT", null,
                    null, null, null, parcels));
            String ddt = shipped.ddtNumber();
            List<String> barcodes = shipped.parcels().stream().map(ShipmentView.ParcelView::trackingNumber).toList();
            ShippingDocumentService documents = company.ctx.shippingDocuments();
            JasperReport bare = compile();

            long f0 = System.nanoTime();
            byte[] firstPdf = documents.labelsPdf(ddt);
            long firstPdfNs = System.nanoTime() - f0;
            long f1 = System.nanoTime();
            String firstZpl = documents.labelsZpl(ddt, 203);
            long firstZplNs = System.nanoTime() - f1;
            long f2 = System.nanoTime();
            byte[] firstBare = bare(bare, barcodes);
            long firstBareNs = System.nanoTime() - f2;

            Series baseline = new Series();
            Series pdf = new Series();
            Series zpl = new Series();
            int pdfBytes = 0;
            int zplChars = 0;
            for (int r = 0; r < ROUNDS; r++) {
                time(baseline, () -> bare(bare, barcodes));
                pdfBytes = time(pdf, () -> documents.labelsPdf(ddt)).length;
                zplChars = time(zpl, () -> documents.labelsZpl(ddt, 203)).length();
            }
            int pages;
            try (PDDocument d = Loader.loadPDF(firstPdf)) {
                pages = d.getNumberOfPages();
            }
            int barePages;
            try (PDDocument d = Loader.loadPDF(firstBare)) {
                barePages = d.getNumberOfPages();
            }
            int zplLabels = firstZpl.split("\\^XZ", -1).length - 1;
            // The labels as printed, to look at: app/target/labels-benchmark.pdf.
            java.nio.file.Files.write(java.nio.file.Path.of("target", "labels-benchmark.pdf"), firstPdf);
            BenchFigures.record("labels", List.of(
                    String.format("labels of one shipment: %,d parcels (Code 128 + GS1-128 SSCC + QR each); load average"
                            + " before %s, after %s", PARCELS, loadBefore, BenchFigures.loadAverage()),
                    baseline.line(String.format("baseline: %,d bare Jasper pages, one Code 128", barePages), PARCELS),
                    pdf.line(String.format("Ordo labelsPdf: %,d pages, %,d bytes", pages, pdfBytes), PARCELS),
                    zpl.line(String.format("Ordo labelsZpl(203): %,d labels, %,d characters", zplLabels, zplChars),
                            PARCELS),
                    String.format("PDF ÷ baseline %.2f; first call (cold): PDF %,.0f ms, ZPL %,.0f ms, baseline %,.0f ms",
                            pdf.medianMs() / baseline.medianMs(), BenchFigures.ms(firstPdfNs),
                            BenchFigures.ms(firstZplNs), BenchFigures.ms(firstBareNs))));
        }
    }

    private static <T> T time(Series series, Supplier<T> work) {
        long c = BenchFigures.cpu();
        long t = System.nanoTime();
        T result = work.get();
        series.wall().add(System.nanoTime() - t);
        series.cpu().add(BenchFigures.cpu() - c);
        return result;
    }

    /**
     * Compiles the bare label. JasperReports hands the expression class to javac with
     * net.sf.jasperreports.compiler.classpath, else java.class.path: surefire's
     * forked JVM has the test class path in the latter.
     */
    private static JasperReport compile() throws Exception {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        String classPath = System.getProperty("surefire.test.class.path");
        if (classPath != null) {
            context.setProperty("net.sf.jasperreports.compiler.classpath", classPath);
        }
        return JasperCompileManager.getInstance(context)
                .compile(new ByteArrayInputStream(BARE_LABEL.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] bare(JasperReport report, List<String> barcodes) {
        try {
            List<Map<String, ?>> rows = new ArrayList<>();
            for (String code : barcodes) {
                Map<String, Object> row = new HashMap<>();
                row.put("barcode", code);
                rows.add(row);
            }
            JasperPrint print = JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                    .fill(report, new HashMap<>(), new JRMapCollectionDataSource(rows));
            JRPdfExporter exporter = new JRPdfExporter(DefaultJasperReportsContext.getInstance());
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
