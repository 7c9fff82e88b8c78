package it.ordo.audit;

import it.ordo.OrdoContext;
import it.ordo.application.CurrentUser;
import it.ordo.domain.audit.AuditEntry;
import it.ordo.domain.security.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Test helpers: the raw rows of audit_log, and operators working from their own workstations. */
final class AuditRows {

    /** One row as stored, with its changes parsed: field to {old, new}. */
    record Row(long id, String entity, long entityId, String key, String action, String user, String workstation,
               java.time.Instant at, Map<String, List<String>> changes) {

        String from(String field) {
            return changes.get(field) == null ? null : changes.get(field).get(0);
        }

        String to(String field) {
            return changes.get(field) == null ? null : changes.get(field).get(1);
        }
    }

    private AuditRows() {
    }

    /** Every audit row, oldest first, read with plain JDBC outside any use case. */
    static List<Row> all(OrdoContext ctx) {
        return query(ctx, "SELECT id, entity, entity_id, entity_key, action, username, workstation, changed_at, changes "
                + "FROM audit_log ORDER BY id");
    }

    static List<Row> of(OrdoContext ctx, String entity, String key) {
        return all(ctx).stream().filter(r -> r.entity().equals(entity) && key.equals(r.key())).toList();
    }

    static long count(OrdoContext ctx) {
        return all(ctx).size();
    }

    private static List<Row> query(OrdoContext ctx, String sql) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = ctx.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, List<String>> changes = new TreeMap<>();
                for (AuditEntry.FieldChange f : parse(rs.getString(9))) {
                    List<String> pair = new ArrayList<>();
                    pair.add(f.from());
                    pair.add(f.to());
                    changes.put(f.field(), pair);
                }
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")))
                                .toInstant(), changes));
            }
            c.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static List<AuditEntry.FieldChange> parse(String json) {
        try {
            var root = new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(json);
            List<AuditEntry.FieldChange> out = new ArrayList<>();
            root.fields().forEachRemaining(e -> out.add(new AuditEntry.FieldChange(e.getKey(), text(e.getValue().get(0)),
                    text(e.getValue().get(1)))));
            return out;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("changes are not JSON: " + json, e);
        }
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(i -> items.add(i.asText()));
            return String.join(", ", items);
        }
        return n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
    }

    /** Someone at another desk: a user name and a workstation of their own, every role. */
    static CurrentUser operator(String name, String workstation) {
        return new CurrentUser() {
            @Override
            public String username() {
                return name;
            }

            @Override
            public Set<Role> roles() {
                return EnumSet.allOf(Role.class);
            }

            @Override
            public String workstation() {
                return workstation;
            }
        };
    }
}
