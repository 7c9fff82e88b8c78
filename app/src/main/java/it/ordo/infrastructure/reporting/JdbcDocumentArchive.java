package it.ordo.infrastructure.reporting;

import it.ordo.application.reporting.DocumentArchive;
import it.ordo.infrastructure.persistence.JpaTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Optional;
import java.util.TimeZone;
import org.hibernate.Session;

/**
 * {@code order_document} with plain SQL on the transaction's connection: a kept document is bytes written
 * once, no entity to track or audit (the order's own history says when it was confirmed).
 */
public final class JdbcDocumentArchive implements DocumentArchive {

    private final JpaTransactions tx;

    public JdbcDocumentArchive(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<KeptDocument> find(long orderId, String kind) {
        return tx.em().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT content, created_at, language, sha256 FROM order_document WHERE order_id = ? AND kind = ?")) {
                s.setLong(1, orderId);
                s.setString(2, kind);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new KeptDocument(rs.getBytes(1), rs.getTimestamp(2, utc()).toInstant(),
                            rs.getString(3), rs.getString(4).strip()));
                }
            }
        });
    }

    @Override
    public boolean keep(long orderId, String kind, KeptDocument document) {
        if (find(orderId, kind).isPresent()) {
            return false; // the first copy stays, whoever made it
        }
        return tx.em().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO order_document (order_id, kind, created_at, language, sha256, content)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                s.setLong(1, orderId);
                s.setString(2, kind);
                s.setTimestamp(3, Timestamp.from(document.createdAt()), utc());
                s.setString(4, document.language());
                s.setString(5, document.sha256());
                s.setBytes(6, document.content());
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Times stored in UTC, as every timestamp Ordo writes with plain SQL. */
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
