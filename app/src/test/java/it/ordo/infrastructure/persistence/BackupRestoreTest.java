package it.ordo.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.ordo.OrdoContext;
import it.ordo.domain.DomainException;
import it.ordo.testing.TestCompany;
import it.ordo.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An online backup taken while two operators keep placing orders is a
 * consistent copy: restored into a new data folder it passes the integrity
 * check, holds at least every order committed before the backup began and no
 * order committed after it ended, and no order without its lines. Derby only
 * (embedded and Network Server): PostgreSQL is backed up with pg_dump.
 */
@Tag("db")
class BackupRestoreTest {

    @TempDir
    Path tmp;

    private TestCompany company;

    @BeforeEach
    void setUp() {
        assumeTrue(!"postgres".equals(TestDatabase.kind()), "Derby's backup; PostgreSQL has pg_dump");
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100000");
        company.receive("P2", "MIL", "100000");
    }

    @AfterEach
    void tearDown() {
        if (company != null) {
            company.close();
        }
    }

    @Test
    void aBackupTakenWhileOrdersArePlacedRestoresConsistently() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger placed = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService operators = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int operator = t;
            futures.add(operators.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    try {
                        company.order(operator == 0 ? "C-A" : "C-B", "OP" + operator + "-" + i, "P1", 1, "P2", "2.5");
                        placed.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(e);
                        return;
                    }
                }
            }));
        }
        while (placed.get() < 10 && failures.isEmpty()) {
            Thread.sleep(20);
        }

        long before = orders(company.ctx);
        // Embedded, the copy goes where it is asked; a served database copies only into its own backups
        // folder, on the server's disk, which this machine cannot look at first.
        Path asked = company.settings().isEmbedded() ? tmp.resolve("backup") : null;
        String folder = DerbyBackup.backup(company.ctx.database(), asked, company.clock);
        long after = orders(company.ctx);
        int placedByThen = placed.get();
        while (placed.get() < placedByThen + 5 && failures.isEmpty()) {
            Thread.sleep(20); // the others kept working, and keep working after the backup
        }
        running.set(false);
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        operators.shutdown();
        assertThat(failures).isEmpty();
        if (asked != null) {
            assertThat(Path.of(folder)).isEqualTo(asked.toAbsolutePath());
        } else {
            assertThatThrownBy(() -> DerbyBackup.backup(company.ctx.database(), tmp.resolve("elsewhere"), company.clock))
                    .isInstanceOf(DomainException.class).hasMessageContaining("cli.backup.toOnServer");
        }

        Path restored = tmp.resolve("restored");
        DatabaseSettings live = company.settings();
        // The backup is the whole database, its accounts too: restored and opened by its owner.
        String owner = live.separateOwner() ? live.ownerUser() : live.user();
        String ownerPassword = live.separateOwner() ? live.ownerPassword() : live.password();
        DerbyBackup.restore(Path.of(folder), restored, owner, ownerPassword);
        try (OrdoContext copy = OrdoContext.open(DatabaseSettings.embedded(restored, owner, ownerPassword),
                () -> "tester", company.clock)) {
            assertThat(copy.integrity().check()).isEmpty();
            long restoredOrders = orders(copy);
            assertThat(restoredOrders).isBetween(before, after);
            assertThat(restoredOrders).isLessThan(orders(company.ctx));
            try (Connection c = copy.database().dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThat(count(s, "SELECT COUNT(*) FROM sales_order o WHERE NOT EXISTS "
                        + "(SELECT 1 FROM sales_order_line l WHERE l.order_id = o.id)")).isZero();
                assertThat(count(s, "SELECT COUNT(*) FROM sales_order_line")).isEqualTo(2 * restoredOrders);
                assertThat(count(s, "SELECT COUNT(*) FROM order_status_history")).isGreaterThanOrEqualTo(restoredOrders);
            }
        }
    }

    @Test
    void aRestoreNeverOverwritesAFolderInUse() throws Exception {
        // The test server holds every test's database, and the other test backs up at the same clock time:
        // a minute later keeps the two copies in folders of their own, as one Ordo server's backups are.
        company.clock.advance(java.time.Duration.ofMinutes(1));
        String folder = DerbyBackup.backup(company.ctx.database(),
                company.settings().isEmbedded() ? tmp.resolve("b") : null, company.clock);
        Path used = tmp.resolve("used");
        Files.createDirectories(used.resolve("ordo"));

        assertThatThrownBy(() -> DerbyBackup.restore(Path.of(folder), used, null, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("cli.restore.notEmpty");
        assertThatThrownBy(() -> DerbyBackup.restore(tmp.resolve("nothing"), tmp.resolve("new"), null, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("cli.restore.notABackup");
    }

    private static long orders(OrdoContext ctx) throws SQLException {
        try (Connection c = ctx.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            return count(s, "SELECT COUNT(*) FROM sales_order");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
