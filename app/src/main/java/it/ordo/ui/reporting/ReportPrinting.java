package it.ordo.ui.reporting;

import java.io.ByteArrayInputStream;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;

/**
 * Sends a PDF to a printer of this workstation through javax.print: as PDF
 * where the service takes it (CUPS does), else as "autosense" bytes that the
 * print system recognises. A4, with the report's title as the job's name.
 */
public final class ReportPrinting {

    private ReportPrinting() {
    }

    /** The workstation's default printer, or null when there is none. */
    public static PrintService defaultPrinter() {
        return PrintServiceLookup.lookupDefaultPrintService();
    }

    /** Prints the PDF on {@code printer}; call it off the JavaFX thread. */
    public static void print(PrintService printer, byte[] pdf, String jobName) throws PrintException {
        DocFlavor flavor = printer.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF) ? DocFlavor.BYTE_ARRAY.PDF
                : DocFlavor.INPUT_STREAM.AUTOSENSE;
        Doc doc = flavor == DocFlavor.BYTE_ARRAY.PDF ? new SimpleDoc(pdf, flavor, null)
                : new SimpleDoc(new ByteArrayInputStream(pdf), flavor, null);
        HashPrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(MediaSizeName.ISO_A4);
        attributes.add(new JobName(jobName, null));
        DocPrintJob job = printer.createPrintJob();
        job.print(doc, attributes);
    }
}
