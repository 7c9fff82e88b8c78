package it.ordo.application.setup;

import it.ordo.application.CurrentUser;
import it.ordo.application.Transactions;
import it.ordo.application.returns.ReturnService;
import it.ordo.application.support.TicketService;
import it.ordo.application.catalog.ProductService;
import it.ordo.application.customer.CustomerService;
import it.ordo.application.customer.VatService;
import it.ordo.application.integrity.IntegrityService;
import it.ordo.application.inventory.InventoryService;
import it.ordo.application.order.OrderService;
import it.ordo.application.security.UserService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * A generator of demonstration data (the demo company). It ships apart from
 * the application, in {@code lib/ordo-demo.jar}, and is found on the class
 * path with {@link ServiceLoader}: nothing in the application names it, so a
 * company's installation can leave it out and {@code ordo init --demo} then
 * says it is not installed.
 */
@FunctionalInterface
public interface DemoData {

    /**
     * Fills an empty database through the use cases of {@code services}.
     * Progress lines go to {@code progress} as each stage advances.
     */
    void generate(Services services, long seed, Consumer<String> progress);

    /**
     * Copies the demo company this generator made in advance (when the package was built) into
     * {@code databaseFolder}, an embedded database folder that does not exist yet, with its dates moved to
     * {@code clock}'s day. False, with nothing written, when this installation has no such copy (a developer's
     * build) or it was made with another seed: the caller then opens the database and {@link #generate}s.
     * Progress lines go to {@code progress}.
     */
    default boolean copyPrebuilt(Path databaseFolder, long seed, Clock clock, Consumer<String> progress) {
        return false;
    }

    /** The generator installed with this copy of Ordo, if any. */
    static Optional<DemoData> installed() {
        return ServiceLoader.load(DemoData.class).findFirst();
    }

    /**
     * What a generator works through: the same use cases the desk and the
     * command line use, with their permission checks and rules, and nothing
     * below them (no repository, no database).
     */
    interface Services {

        SetupService setup();

        UserService users();

        ProductService products();

        CustomerService customers();

        VatService vat();

        InventoryService inventory();

        OrderService orders();

        /** The warehouse: carriers, bins, picking and shipping with DDTs. */
        it.ordo.application.fulfilment.FulfilmentService fulfilment();

        IntegrityService integrity();

        Clock clock();

        /**
         * Groups several use cases into one commit. A year of history is tens
         * of thousands of them; one durable commit each would take several
         * times as long. Each use case still checks its permission and rules;
         * a conflict re-runs the whole group, so the work must decide
         * everything random before it starts.
         */
        Transactions batch();

        /** Customer-service tickets. */
        TicketService tickets();

        /** Returns (RMA). */
        ReturnService returns();

        /** Which customers each sales agent looks after. */
        it.ordo.application.security.SalesAgentService agents();

        /** Customer e-mails: the year's messages are set aside, as a company that just set up its mail would. */
        it.ordo.application.notification.MailService mail();

        /** The same use cases working as another user at another clock: history replayed day by day. */
        Services as(CurrentUser user, Clock clock);
    }
}
