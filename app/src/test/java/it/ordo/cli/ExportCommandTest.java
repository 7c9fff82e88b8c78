package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderView;
import it.ordo.testing.TestCompany;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ordo export sales}: the files an accountant gets, and the messages for what cannot be done. */
class ExportCommandTest {

    private static TestCompany company;
    private static List<OrderView> sold;

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void sales() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.clock.set(LocalDate.of(2026, 11, 2).atTime(10, 0).atZone(TestCompany.ROME).toInstant());
        sold = List.of(company.order("C-A", "A-1", "P1", "3", "P2", "4.5"), company.order("C-B", "B-1", "P3", "1"));
    }

    @AfterAll
    static void close() {
        company.close();
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = company.dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(all, o, e, Map.of());
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSalesOfAPeriodGoToAnXlsxAndACsvBesideIt() throws Exception {
        Path xlsx = dir.resolve("vendite-novembre.xlsx");
        Result r = run("export", "sales", "--from", "2026-11-01", "--to", "2026-11-30", "--out", xlsx.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(xlsx.toString()).contains(dir.resolve("vendite-novembre.csv").toString());
        assertThat(r.err()).contains("2 orders");
        BigDecimal stored = sold.stream().map(OrderView::grossTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet documents = book.getSheet("Documents");
            int total = documents.getRow(0).getLastCellNum() - 1;
            BigDecimal cells = BigDecimal.ZERO;
            for (Row row : documents) {
                if (row.getRowNum() > 0) {
                    cells = cells.add(BigDecimal.valueOf(row.getCell(total).getNumericCellValue())
                            .setScale(2, RoundingMode.HALF_UP));
                }
            }
            assertThat(cells).isEqualByComparingTo(stored);
        }
        assertThat(Files.readAllLines(dir.resolve("vendite-novembre.csv"))).hasSize(3);
    }

    @Test
    void anExistingFileIsKeptUnlessForcedAndAReversedPeriodIsRefused() throws Exception {
        Path csv = dir.resolve("vendite.csv");
        Files.writeString(csv, "già inviato");

        Result kept = run("export", "sales", "--from", "2026-11-01", "--to", "2026-11-30", "--out", csv.toString());
        assertThat(kept.exit()).isEqualTo(Cli.USAGE);
        assertThat(Files.readString(csv)).isEqualTo("già inviato");

        Result reversed = run("export", "sales", "--from", "2026-11-30", "--to", "2026-11-01", "--out",
                dir.resolve("x.csv").toString());
        assertThat(reversed.exit()).isEqualTo(Cli.REFUSED);
        assertThat(reversed.err()).contains("reversed");
        assertThat(dir.resolve("x.csv")).doesNotExist();

        Result forced = run("export", "sales", "--from", "2026-11-01", "--to", "2026-11-30", "--out", csv.toString(),
                "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Files.readString(csv)).contains(sold.getFirst().number());
    }
}
