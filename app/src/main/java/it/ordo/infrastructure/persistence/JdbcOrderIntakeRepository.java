package it.ordo.infrastructure.persistence;

import it.ordo.domain.Normalization;
import it.ordo.domain.order.OrderIntakeRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The intake tables of V14 with plain SQL on the transaction's connection: mappings, the customers' article
 * codes and the imported orders' sources are no entities Hibernate tracks (they are not audited either: the
 * orders an import places are, through the order path).
 */
public final class JdbcOrderIntakeRepository implements OrderIntakeRepository {

    private final JpaTransactions tx;
    private final JdbcIds ids;

    public JdbcOrderIntakeRepository(JpaTransactions tx) {
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
    public void saveMapping(StoredMapping mapping, Instant at, String user) {
        jdbc(c -> {
            update(c, "DELETE FROM intake_mapping_column WHERE mapping_name = ?", mapping.name());
            if (update(c, "UPDATE intake_mapping SET saved_at = ?, saved_by = ? WHERE name = ?", ts(at), user,
                    mapping.name()) == 0) {
                update(c, "INSERT INTO intake_mapping (name, saved_at, saved_by) VALUES (?, ?, ?)", mapping.name(),
                        ts(at), user);
            }
            int index = 0;
            for (StoredMapping.Column col : mapping.columns()) {
                update(c, "INSERT INTO intake_mapping_column (mapping_name, col_index, header, ordo_field)"
                        + " VALUES (?, ?, ?, ?)", mapping.name(), index++, col.header(), col.field());
            }
            return null;
        });
    }

    @Override
    public List<StoredMapping> mappings() {
        return jdbc(c -> {
            Map<String, List<StoredMapping.Column>> byName = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.name, c.header, c.ordo_field FROM intake_mapping m"
                    + " LEFT JOIN intake_mapping_column c ON c.mapping_name = m.name ORDER BY m.name, c.col_index");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<StoredMapping.Column> columns = byName.computeIfAbsent(rs.getString(1), n -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        columns.add(new StoredMapping.Column(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            List<StoredMapping> all = new ArrayList<>();
            byName.forEach((name, columns) -> all.add(new StoredMapping(name, List.copyOf(columns))));
            return all;
        });
    }

    @Override
    public void rememberMapping(long customerId, String mappingName, Instant at) {
        jdbc(c -> {
            if (update(c, "UPDATE intake_customer_mapping SET mapping_name = ?, used_at = ? WHERE customer_id = ?",
                    mappingName, ts(at), customerId) == 0) {
                update(c, "INSERT INTO intake_customer_mapping (customer_id, mapping_name, used_at) VALUES (?, ?, ?)",
                        customerId, mappingName, ts(at));
            }
            return null;
        });
    }

    @Override
    public Optional<String> lastMapping(long customerId) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT mapping_name FROM intake_customer_mapping WHERE customer_id = ?")) {
                s.setLong(1, customerId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Map<String, Long> articles(long customerId) {
        return jdbc(c -> {
            Map<String, Long> codes = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT code_key, product_id FROM customer_article WHERE customer_id = ?")) {
                s.setLong(1, customerId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        codes.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return codes;
        });
    }

    @Override
    public void saveArticle(long customerId, String code, long productId, Instant at, String user) {
        String key = Normalization.key(code);
        jdbc(c -> {
            if (update(c, "UPDATE customer_article SET code = ?, product_id = ?, created_at = ?, created_by = ?"
                    + " WHERE customer_id = ? AND code_key = ?", code, productId, ts(at), user, customerId, key) == 0) {
                update(c, "INSERT INTO customer_article (customer_id, code_key, code, product_id, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", customerId, key, code, productId, ts(at), user);
            }
            return null;
        });
    }

    @Override
    public void recordImport(ImportedOrder order) {
        jdbc(c -> update(c, "INSERT INTO order_import (id, file_name, fingerprint, order_key, external_ref,"
                        + " order_number, outcome, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ids.next(c), order.fileName(), order.fingerprint(), order.orderKey(), order.externalRef(),
                order.orderNumber(), order.outcome(), ts(order.at()), order.user()));
    }

    @Override
    public List<ImportedOrder> imports(String fingerprint) {
        return jdbc(c -> {
            List<ImportedOrder> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT file_name, fingerprint, order_key, external_ref,"
                    + " order_number, outcome, imported_at, imported_by FROM order_import WHERE fingerprint = ?"
                    + " ORDER BY id")) {
                s.setString(1, fingerprint);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new ImportedOrder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getTimestamp(7, AuditJson.utc()).toInstant(),
                                rs.getString(8)));
                    }
                }
            }
            return found;
        });
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case null -> s.setNull(i + 1, java.sql.Types.VARCHAR);
                    case Timestamp t -> s.setTimestamp(i + 1, t, AuditJson.utc());
                    case Long l -> s.setLong(i + 1, l);
                    case Integer n -> s.setInt(i + 1, n);
                    default -> s.setString(i + 1, args[i].toString());
                }
            }
            return s.executeUpdate();
        }
    }
}
