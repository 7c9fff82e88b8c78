package it.ordo.cli;

import it.ordo.OrdoContext;
import it.ordo.application.CurrentUser;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.time.Clock;

/**
 * Where a run gets its database: opened for the run and closed after it ({@link #OWN}, a command in a process of
 * its own), or kept open between runs by the resident process ({@link ResidentProcess}), which is where a
 * command's time went (Hibernate's boot, Flyway's check, Derby's). Either way every run signs in on it
 * ({@link SignIn}): a kept database is never a kept session.
 */
interface Contexts {

    /** The database, not signed in as anyone: {@link SignIn} decides who works on it. */
    OrdoContext open(DatabaseSettings settings, Clock clock);

    /** The run is over with {@code context} (the one {@link #open} gave, or a signed-in view of it). */
    void close(OrdoContext context);

    Contexts OWN = new Contexts() {
        @Override
        public OrdoContext open(DatabaseSettings settings, Clock clock) {
            return OrdoContext.open(settings, CurrentUser.NOBODY, clock);
        }

        @Override
        public void close(OrdoContext context) {
            context.close();
        }
    };
}
