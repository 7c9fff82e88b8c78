package it.ordo.ui.warehouse;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;

/**
 * The printers this workstation uses for the warehouse's papers: one for
 * documents (DDT, pick lists, manifests, as PDF) and one for labels (PDF on a
 * laser printer or ZPL sent raw to a thermal printer). The choice belongs to
 * the workstation, not to the company: the packing bench has its Zebra, the
 * office its laser printer.
 */
public final class WarehousePrinters {

    /** How labels go to the label printer. */
    public enum LabelFormat {
        PDF(0), ZPL_203(203), ZPL_300(300);

        private final int dpi;

        LabelFormat(int dpi) {
            this.dpi = dpi;
        }

        public int dpi() {
            return dpi;
        }
    }

    /** A printer name of null means "none chosen": the paper is saved and opened instead. */
    public record Choice(String documents, String labels, LabelFormat labelFormat) {
        public static final Choice NONE = new Choice(null, null, LabelFormat.PDF);
    }

    /** Where the choice is kept between sessions. */
    public interface Store {
        Choice load();

        void save(Choice choice);
    }

    private WarehousePrinters() {
    }

    /** The choice kept in this operating-system user's preferences on this machine. */
    public static Store preferences() {
        Preferences node = Preferences.userRoot().node("it/ordo/desktop/warehouse-printers");
        return new Store() {
            @Override
            public Choice load() {
                LabelFormat format;
                try {
                    format = LabelFormat.valueOf(node.get("labelFormat", LabelFormat.PDF.name()));
                } catch (IllegalArgumentException e) {
                    format = LabelFormat.PDF;
                }
                return new Choice(blankToNull(node.get("documents", null)), blankToNull(node.get("labels", null)),
                        format);
            }

            @Override
            public void save(Choice choice) {
                put(node, "documents", choice.documents());
                put(node, "labels", choice.labels());
                node.put("labelFormat", choice.labelFormat().name());
            }
        };
    }

    /** A choice held in memory only: for tests and for a workstation that may not write preferences. */
    public static Store inMemory(Choice initial) {
        AtomicReference<Choice> held = new AtomicReference<>(initial);
        return new Store() {
            @Override
            public Choice load() {
                return held.get();
            }

            @Override
            public void save(Choice choice) {
                held.set(choice);
            }
        };
    }

    /** The printers this workstation reaches, by name. */
    public static List<String> names() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted()
                .toList();
    }

    /** Sends a PDF, or ZPL as raw bytes the thermal printer reads itself; call it off the JavaFX thread. */
    public static void send(String printer, byte[] data, boolean pdf, String jobName) throws PrintException {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equalsIgnoreCase(printer))
                .findFirst()
                .orElseThrow(() -> new PrintException("No printer named \"" + printer + "\""));
        DocFlavor flavor = pdf && service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF) ? DocFlavor.BYTE_ARRAY.PDF
                : DocFlavor.BYTE_ARRAY.AUTOSENSE;
        DocPrintJob job = service.createPrintJob();
        HashPrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        job.print(new SimpleDoc(data, flavor, null), attributes);
    }

    private static void put(Preferences node, String key, String value) {
        if (value == null || value.isBlank()) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
