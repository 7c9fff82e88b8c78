package it.ordo;

import it.ordo.application.notification.MailGateway;
import it.ordo.application.notification.MailService;
import it.ordo.infrastructure.persistence.JpaTransactions;

/**
 * What tests reach below the use cases: the context's own transactions, so
 * that a test can set up (or break) what no use case writes, in the same
 * transaction as the services it then calls. Repositories are built over
 * them ({@code new JpaPricingRepository(Internals.transactions(ctx))}).
 * Production code has no such door: {@link OrdoContext} hands out services only.
 */
public final class Internals {

    private Internals() {
    }

    public static JpaTransactions transactions(OrdoContext ctx) {
        return ctx.transactions();
    }

    /** The context's warehouse use cases over transactions the test controls (ones that re-run a write). */
    public static it.ordo.application.fulfilment.FulfilmentService fulfilment(OrdoContext ctx,
                                                                            it.ordo.application.Transactions tx) {
        return ctx.fulfilment(tx);
    }

    /** The context's mail use cases over a mail connection the test controls (one that fails, or dies). */
    public static MailService mail(OrdoContext ctx, MailGateway gateway) {
        return ctx.mail(gateway);
    }
}
