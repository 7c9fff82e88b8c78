package it.ordo.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The runtime account's privileges, given by the owner after every migration: the use cases read and write
 * data and nothing more. Run over every table and sequence of Ordo's schema as it is now, so a table a later
 * migration adds is granted without a hand-written GRANT; the audit tables are the exception, readable and
 * INSERT-only, so a leaked runtime password cannot rewrite history. The runtime account gets no DDL, no
 * routines, jars or database properties (Derby gives those to the database owner alone once SQL
 * authorization is on), and on Derby even its own schema belongs to the owner, so it cannot create a Java
 * function there either.
 */
final class LeastPrivilege {

    /** Written once, never changed: SELECT and INSERT only. The audit trail. */
    static final Set<String> APPEND_ONLY = Set.of("audit_log");

    /**
     * Who may do what: users (their password hashes, roles, lockouts), the public API's keys and the agents'
     * customers. Read-only for the runtime account; the server writes them on the owner's connections
     * ({@link Database#identityDataSource}), so a leaked runtime password cannot give itself a role, set an
     * administrator's password or make an API key.
     */
    static final Set<String> READ_ONLY = Set.of("user_account", "user_account_role", "api_client",
            "sales_agent_customer");

    /** Columns of {@link #READ_ONLY} tables the runtime account still writes: when an API key was last used. */
    static final java.util.Map<String, String> WRITABLE_COLUMNS = java.util.Map.of("api_client", "last_used_at");

    /** Flyway's own bookkeeping: only the owner, who migrates, needs it. */
    static final Set<String> OWNER_ONLY = Set.of("flyway_schema_history");

    /** A plain SQL identifier: account names are spliced into GRANT statements, which take no parameters. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

    private LeastPrivilege() {
    }

    /**
     * Grants {@code settings.user()} what the use cases need, on the owner's connection (auto-commit). On
     * Derby also creates the runtime account, or sets its password: the server holds it in memory only.
     *
     * @throws DatabaseStartException {@code db.start.grants} when the owner cannot grant (e.g. the runtime
     *                                role does not exist on PostgreSQL)
     */
    static void apply(Connection owner, DatabaseSettings settings) {
        String runtime = settings.user();
        if (runtime == null || !IDENTIFIER.matcher(runtime).matches()
                || runtime.equalsIgnoreCase(settings.ownerUser())) {
            throw new DatabaseStartException("db.start.runtimeAccount", String.valueOf(runtime));
        }
        try {
            owner.setAutoCommit(true);
            if (settings.isDerby()) {
                derby(owner, runtime.toUpperCase(Locale.ROOT), settings.password());
            } else {
                postgres(owner, runtime);
            }
        } catch (SQLException e) {
            throw new DatabaseStartException("db.start.grants", runtime, String.valueOf(e.getMessage()));
        }
    }

    private static void derby(Connection c, String runtime, String password) throws SQLException {
        boolean exists;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM SYS.SYSUSERS WHERE USERNAME = ?")) {
            s.setString(1, runtime);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                exists = rs.getInt(1) > 0;
            }
        }
        try (PreparedStatement s = c.prepareStatement(exists ? "CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD(?, ?)"
                : "CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
            s.setString(1, runtime);
            s.setString(2, password);
            s.execute();
        }
        // Any account may create objects in the schema of its own name, Java functions included: the owner takes
        // that schema first.
        if (query(c, "SELECT SCHEMANAME FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = '" + runtime + "'").isEmpty()) {
            execute(c, "CREATE SCHEMA " + runtime);
        }
        String schema = DatabaseSettings.DERBY_SCHEMA;
        String inSchema = " FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID WHERE s.SCHEMANAME = '"
                + schema + "' AND t.TABLETYPE = ";
        for (String table : query(c, "SELECT t.TABLENAME" + inSchema + "'T'")) {
            grantTable(c, schema + ".\"" + table + "\"", table, runtime);
        }
        for (String view : query(c, "SELECT t.TABLENAME" + inSchema + "'V'")) {
            execute(c, "GRANT SELECT ON " + schema + ".\"" + view + "\" TO " + runtime);
        }
        for (String sequence : query(c, "SELECT q.SEQUENCENAME FROM SYS.SYSSEQUENCES q JOIN SYS.SYSSCHEMAS s"
                + " ON q.SCHEMAID = s.SCHEMAID WHERE s.SCHEMANAME = '" + schema + "'")) {
            execute(c, "GRANT USAGE ON SEQUENCE " + schema + ".\"" + sequence + "\" TO " + runtime);
        }
    }

    private static void postgres(Connection c, String runtime) throws SQLException {
        String schema = query(c, "SELECT current_schema()").getFirst();
        execute(c, "GRANT USAGE ON SCHEMA \"" + schema + "\" TO " + runtime);
        // PostgreSQL lets everybody create temporary tables and functions: nothing of Ordo needs them.
        execute(c, "REVOKE TEMPORARY ON DATABASE \"" + query(c, "SELECT current_database()").getFirst() + "\" FROM PUBLIC");
        String inSchema = " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                + " AND c.relkind IN ";
        for (String table : query(c, "SELECT c.relname" + inSchema + "('r', 'p')")) {
            grantTable(c, "\"" + schema + "\".\"" + table + "\"", table, runtime);
        }
        for (String view : query(c, "SELECT c.relname" + inSchema + "('v', 'm')")) {
            execute(c, "GRANT SELECT ON \"" + schema + "\".\"" + view + "\" TO " + runtime);
        }
        for (String sequence : query(c, "SELECT c.relname" + inSchema + "('S')")) {
            execute(c, "GRANT USAGE, SELECT ON SEQUENCE \"" + schema + "\".\"" + sequence + "\" TO " + runtime);
        }
    }

    private static void grantTable(Connection c, String qualified, String name, String runtime) throws SQLException {
        String table = name.toLowerCase(Locale.ROOT);
        if (OWNER_ONLY.contains(table)) {
            return;
        }
        if (READ_ONLY.contains(table)) {
            execute(c, "GRANT SELECT ON " + qualified + " TO " + runtime);
            // A database whose runtime account had more (an earlier release gave it all four) loses it.
            execute(c, "REVOKE INSERT, UPDATE, DELETE ON " + qualified + " FROM " + runtime);
            String column = WRITABLE_COLUMNS.get(table);
            if (column != null) {
                execute(c, "GRANT UPDATE (" + column + ") ON " + qualified + " TO " + runtime);
            }
            return;
        }
        if (APPEND_ONLY.contains(table)) {
            execute(c, "GRANT SELECT, INSERT ON " + qualified + " TO " + runtime);
            // A database whose runtime account had more (granted by hand, or by an earlier release) loses it.
            execute(c, "REVOKE UPDATE, DELETE ON " + qualified + " FROM " + runtime);
            return;
        }
        execute(c, "GRANT SELECT, INSERT, UPDATE, DELETE ON " + qualified + " TO " + runtime);
    }

    private static List<String> query(Connection c, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
