package it.ordo.domain.inventory;

import it.ordo.domain.Message;
import java.util.List;

/** Cross-checks of the stock figures against the ledger and the orders; each finding is one message. */
public interface StockAudit {

    /** Counters that differ from the sum of their ledger rows. */
    List<Message> ledgerMismatches();

    /** Allocated counters that differ from what open order lines hold. */
    List<Message> allocationMismatches();

    /** Lines of open orders that hold more than ordered, or leave units neither allocated nor backordered. */
    List<Message> lineMismatches();

    /** Quarantine buckets that differ from the sum of their ledger rows. */
    List<Message> quarantineMismatches();

    /**
     * Inspected return lines whose ledger rows (back to stock, quarantine, write-off, under the RMA number)
     * do not add up to the quantity, and ledger rows under an RMA that no line explains.
     */
    List<Message> returnMismatches();
}
