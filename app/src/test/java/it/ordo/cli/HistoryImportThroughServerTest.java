package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.Internals;
import it.ordo.domain.security.Role;
import it.ordo.infrastructure.persistence.JpaTransactions;
import it.ordo.infrastructure.remote.ServerFixture;
import it.ordo.testing.TestCompany;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ordo --server URL order import-history}: a manager's workstation, with the server's address and a password
 * only, reads the file and sends its rows to a real Ordo server (HTTPS on the loopback address) in chunks; the
 * server's database gets the orders, the batch is the manager's, and an order-desk user is refused.
 */
class HistoryImportThroughServerTest {

    @TempDir
    static Path dir;

    private static TestCompany company;
    private static ServerFixture fixture;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void start() throws IOException {
        company = TestCompany.standard();
        fixture = new ServerFixture(company, Files.createDirectories(dir.resolve("tls")), Role.MANAGER,
                Role.ORDER_DESK);
    }

    @AfterAll
    static void stop() {
        fixture.close();
        company.close();
    }

    @Test
    void theWorkstationSendsTheRowsAndTheServerWritesThePastOrders() throws IOException {
        Path file = Files.writeString(dir.resolve("storico.csv"), """
                Fattura;Cliente;Articolo;Pezzi;Prezzo;Data;Stato;Spedito il
                F-1;C-A;P1;2;10;2025-05-02 09:00;spedito;2025-05-03 10:00
                F-1;C-A;P3;1;100;2025-05-02 09:00;spedito;2025-05-03 10:00
                F-2;C-B;P2;4;2,50;2025-05-05;consegnato;2025-05-04
                """, StandardCharsets.UTF_8);
        String[] columns = {"--column", "Fattura=ORDER_KEY", "--column", "Cliente=CUSTOMER", "--column",
            "Articolo=SKU", "--column", "Pezzi=QUANTITY", "--column", "Prezzo=UNIT_PRICE", "--column",
            "Data=ORDER_DATE", "--column", "Stato=STATUS", "--column", "Spedito il=SHIP_DATE"};

        Result refused = run(Role.ORDER_DESK, "order", "import-history", file.toString(), columns);
        assertThat(refused.exit()).as(refused.out() + refused.err()).isEqualTo(Cli.REFUSED);
        assertThat(count("SELECT COUNT(*) FROM history_batch")).isZero();

        Result done = run(Role.MANAGER, "order", "import-history", file.toString(), columns);
        // F-2 left the day before it was ordered: refused, and the exit says a row was.
        assertThat(done.exit()).as(done.err()).isEqualTo(Cli.REFUSED);
        assertThat(done.out()).contains("orders: 1 (1 sales, 0 cancellations)").contains("lines: 2")
                .contains("rows refused: 1").contains("ship date before the order date");
        assertThat(count("SELECT COUNT(*) FROM sales_order o JOIN history_order h ON h.order_id = o.id"
                + " WHERE h.order_key = 'F-1' AND o.status = 'SHIPPED' AND o.net_total = 120.00"
                + " AND h.shipped_at IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM history_batch WHERE started_by = 'manager'")).isEqualTo(1);

        Result again = run(Role.MANAGER, "order", "import-history", file.toString(), columns);
        assertThat(again.out()).contains("orders imported before (not written again): 1");
        assertThat(count("SELECT COUNT(*) FROM history_order")).isEqualTo(1);
    }

    private static long count(String sql) {
        JpaTransactions tx = Internals.transactions(company.ctx);
        return tx.read(() -> ((Number) tx.em().createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static Result run(Role role, String command, String subcommand, String file, String... options) {
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dir.resolve("workstation").toString(),
                "--server", fixture.address.toString(), "--user", ServerFixture.username(role), command, subcommand,
                file));
        all.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(all.toArray(String[]::new), o, e, Map.of("ORDO_PASSWORD", ServerFixture.PASSWORD));
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
