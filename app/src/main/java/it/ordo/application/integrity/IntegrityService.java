package it.ordo.application.integrity;

import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.Message;
import it.ordo.domain.inventory.StockAudit;
import java.util.ArrayList;
import java.util.List;

/** "Is the data right?": every stock counter against its ledger and its orders, returns against the ledger. Empty means clean. */
public final class IntegrityService {

    private final Transactions tx;
    private final StockAudit audit;
    private final Guard guard;

    public IntegrityService(Transactions tx, StockAudit audit, Guard guard) {
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
    }

    public List<Message> check() {
        guard.require(Permission.CHECK_INTEGRITY);
        return tx.read(() -> {
            List<Message> problems = new ArrayList<>(audit.ledgerMismatches());
            problems.addAll(audit.allocationMismatches());
            problems.addAll(audit.lineMismatches());
            problems.addAll(audit.quarantineMismatches());
            problems.addAll(audit.returnMismatches());
            return problems;
        });
    }
}
