package it.ordo.application.order;

import java.time.Instant;
import java.util.Optional;

/**
 * The signed-in user's half-entered order, kept in the database so it
 * survives a closed window, a stopped application or a crash, and follows the
 * user to another workstation. One draft per user; not audited (it is not a
 * record of the business, and it is saved after every line).
 */
public interface OrderDraftService {

    /** Replaces the user's draft with this one; an empty draft just removes the old one. Returns when it was saved. */
    Instant save(OrderDraft draft);

    /** The user's draft, with the time it was saved, if there is one. */
    Optional<OrderDraft> load();

    /** Forgets the user's draft (the order was confirmed, or the operator threw it away). */
    void discard();
}
