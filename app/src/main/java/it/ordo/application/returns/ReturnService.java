package it.ordo.application.returns;

import java.time.LocalDate;
import java.util.List;

/**
 * Returns (RMA): requested, authorised (the "return authorised" e-mail with its label) or refused with a reason;
 * received at the warehouse and inspected line by line, each outcome a ledger row under the stock row lock, once;
 * closed as the customer wished.
 */
public interface ReturnService {

    /**
     * Writes down a return the customer asks for (REQUESTED): every line checked against what was shipped less
     * what came back or is asked for already, numbered in the RMA series. After the return window a manager may
     * accept it with a reason ({@link NewReturn#windowOverride}); anyone else is told when the window closed.
     */
    ReturnView request(NewReturn request);

    /**
     * Requests and authorises a return in one step: the desk with the customer on the line. Checked as
     * {@link #request}, then authorised as {@link #authorise}.
     */
    ReturnView open(NewReturn request);

    /** Authorises a requested return and writes the "return authorised" e-mail with its label. */
    ReturnView authorise(String rmaNumber);

    /** Refuses a requested return with a reason, written to the customer in the "return refused" e-mail. */
    ReturnView refuse(String rmaNumber, String reason);

    /**
     * The parcel of an authorised return arrived (its RMA barcode scanned), once. Lines given in {@code outcomes}
     * are inspected at once, as {@link #inspect} (the bench's one step); the rest later.
     */
    ReturnView receive(String rmaNumber, List<LineOutcome> outcomes);

    /**
     * Lines of a received return are inspected: back to stock, into quarantine or to scrap, each a ledger row
     * under the stock row lock, once. The return is INSPECTED when every line has its outcome.
     */
    ReturnView inspect(String rmaNumber, List<LineOutcome> outcomes);

    ReturnView show(String rmaNumber);

    /** Newest first; {@code customerCode} null for every customer. */
    List<ReturnView> list(String customerCode, int offset, int limit);

    /**
     * The returns authorised from {@code from} to {@code to} (both included, days in the company's time zone),
     * whatever became of them since, newest first: the returns behind the dashboard's return rate.
     */
    List<ReturnView> authorised(LocalDate from, LocalDate to, int offset, int limit);

    /**
     * Gives the customer's money back for a received return: a credit note
     * numbered in its gap-free series, and the "refund issued" e-mail written
     * in the same transaction.
     */
    ReturnView credit(String rmaNumber);

    /**
     * Settles a received return as the customer wished: a refund is credited
     * ({@link #credit}); a replacement places a new order of the returned
     * lines for the same customer, high priority, through the one order path
     * (allocated like any order), its reference the RMA number; a repair is
     * recorded, and no money moves.
     */
    ReturnView close(String rmaNumber);

    /**
     * The return label as a PDF, in the customer's language: the RMA number as a Code 128 the warehouse scans
     * when the parcel arrives, what goes in it and how to send it (also attached to the "return authorised"
     * e-mail).
     */
    byte[] labelPdf(String rmaNumber);

    /** The credit note of a credited return, with its lines and VAT per rate. */
    CreditNote creditNote(String rmaNumber);

    /** The credit note of a credited return as a PDF, in the customer's language. */
    byte[] creditNotePdf(String rmaNumber);

    /** Credit notes issued from {@code from} to {@code to} (both included), by number: accounting's list. */
    List<CreditNote> creditNotes(LocalDate from, LocalDate to);

    /** How many days after delivery (or shipment) goods may come back without a manager. */
    int returnWindowDays();

    void setReturnWindowDays(int days);

    /** Goods held in quarantine, by product and warehouse. */
    List<QuarantineRow> quarantine();

    /**
     * Settles goods held in quarantine (the warehouse): released back to on hand, or scrapped at the product's
     * unit cost; one ledger row under the stock lock, so two people settling the same goods cannot both take
     * them. {@code note} says why (kept on the ledger row). Returns what is left in quarantine.
     */
    QuarantineRow settleQuarantine(String sku, String warehouse, java.math.BigDecimal quantity,
                                   it.ordo.domain.returns.QuarantineDecision decision, String note);
}
