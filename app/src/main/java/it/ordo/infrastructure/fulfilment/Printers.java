package it.ordo.infrastructure.fulfilment;

import java.util.Arrays;
import java.util.List;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;

/**
 * The workstation's printers through javax.print: PDFs to laser printers,
 * ZPL sent raw to thermal label printers. Printing runs on the caller's
 * thread; the desktop calls it through its task executor.
 */
public final class Printers {

    private Printers() {
    }

    /** The printers this workstation can reach, by name. */
    public static List<String> names() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted()
                .toList();
    }

    /** Sends a PDF to the named printer, which must take PDF (CUPS and most office printers do). */
    public static void printPdf(String printer, byte[] pdf, String jobName) throws PrintException {
        send(printer, DocFlavor.BYTE_ARRAY.PDF, pdf, jobName);
    }

    /** Sends ZPL as it is to a label printer: the printer reads the commands itself. */
    public static void printRaw(String printer, byte[] commands, String jobName) throws PrintException {
        send(printer, DocFlavor.BYTE_ARRAY.AUTOSENSE, commands, jobName);
    }

    private static void send(String printer, DocFlavor flavor, byte[] data, String jobName) throws PrintException {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equalsIgnoreCase(printer == null ? "" : printer.strip()))
                .findFirst()
                .orElseThrow(() -> new PrintException("No printer named \"" + printer + "\"; printers here: "
                        + String.join(", ", names())));
        if (!service.isDocFlavorSupported(flavor)) {
            throw new PrintException("Printer \"" + service.getName() + "\" does not take " + flavor.getMimeType());
        }
        DocPrintJob job = service.createPrintJob();
        Doc doc = new SimpleDoc(data, flavor, null);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        job.print(doc, attributes);
    }
}
