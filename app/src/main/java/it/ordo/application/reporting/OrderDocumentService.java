package it.ordo.application.reporting;

/**
 * The order confirmation PDF, made once and kept with the order: right after
 * the order is confirmed ({@link #keepConfirmation}), or at the first print of
 * an order that has none (confirmed before documents were kept, or a crash
 * between the confirmation and its document). Every print returns the kept
 * bytes, so a reprint is the very file the customer received. The document is
 * in the customer's language at the time it is made. The data is read in a
 * short read-only transaction and rendered after it, so making a document
 * never holds a lock and never slows a confirmation.
 */
public interface OrderDocumentService {

    /** The order's confirmation as kept: the same bytes on every call; made and kept now if it has none yet. */
    byte[] orderConfirmation(String number);

    /**
     * Makes and keeps the confirmation of an order that has just been confirmed (placed, or released from a
     * hold into CONFIRMED). Called after the confirming transaction committed, never inside it. An order in
     * any other state, or one that has its document already, is left as it is. Returns whether the order
     * has its document now; a failure here leaves the confirmed order as it is, and the document is made at
     * its first print instead.
     */
    boolean keepConfirmation(String number);
}
