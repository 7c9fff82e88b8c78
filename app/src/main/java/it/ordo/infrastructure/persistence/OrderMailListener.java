package it.ordo.infrastructure.persistence;

import it.ordo.domain.notification.DelaySlip;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.NewMail;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.SalesOrder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Writes the customer e-mails an order's own changes call for into the mail
 * outbox, in the transaction that makes the change, whichever use case made
 * it: "order confirmed" when an order gets its confirmation, "delayed" when
 * its promised date slips ({@link DelaySlip}), e.g. when a receipt goes to a
 * customer of a higher tier or supply moves, "shipped" when all of it has
 * left (order ship, or the warehouse's last shipment) and "delivered". One message per order and
 * transaction, however many lines moved and however many times the session
 * flushed: from the first old date to the last new one. Written just before
 * the commit on the session's connection, like the audit trail, so the
 * change and its message commit or roll back together.
 */
final class OrderMailListener implements PostInsertEventListener, PostUpdateEventListener {

    /** What one order did in one transaction. */
    private static final class Seen {
        final long customerId;
        boolean confirmed;
        boolean dateKnown;
        LocalDate firstDate;
        LocalDate lastDate;
        OrderStatus status;
        /** The order left, or reached the customer, in this transaction (each told once: the status moves on). */
        boolean shipped;
        boolean delivered;

        Seen(long customerId) {
            this.customerId = customerId;
        }
    }

    private final AuditIds ids;
    private final Map<SharedSessionContractImplementor, Map<Long, Seen>> bySession =
            Collections.synchronizedMap(new WeakHashMap<>());
    private volatile int promisedIndex = -1;
    private volatile int confirmedIndex = -1;
    private volatile int statusIndex = -1;

    OrderMailListener(SessionFactoryImplementor factory) {
        this.ids = new AuditIds(() -> factory.getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString(AuditIds.SEQUENCE));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof SalesOrder order && order.confirmedAt() != null) {
            Seen seen = seen(event.getSession(), order);
            seen.confirmed = true;
            seen.lastDate = order.promisedDate();
            seen.status = order.status();
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof SalesOrder order) || event.getOldState() == null) {
            return;
        }
        indexes(event.getPersister());
        Object[] old = event.getOldState();
        Seen seen = seen(event.getSession(), order);
        if (old[confirmedIndex] == null && order.confirmedAt() != null) {
            seen.confirmed = true;
        }
        if (!seen.dateKnown) {
            seen.firstDate = (LocalDate) old[promisedIndex];
            seen.dateKnown = true;
        }
        seen.lastDate = order.promisedDate();
        seen.status = order.status();
        OrderStatus before = (OrderStatus) old[statusIndex];
        if (before != order.status()) {
            // All of it gone (one step, or the last of a partial shipment); delivery told once it is recorded.
            seen.shipped |= order.status() == OrderStatus.SHIPPED;
            seen.delivered |= order.status() == OrderStatus.DELIVERED;
        }
    }

    private void indexes(EntityPersister persister) {
        if (promisedIndex < 0) {
            List<String> names = Arrays.asList(persister.getPropertyNames());
            confirmedIndex = names.indexOf("confirmedAt");
            statusIndex = names.indexOf("status");
            promisedIndex = names.indexOf("promisedDate");
        }
    }

    private Seen seen(SharedSessionContractImplementor session, SalesOrder order) {
        Map<Long, Seen> orders = bySession.get(session);
        if (orders == null) {
            Map<Long, Seen> fresh = new LinkedHashMap<>();
            bySession.put(session, fresh);
            var callbacks = session.getTransactionCompletionCallbacks();
            callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) s -> write(s, fresh));
            callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (ok, s) ->
                    bySession.remove(session));
            orders = fresh;
        }
        return orders.computeIfAbsent(order.id(), id -> new Seen(order.customerId()));
    }

    private void write(SharedSessionContractImplementor session, Map<Long, Seen> orders) {
        Instant at = session.getInterceptor() instanceof AuditScope scope ? scope.now() : Instant.now();
        Map<Long, Seen> copy = new LinkedHashMap<>(orders);
        orders.clear();
        session.doWork(c -> {
            for (Map.Entry<Long, Seen> e : copy.entrySet()) {
                write(c, e.getKey(), e.getValue(), at);
            }
        });
    }

    private void write(Connection c, long orderId, Seen seen, Instant at) throws SQLException {
        if (seen.confirmed) {
            // A first promise is told by the confirmation itself, never as a delay.
            JdbcOutbox.insert(c, ids.next(c), new NewMail(MailKind.ORDER_CONFIRMED, seen.customerId, orderId, null,
                    null, null, null, null, null), at);
        } else if (seen.dateKnown && DelaySlip.slipped(seen.status, seen.firstDate, seen.lastDate)) {
            JdbcOutbox.insert(c, ids.next(c), new NewMail(MailKind.ORDER_DELAYED, seen.customerId, orderId, null,
                    DelaySlip.detail(seen.firstDate, seen.lastDate), null, null, null, null), at);
        }
        if (seen.shipped) {
            JdbcOutbox.insert(c, ids.next(c), new NewMail(MailKind.ORDER_SHIPPED, seen.customerId, orderId, null,
                    null, null, null, null, null), at);
        }
        if (seen.delivered) {
            JdbcOutbox.insert(c, ids.next(c), new NewMail(MailKind.ORDER_DELIVERED, seen.customerId, orderId, null,
                    null, null, null, null, null), at);
        }
    }
}
