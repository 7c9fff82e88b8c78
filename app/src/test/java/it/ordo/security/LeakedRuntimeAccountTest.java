package it.ordo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.testing.TestCompany;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The runtime account the Ordo server's use cases run as, used directly as if its password had leaked
 * (on the Derby Network Server and on PostgreSQL, where an owner account migrates and grants): it reads
 * and writes data, and nothing more. No DDL, no Java routines, jars or database class path, no other
 * database of its own, no rewriting of the audit trail or of a user's roles. Embedded Derby has one
 * account (the single-workstation mode): nothing to prove there.
 */
@Tag("db")
class LeakedRuntimeAccountTest {

    private static TestCompany company;

    @BeforeAll
    static void company() {
        company = TestCompany.standard();
        company.ctx.users().add("magazzino", java.util.List.of(it.ordo.domain.security.Role.WAREHOUSE),
                "Magazzino-2026!");
        company.receive("P1", "MIL", "10");
        company.order("C-A", "leak-1", "P1", "2");
    }

    @AfterAll
    static void close() {
        company.close();
    }

    @Test
    void theUseCasesRunAsTheRuntimeAccountWhichReadsAndWritesData() throws SQLException {
        DatabaseSettings s = shared();
        try (Connection c = runtime(); Statement st = c.createStatement()) {
            assertThat(count(st, "SELECT COUNT(*) FROM sales_order")).isPositive();
            assertThat(count(st, "SELECT COUNT(*) FROM audit_log")).isPositive();
            assertThat(st.executeUpdate("UPDATE customer SET name = name WHERE code = 'C-A'")).isEqualTo(1);
        }
        assertThat(s.user()).isNotEqualToIgnoringCase(s.ownerUser());
    }

    @Test
    void noDdlOnOrdosTablesNorObjectsOfItsOwn() throws SQLException {
        shared();
        refused("CREATE TABLE evil (id INT)");
        refused("CREATE TABLE " + schema() + "evil (id INT)");
        refused("DROP TABLE " + schema() + "audit_log");
        refused("ALTER TABLE " + schema() + "user_account ADD COLUMN backdoor INT");
        refused("CREATE INDEX ix_evil ON " + schema() + "sales_order (customer_id)");
        refused("CREATE VIEW evil_view AS SELECT * FROM " + schema() + "user_account");
        refused("CREATE SCHEMA evil");
        notGranted("GRANT SELECT ON " + schema() + "user_account TO PUBLIC");
        refused("SELECT COUNT(*) FROM " + schema() + "\"flyway_schema_history\""); // Flyway's name is lower case
        try (Connection c = runtime(); Statement st = c.createStatement()) {
            assertThat(count(st, "SELECT COUNT(*) FROM user_account")).isPositive(); // untouched, and still there
        }
    }

    @Test
    void theAuditTrailCanBeWrittenButNeverChangedOrDeleted() throws SQLException {
        shared();
        long before;
        try (Connection c = runtime(); Statement st = c.createStatement()) {
            before = count(st, "SELECT COUNT(*) FROM audit_log");
        }
        refused("UPDATE audit_log SET username = 'nobody'");
        refused("DELETE FROM audit_log");
        refused("DELETE FROM audit_log WHERE entity = 'SalesOrder'");
        try (Connection c = runtime(); Statement st = c.createStatement()) {
            assertThat(count(st, "SELECT COUNT(*) FROM audit_log")).isEqualTo(before);
            assertThat(count(st, "SELECT COUNT(*) FROM audit_log WHERE username = 'nobody'")).isZero();
        }
    }

    /**
     * Every way to a role the leaked account might try: give a user a role, set an administrator's password
     * hash to one it knows, unlock or re-enable a user, add a user, make itself an API key or an agent's
     * customer. Each is refused, and the server's own use cases (on the owner's connections) still do them.
     */
    @Test
    void whoMayDoWhatCannotBeChangedDirectly() throws SQLException {
        shared();
        long id;
        try (Connection c = runtime(); Statement st = c.createStatement()) {
            id = count(st, "SELECT id FROM user_account WHERE username = 'magazzino'");
        }
        refused("UPDATE user_account_role SET role = 'ADMIN'");
        refused("DELETE FROM user_account_role");
        refused("INSERT INTO user_account_role (user_id, role) VALUES (" + id + ", 'ADMIN')");
        refused("UPDATE user_account SET password_hash = 'known' WHERE username = 'magazzino'");
        refused("UPDATE user_account SET disabled = false, failed_attempts = 0");
        refused("INSERT INTO user_account (id, username, password_hash, disabled, failed_attempts,"
                + " must_change_password, created_at, version) VALUES (999999, 'mallory', 'x', false, 0, false,"
                + " CURRENT_TIMESTAMP, 0)");
        refused("DELETE FROM user_account WHERE username = 'magazzino'");
        refused("UPDATE api_client SET revoked = true");
        refused("DELETE FROM sales_agent_customer");
        try (Connection c = runtime(); Statement st = c.createStatement()) {
            assertThat(count(st, "SELECT COUNT(*) FROM user_account_role WHERE user_id = " + id + " AND role = 'ADMIN'"))
                    .isZero();
            assertThat(count(st, "SELECT COUNT(*) FROM user_account WHERE username = 'mallory'")).isZero();
        }

        company.ctx.users().disable("magazzino");
        company.ctx.users().enable("magazzino");
        company.ctx.users().resetPassword("magazzino", "Magazzino-2027!");
        assertThat(company.ctx.users().list()).anySatisfy(u -> assertThat(u.username()).isEqualTo("magazzino"));
    }

    @Test
    void onDerbyNoJarNoClassPathNoJavaFunctionNoDatabaseOfItsOwn() {
        DatabaseSettings s = shared();
        assumeTrue(s.isDerbyNetwork(), "Derby Network Server");
        refused("CALL SQLJ.INSTALL_JAR('file:/tmp/evil.jar', 'APP.EVIL', 0)");
        refused("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.classpath', 'APP.EVIL')");
        refused("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'false')");
        refused("CREATE FUNCTION env(name VARCHAR(100)) RETURNS VARCHAR(1000) LANGUAGE JAVA PARAMETER STYLE JAVA"
                + " NO SQL EXTERNAL NAME 'java.lang.System.getenv'");
        refused("CREATE FUNCTION APP.env(name VARCHAR(100)) RETURNS VARCHAR(1000) LANGUAGE JAVA PARAMETER STYLE JAVA"
                + " NO SQL EXTERNAL NAME 'java.lang.System.getenv'");
        refused("CALL SYSCS_UTIL.SYSCS_EXPORT_TABLE('APP', 'USER_ACCOUNT', '/tmp/ordo-leak.csv', null, null, null)");
        refused("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('/tmp/ordo-leak-backup')");
        refused("CALL SYSCS_UTIL.SYSCS_CREATE_USER('mallory', 'mallory-password')");
        refused("CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD('" + s.ownerUser() + "', 'mallory-password')");
        refused("CREATE TRIGGER APP.evil AFTER INSERT ON APP.audit_log FOR EACH STATEMENT VALUES 1");
        // A database of its own, where it would be the owner and could do all of the above: refused at sign-in.
        String other = s.url().substring(0, s.url().lastIndexOf('/') + 1) + "mallory;create=true";
        assertThatThrownBy(() -> DriverManager.getConnection(other, s.user(), s.password()).close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08004"));
        assertThatThrownBy(() -> DriverManager.getConnection(s.url() + ";shutdown=true", s.user(), s.password()).close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08004"));
    }

    @Test
    void onPostgresNoFunctionNoTemporaryTablesNoServerFiles() {
        DatabaseSettings s = shared();
        assumeTrue(s.isPostgres(), "PostgreSQL");
        refused("CREATE FUNCTION evil() RETURNS int LANGUAGE sql AS 'SELECT 1'");
        refused("CREATE TEMPORARY TABLE evil (id int)");
        refused("COPY user_account TO '/tmp/ordo-leak.csv'");
        refused("SET ROLE " + s.ownerUser());
    }

    /** Skips on embedded Derby, which has one account. */
    private static DatabaseSettings shared() {
        DatabaseSettings s = company.settings();
        assumeTrue(s.separateOwner(), "an owner and a runtime account (Derby Network Server, PostgreSQL)");
        return s;
    }

    private static String schema() {
        return company.settings().isDerby() ? DatabaseSettings.DERBY_SCHEMA + "." : "public.";
    }

    /** The runtime account, straight through JDBC, in Ordo's schema. */
    private static Connection runtime() throws SQLException {
        DatabaseSettings s = company.settings();
        Connection c = DriverManager.getConnection(s.url(), s.user(), s.password());
        if (s.isDerby()) {
            c.setSchema(DatabaseSettings.DERBY_SCHEMA);
        }
        return c;
    }

    /** Refused for want of a privilege (SQLState 425xx on Derby, 42501 on PostgreSQL), and nothing changed. */
    private static void refused(String sql) {
        assertThatThrownBy(() -> {
            try (Connection c = runtime(); Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).matches("425\\d\\d"));
    }

    /**
     * A GRANT on a table it does not own: Derby refuses it; PostgreSQL only warns "no privileges were granted".
     * Either way PUBLIC may not read the table afterwards.
     */
    private static void notGranted(String sql) throws SQLException {
        if (company.settings().isDerby()) {
            refused(sql);
            return;
        }
        try (Connection c = runtime(); Statement st = c.createStatement()) {
            st.execute(sql);
            try (ResultSet rs = st.executeQuery("SELECT has_table_privilege('public', 'user_account', 'SELECT')")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as(sql).isFalse();
            }
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
