package it.ordo.infrastructure.persistence;

import it.ordo.domain.audit.AuditEntry;
import it.ordo.domain.audit.AuditTrail;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Reads {@code audit_log} with plain SQL on the transaction's connection. */
public final class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS = "SELECT id, entity, entity_id, entity_key, action, username, workstation, "
            + "changed_at, changes FROM audit_log ";

    private final JpaTransactions tx;

    public JdbcAuditTrail(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<AuditEntry> ofOrder(String orderNumber) {
        return tx.em().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS
                    + "WHERE entity_key = ? AND entity IN ('SalesOrder', 'OrderLine') ORDER BY changed_at, id")) {
                s.setString(1, orderNumber);
                return read(s);
            }
        });
    }

    @Override
    public Optional<AuditEntry> latest(String entity, long entityId) {
        return tx.em().unwrap(Session.class).doReturningWork(c -> latest(c, entity, entityId));
    }

    /** The last entry of a record, on any connection (the transaction runner asks after a failed commit). */
    static Optional<AuditEntry> latest(Connection c, String entity, long entityId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COLUMNS
                + "WHERE entity = ? AND entity_id = ? ORDER BY changed_at DESC, id DESC")) {
            s.setMaxRows(1);
            s.setString(1, entity);
            s.setLong(2, entityId);
            return read(s).stream().findFirst();
        }
    }

    private static List<AuditEntry> read(PreparedStatement s) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                entries.add(new AuditEntry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        AuditEntry.Action.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8, AuditJson.utc()).toInstant(), AuditJson.read(rs.getString(9))));
            }
        }
        return entries;
    }
}
