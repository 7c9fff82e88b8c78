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
}
