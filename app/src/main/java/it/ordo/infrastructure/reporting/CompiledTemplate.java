package it.ordo.infrastructure.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * A template compiled by the {@code reports} module, read from the classpath the first time a document needs
 * it and kept (reading it costs more than filling it); and the one way Ordo's documents become PDF bytes.
 */
final class CompiledTemplate {

    private final String resource;
    private volatile JasperReport loaded;

    CompiledTemplate(String resource) {
        this.resource = resource;
    }

    JasperReport get() throws JRException {
        JasperReport report = loaded;
        if (report == null) {
            synchronized (this) {
                report = loaded;
                if (report == null) {
                    try (InputStream in = CompiledTemplate.class.getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new JasperOrderDocumentRenderer.DocumentRenderingException("The compiled template "
                                    + resource + " is not on the classpath: build the reports module", null);
                        }
                        report = (JasperReport) JRLoader.loadObject(in);
                    } catch (IOException e) {
                        throw new JRException("Cannot read " + resource, e);
                    }
                    loaded = report;
                }
            }
        }
        return report;
    }

    /** The filled document as PDF, with its title and author in the file's metadata. */
    static byte[] pdf(JasperReportsContext context, JasperPrint print, String title, String author)
            throws JRException {
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataAuthor(author);
        configuration.setMetadataCreator("Ordo");
        exporter.setConfiguration(configuration);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(16 * 1024);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        exporter.exportReport();
        return pdf.toByteArray();
    }
}
