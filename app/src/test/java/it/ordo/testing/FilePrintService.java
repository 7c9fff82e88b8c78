package it.ordo.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.ServiceUIFactory;
import javax.print.attribute.Attribute;
import javax.print.attribute.AttributeSet;
import javax.print.attribute.HashPrintJobAttributeSet;
import javax.print.attribute.HashPrintServiceAttributeSet;
import javax.print.attribute.PrintJobAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.PrintServiceAttribute;
import javax.print.attribute.PrintServiceAttributeSet;
import javax.print.event.PrintJobAttributeListener;
import javax.print.event.PrintJobListener;
import javax.print.event.PrintServiceAttributeListener;

/**
 * A printer for tests: every job it gets is written to a file of its folder,
 * byte for byte, as a real printer would receive it. Registered with
 * javax.print, so the application finds it by name like any other printer.
 */
public final class FilePrintService implements PrintService {

    private final String name;
    private final Path folder;
    private final List<DocFlavor> flavors;
    private final List<Path> jobs = Collections.synchronizedList(new ArrayList<>());

    private FilePrintService(String name, Path folder, List<DocFlavor> flavors) {
        this.name = name;
        this.folder = folder;
        this.flavors = flavors;
    }

    /** A printer that takes PDF and raw data (as CUPS queues do), registered under this name. */
    public static FilePrintService register(String name, Path folder) {
        FilePrintService service = new FilePrintService(name, folder,
                List.of(DocFlavor.BYTE_ARRAY.PDF, DocFlavor.BYTE_ARRAY.AUTOSENSE));
        PrintServiceLookup.registerService(service);
        return service;
    }

    /** The files of the jobs printed so far, first first. */
    public List<Path> jobs() {
        return List.copyOf(jobs);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public DocPrintJob createPrintJob() {
        PrintService self = this;
        return new DocPrintJob() {
            @Override
            public PrintService getPrintService() {
                return self;
            }

            @Override
            public PrintJobAttributeSet getAttributes() {
                return new HashPrintJobAttributeSet();
            }

            @Override
            public void addPrintJobListener(PrintJobListener listener) {
            }

            @Override
            public void removePrintJobListener(PrintJobListener listener) {
            }

            @Override
            public void addPrintJobAttributeListener(PrintJobAttributeListener listener, PrintJobAttributeSet attributes) {
            }

            @Override
            public void removePrintJobAttributeListener(PrintJobAttributeListener listener) {
            }

            @Override
            public void print(Doc doc, PrintRequestAttributeSet attributes) throws PrintException {
                if (!isDocFlavorSupported(doc.getDocFlavor())) {
                    throw new PrintException("flavor not supported: " + doc.getDocFlavor());
                }
                try (InputStream in = doc.getStreamForBytes()) {
                    Path file = folder.resolve("job-" + (jobs.size() + 1) + ".bin");
                    Files.write(file, in.readAllBytes());
                    jobs.add(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public void addPrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public void removePrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public PrintServiceAttributeSet getAttributes() {
        return new HashPrintServiceAttributeSet();
    }

    @Override
    public <T extends PrintServiceAttribute> T getAttribute(Class<T> category) {
        return null;
    }

    @Override
    public DocFlavor[] getSupportedDocFlavors() {
        return flavors.toArray(DocFlavor[]::new);
    }

    @Override
    public boolean isDocFlavorSupported(DocFlavor flavor) {
        return flavors.contains(flavor);
    }

    @Override
    public Class<?>[] getSupportedAttributeCategories() {
        return new Class<?>[0];
    }

    @Override
    public boolean isAttributeCategorySupported(Class<? extends Attribute> category) {
        return false;
    }

    @Override
    public Object getDefaultAttributeValue(Class<? extends Attribute> category) {
        return null;
    }

    @Override
    public Object getSupportedAttributeValues(Class<? extends Attribute> category, DocFlavor flavor,
                                              AttributeSet attributes) {
        return null;
    }

    @Override
    public boolean isAttributeValueSupported(Attribute attrval, DocFlavor flavor, AttributeSet attributes) {
        return false;
    }

    @Override
    public AttributeSet getUnsupportedAttributes(DocFlavor flavor, AttributeSet attributes) {
        return null;
    }

    @Override
    public ServiceUIFactory getServiceUIFactory() {
        return null;
    }
}
