package it.ordo.infrastructure.persistence;

import it.ordo.domain.api.ApiClient;
import it.ordo.domain.api.ApiClientRepository;
import it.ordo.domain.api.ApiScope;
import it.ordo.domain.order.Channel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * {@code api_client} and {@code api_idempotency} with plain SQL on the
 * transaction's connection: looked up once per API request by the key's hash,
 * which the unique index answers.
 */
public final class JdbcApiClientRepository implements ApiClientRepository {

    private static final String COLUMNS = "name, key_hash, key_hint, channel, scopes, agent_username, "
            + "requests_per_minute, revoked, created_at, created_by, revoked_at, last_used_at";

    private final JpaTransactions tx;

    public JdbcApiClientRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(ApiClient c) {
        tx.em().unwrap(Session.class).doWork(con -> {
            try (PreparedStatement s = con.prepareStatement("INSERT INTO api_client (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, c.name());
                s.setString(2, c.keyHash());
                s.setString(3, c.keyHint());
                s.setString(4, c.channel().name());
                s.setString(5, c.scopes().stream().map(Enum::name).collect(Collectors.joining(",")));
                s.setString(6, c.agent());
                s.setInt(7, c.requestsPerMinute());
                s.setBoolean(8, c.revoked());
                s.setTimestamp(9, ts(c.createdAt()), AuditJson.utc());
                s.setString(10, c.createdBy());
                s.setTimestamp(11, ts(c.revokedAt()), AuditJson.utc());
                s.setTimestamp(12, ts(c.lastUsedAt()), AuditJson.utc());
                s.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ApiClient> findByName(String name) {
        return one("SELECT " + COLUMNS + " FROM api_client WHERE name = ?", name);
    }

    @Override
    public Optional<ApiClient> findByKeyHash(String keyHash) {
        return one("SELECT " + COLUMNS + " FROM api_client WHERE key_hash = ?", keyHash);
    }

    @Override
    public List<ApiClient> list() {
        return tx.em().unwrap(Session.class).doReturningWork(con -> {
            try (PreparedStatement s = con.prepareStatement("SELECT " + COLUMNS + " FROM api_client ORDER BY name");
                 ResultSet rs = s.executeQuery()) {
                List<ApiClient> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(read(rs));
                }
                return all;
            }
        });
    }

    @Override
    public boolean revoke(String name, Instant at) {
        return update("UPDATE api_client SET revoked = ?, revoked_at = ? WHERE name = ? AND revoked = ?",
                s -> {
                    s.setBoolean(1, true);
                    s.setTimestamp(2, ts(at), AuditJson.utc());
                    s.setString(3, name);
                    s.setBoolean(4, false);
                }) > 0;
    }

    @Override
    public void touch(String name, Instant at) {
        update("UPDATE api_client SET last_used_at = ? WHERE name = ?", s -> {
            s.setTimestamp(1, ts(at), AuditJson.utc());
            s.setString(2, name);
        });
    }

    @Override
    public Optional<String> orderFor(String clientName, String idempotencyKey) {
        return tx.em().unwrap(Session.class).doReturningWork(con -> {
            try (PreparedStatement s = con.prepareStatement(
                    "SELECT order_number FROM api_idempotency WHERE client_name = ? AND idempotency_key = ?")) {
                s.setString(1, clientName);
                s.setString(2, idempotencyKey);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void remember(String clientName, String idempotencyKey, String orderNumber, Instant at) {
        update("INSERT INTO api_idempotency (client_name, idempotency_key, order_number, created_at) VALUES (?, ?, ?, ?)",
                s -> {
                    s.setString(1, clientName);
                    s.setString(2, idempotencyKey);
                    s.setString(3, orderNumber);
                    s.setTimestamp(4, ts(at), AuditJson.utc());
                });
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        return tx.em().unwrap(Session.class).doReturningWork(con -> {
            try (PreparedStatement s = con.prepareStatement(sql)) {
                binder.bind(s);
                return s.executeUpdate();
            }
        });
    }

    private Optional<ApiClient> one(String sql, String value) {
        return tx.em().unwrap(Session.class).doReturningWork(con -> {
            try (PreparedStatement s = con.prepareStatement(sql)) {
                s.setString(1, value);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    private static ApiClient read(ResultSet rs) throws SQLException {
        EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(rs.getString(5).split(",")).filter(s -> !s.isBlank()).map(ApiScope::valueOf).forEach(scopes::add);
        return new ApiClient(rs.getString(1), rs.getString(2).trim(), rs.getString(3), Channel.valueOf(rs.getString(4)),
                scopes, rs.getString(6), rs.getInt(7), rs.getBoolean(8), instant(rs.getTimestamp(9, AuditJson.utc())),
                rs.getString(10), instant(rs.getTimestamp(11, AuditJson.utc())),
                instant(rs.getTimestamp(12, AuditJson.utc())));
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
