package it.ordo.application.returns;

/** Prints a credit note as a PDF (JasperReports in infrastructure). */
public interface CreditNoteRenderer {

    /** {@code companyName}, {@code companyLines}: the issuer as it heads the document. */
    byte[] render(CreditNote note, String companyName, String companyLines);
}
