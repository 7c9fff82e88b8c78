package it.ordo.application.returns;

import java.util.List;

/**
 * Returns (RMA). Authorising checks every line against what was shipped
 * less what came back already; receiving puts goods back into stock with a
 * ledger row under the stock row lock (or into quarantine, no stock), once.
 */
public interface ReturnService {

    ReturnView open(NewReturn request);

    /** The goods arrived: every line of the return gets its outcome. */
    ReturnView receive(String rmaNumber, List<LineOutcome> outcomes);

    ReturnView show(String rmaNumber);

    /** Newest first; {@code customerCode} null for every customer. */
    List<ReturnView> list(String customerCode, int offset, int limit);
}
