package it.ordo.infrastructure.persistence;

import it.ordo.domain.notification.DelayedOrder;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.MailSettings;
import it.ordo.domain.notification.MailStatus;
import it.ordo.domain.notification.NewMail;
import it.ordo.domain.notification.Outbox;
import it.ordo.domain.notification.OutboxEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.hibernate.Session;

/**
 * {@code mail_outbox} and {@code mail_settings} with plain SQL on the
 * transaction's connection: a message is a row that changes state, not a
 * record people edit, so it is neither an entity nor audited. A claim is a
 * conditional UPDATE (PENDING to SENDING): of two senders only one changes
 * the row, on Derby and PostgreSQL alike.
 */
public final class JdbcOutbox implements Outbox {

    private static final String COLUMNS = """
            SELECT m.id, m.kind, m.status, m.customer_id, c.code, m.order_id, o.order_number, m.ticket_id,
              t.ticket_number, m.detail, m.recipient, m.language, m.subject, m.body, m.attempts, m.created_at,
              m.next_attempt_at, m.sent_at, m.last_error
            FROM mail_outbox m JOIN customer c ON c.id = m.customer_id
              LEFT JOIN sales_order o ON o.id = m.order_id LEFT JOIN ticket t ON t.id = m.ticket_id""";

    private final JpaTransactions tx;
    private final JdbcIds ids;

    public JdbcOutbox(JpaTransactions tx) {
        this.tx = tx;
        this.ids = new JdbcIds(tx);
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T jdbc(Work<T> work) {
        return tx.em().unwrap(Session.class).doReturningWork(work::run);
    }

    @Override
    public long enqueue(NewMail mail, Instant at) {
        return jdbc(c -> insert(c, ids.next(c), mail, at));
    }

    /** Also used by the order listener, which writes in the flushing session's connection. */
    @Override
    public List<DelayedOrder> delayed(java.time.LocalDate today, String orderNumber, int limit) {
        // The statuses of DelaySlip.waiting: the customer still waits for the goods.
        String sql = """
                SELECT o.id, o.order_number, o.customer_id, c.code, c.name, o.status, o.requested_date, o.promised_date,
                  (SELECT MAX(m.created_at) FROM mail_outbox m WHERE m.order_id = o.id AND m.kind = 'ORDER_DELAYED')
                FROM sales_order o JOIN customer c ON c.id = o.customer_id
                WHERE o.status IN ('CONFIRMED', 'ON_HOLD', 'PICKING', 'PACKED')
                  AND (o.promised_date IS NULL OR o.promised_date < ?
                    OR (o.requested_date IS NOT NULL AND o.promised_date > o.requested_date)
                    OR EXISTS (SELECT 1 FROM mail_outbox d WHERE d.order_id = o.id AND d.kind = 'ORDER_DELAYED'))"""
                + (orderNumber == null ? "" : " AND o.order_number = ?")
                + " ORDER BY o.promised_date, o.id";
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setDate(1, java.sql.Date.valueOf(today));
                if (orderNumber != null) {
                    s.setString(2, orderNumber);
                }
                s.setMaxRows(limit);
                List<DelayedOrder> out = new java.util.ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Date requested = rs.getDate(7);
                        java.sql.Date promised = rs.getDate(8);
                        Timestamp warned = rs.getTimestamp(9, utc());
                        out.add(new DelayedOrder(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5), it.ordo.domain.order.OrderStatus.valueOf(rs.getString(6).strip()),
                                requested == null ? null : requested.toLocalDate(),
                                promised == null ? null : promised.toLocalDate(),
                                warned == null ? null : warned.toInstant()));
                    }
                }
                return out;
            }
        });
    }

    static long insert(Connection c, long id, NewMail mail, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO mail_outbox (id, kind, status, customer_id, order_id, ticket_id, detail, recipient, language,
                  subject, body, attempts, created_at, next_attempt_at) VALUES (?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")) {
            s.setLong(1, id);
            s.setString(2, mail.kind().name());
            s.setLong(3, mail.customerId());
            setLong(s, 4, mail.orderId());
            setLong(s, 5, mail.ticketId());
            s.setString(6, mail.detail());
            s.setString(7, cut(mail.recipient(), 200));
            s.setString(8, mail.language());
            s.setString(9, cut(mail.subject(), 300));
            s.setString(10, cut(mail.body(), 8000));
            s.setTimestamp(11, Timestamp.from(at), utc());
            s.setTimestamp(12, Timestamp.from(at), utc());
            s.executeUpdate();
        }
        return id;
    }

    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        // A reply a person wrote to a waiting customer goes before the automatic notices, oldest first within
        // each: a backlog of confirmations (a mail server configured late) must not hold a reply for batches.
        return query(COLUMNS + " WHERE m.status = 'PENDING' AND m.next_attempt_at <= ?"
                + " ORDER BY CASE WHEN m.kind = 'TICKET_REPLY' THEN 0 ELSE 1 END, m.created_at, m.id",
                limit, 0, ts(now));
    }

    @Override
    public boolean claim(long id, Instant at) {
        return update("UPDATE mail_outbox SET status = 'SENDING', claimed_at = ? WHERE id = ? AND status = 'PENDING'",
                ts(at), id) == 1;
    }

    @Override
    public void rendered(long id, String recipient, String language, String subject, String body) {
        update("UPDATE mail_outbox SET recipient = ?, language = ?, subject = ?, body = ? WHERE id = ?",
                cut(recipient, 200), language, cut(subject, 300), cut(body, 8000), id);
    }

    @Override
    public void sent(long id, Instant at) {
        update("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, last_error = NULL WHERE id = ?", ts(at), id);
    }

    @Override
    public void retryAt(long id, int attempts, Instant next, String error) {
        update("UPDATE mail_outbox SET status = 'PENDING', attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                attempts, ts(next), cut(error, 500), id);
    }

    @Override
    public void close(long id, MailStatus status, int attempts, String error) {
        update("UPDATE mail_outbox SET status = ?, attempts = ?, last_error = ? WHERE id = ?", status.name(), attempts,
                cut(error, 500), id);
    }

    @Override
    public int setAside(Instant writtenBefore, String why) {
        return update("UPDATE mail_outbox SET status = 'SKIPPED', last_error = ? WHERE status = 'PENDING'"
                + " AND created_at < ?", cut(why, 500), ts(writtenBefore));
    }

    @Override
    public boolean requeue(long id, Instant at) {
        return update("UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, claimed_at = NULL"
                + " WHERE id = ? AND status IN ('FAILED', 'SENDING')", ts(at), id) == 1;
    }

    @Override
    public Optional<OutboxEntry> find(long id) {
        return query(COLUMNS + " WHERE m.id = ?", 1, 0, id).stream().findFirst();
    }

    @Override
    public List<OutboxEntry> list(MailStatus status, int offset, int limit) {
        return status == null
                ? query(COLUMNS + " ORDER BY m.created_at DESC, m.id DESC", limit, offset)
                : query(COLUMNS + " WHERE m.status = ? ORDER BY m.created_at DESC, m.id DESC", limit, offset,
                        status.name());
    }

    @Override
    public long count(MailStatus status) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(status == null ? "SELECT COUNT(*) FROM mail_outbox"
                    : "SELECT COUNT(*) FROM mail_outbox WHERE status = ?")) {
                if (status != null) {
                    s.setString(1, status.name());
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public List<OutboxEntry> ofCustomer(long customerId) {
        return query(COLUMNS + " WHERE m.customer_id = ? ORDER BY m.created_at DESC, m.id DESC", 1000, 0, customerId);
    }

    @Override
    public Optional<MailSettings> settings() {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT host, port, starttls, username, from_address FROM mail_settings WHERE id = 1");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new MailSettings(rs.getString(1), rs.getInt(2), rs.getBoolean(3),
                        rs.getString(4), rs.getString(5))) : Optional.empty();
            }
        });
    }

    @Override
    public void saveSettings(MailSettings m) {
        Object[] values = {m.host(), m.port(), m.startTls(), m.username(), m.fromAddress()};
        if (update("UPDATE mail_settings SET host = ?, port = ?, starttls = ?, username = ?, from_address = ? WHERE id = 1",
                values) == 0) {
            update("INSERT INTO mail_settings (host, port, starttls, username, from_address, id) VALUES (?, ?, ?, ?, ?, 1)",
                    values);
        }
    }

    private int update(String sql, Object... args) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, args);
                return s.executeUpdate();
            }
        });
    }

    private List<OutboxEntry> query(String sql, int limit, int offset, Object... args) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, args);
                s.setMaxRows(offset + limit);
                List<OutboxEntry> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    int skip = offset;
                    while (rs.next()) {
                        if (skip-- > 0) {
                            continue;
                        }
                        rows.add(new OutboxEntry(rs.getLong(1), MailKind.valueOf(rs.getString(2)),
                                MailStatus.valueOf(rs.getString(3)), rs.getLong(4), rs.getString(5), longOrNull(rs, 6),
                                rs.getString(7), longOrNull(rs, 8), rs.getString(9), rs.getString(10), rs.getString(11),
                                rs.getString(12), rs.getString(13), rs.getString(14), rs.getInt(15), instant(rs, 16),
                                instant(rs, 17), instant(rs, 18), rs.getString(19)));
                    }
                }
                return rows;
            }
        });
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            switch (a) {
                case null -> s.setNull(i + 1, Types.VARCHAR);
                case Timestamp t -> s.setTimestamp(i + 1, t, utc());
                case Long l -> s.setLong(i + 1, l);
                case Integer n -> s.setInt(i + 1, n);
                case Boolean b -> s.setBoolean(i + 1, b);
                default -> s.setString(i + 1, a.toString());
            }
        }
    }

    private static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, v);
        }
    }

    private static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        Timestamp t = rs.getTimestamp(i, utc());
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Times stored in UTC, as every timestamp Ordo writes with plain SQL. */
    static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
