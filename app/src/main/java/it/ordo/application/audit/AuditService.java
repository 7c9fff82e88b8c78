package it.ordo.application.audit;

/** Questions to the audit trail. */
public interface AuditService {

    /**
     * The order's story: status steps merged with the recorded changes of the
     * order and its lines, in time order (and, within one moment, in the order
     * the changes were written). A status step takes the workstation of the
     * change of the order it came with, and that change leaves out what the
     * step already tells (the status and the hold reason).
     */
    OrderHistory orderHistory(String number);
}
