package it.ordo.infrastructure.persistence;

import it.ordo.domain.order.OrderDraftRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;
import org.hibernate.Session;

/**
 * {@code order_draft} with plain SQL on the transaction's connection: a draft
 * is no entity Hibernate tracks, so the audit listener never sees it.
 */
public final class JdbcOrderDraftRepository implements OrderDraftRepository {

    private final JpaTransactions tx;

    public JdbcOrderDraftRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(String username, java.time.Instant savedAt, String payload) {
        tx.em().unwrap(Session.class).doWork(c -> {
            // Update first, insert when there was nothing to update: portable on Derby and PostgreSQL.
            int updated;
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE order_draft SET saved_at = ?, payload = ? WHERE username = ?")) {
                s.setTimestamp(1, Timestamp.from(savedAt), AuditJson.utc());
                s.setString(2, payload);
                s.setString(3, username);
                updated = s.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO order_draft (username, saved_at, payload) VALUES (?, ?, ?)")) {
                    s.setString(1, username);
                    s.setTimestamp(2, Timestamp.from(savedAt), AuditJson.utc());
                    s.setString(3, payload);
                    s.executeUpdate();
                }
            }
        });
    }

    @Override
    public Optional<StoredDraft> find(String username) {
        return tx.em().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT saved_at, payload FROM order_draft WHERE username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredDraft(rs.getTimestamp(1, AuditJson.utc()).toInstant(), rs.getString(2)));
                }
            }
        });
    }

    @Override
    public void delete(String username) {
        tx.em().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM order_draft WHERE username = ?")) {
                s.setString(1, username);
                s.executeUpdate();
            }
        });
    }
}
