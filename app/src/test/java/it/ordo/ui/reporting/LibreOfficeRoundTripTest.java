package it.ordo.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.reporting.ExportFile;
import it.ordo.application.reporting.SalesExport;
import it.ordo.application.reporting.SalesExportWorkbook;
import it.ordo.application.reporting.SalesGrouping;
import it.ordo.application.reporting.SalesPeriod;
import it.ordo.application.reporting.SalesReportWorkbook;
import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.Priority;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of file Ordo writes for a spreadsheet, opened by LibreOffice as a user would open it (issue 12: "re-open
 * every exported file with POI and, where LibreOffice is installed, convert it headless and compare the values"): an
 * order list and an order's lines (.xlsx, with euro, percentage, date, moment and quantity cells and references that
 * look like formulas), the accounting export (.xlsx and its .csv) and a printed report's Excel. All are converted
 * to CSV by {@code soffice --headless}, every sheet of each, the workbooks in one run (LibreOffice starts slowly)
 * and the .csv told its charset in a second at the same time, each with a private profile; then every cell LibreOffice read is compared with what POI reads:
 * numbers as the same numbers, dates as the same dates, text that looks like a formula still that text, never
 * its result. The .csv is compared with the Documents sheet of the .xlsx it was written beside. Skipped, saying
 * so, where soffice is not installed.
 */
class LibreOfficeRoundTripTest {

    private static final Texts EN = new Texts(Locale.ENGLISH);
    /** Comma, double quote, UTF-8, from line 1, US English, every sheet to its own file (the last token, -1). */
    private static final String TO_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,"
            + "false,-1";
    /**
     * How the accounting software is told to read Ordo's CSV: comma, double quote, UTF-8, from line 1, and the
     * customer code, Partita IVA and Codice Fiscale columns (3, 5, 6) as text, or 01114601006 loses its zero.
     */
    private static final String FROM_CSV = "Text - txt - csv (StarCalc):44,34,76,1,3/2/5/2/6/2";

    @TempDir
    Path dir;

    @Test
    void libreOfficeReadsTheSameValuesAsPoiInEveryFileOrdoWrites() throws Exception {
        String soffice = soffice();
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice (soffice) is not installed: the round trip through LibreOffice is not checked here");
        Path in = Files.createDirectories(dir.resolve("in"));
        try (TestCompany company = TestCompany.standard()) {
            company.receive("P1", "MIL", "100");
            company.receive("P2", "MIL", "12.5");
            company.receive("P3", "MIL", "5");
            place(company, Channel.WEB, "C-A", "=HYPERLINK(\"http://x\")", "P1", "3", "P2", "2.5");
            place(company, Channel.WEB, "C-B", "@SUM(1+1)", "P3", "2");
            place(company, Channel.PHONE, "C-C", "-2+3", "P1", "7", "P3", "1");
            OrderQuery all = new OrderQuery(null, null, null, null, null, null, null, OrderSort.NUMBER, false, 0, 50);
            ExportJob.write(company.ctx.spreadsheets(), ListExports.orders(company.ctx.orders(), EN, all),
                    in.resolve("orders.xlsx"), TestCompany.ROME, (w, t) -> { }, () -> false);
            String first = company.ctx.orders().search(all).rows().getFirst().number();
            ExportJob.write(company.ctx.spreadsheets(), ListExports.orderLines(EN, company.ctx.orders().show(first)),
                    in.resolve("lines.xlsx"), TestCompany.ROME, (w, t) -> { }, () -> false);
            SalesPeriod month = new SalesPeriod(LocalDate.of(2026, 11, 1), TestCompany.TODAY);
            SalesExport export = company.ctx.salesExport().sales(month);
            for (SpreadsheetFormat format : List.of(SpreadsheetFormat.XLSX, SpreadsheetFormat.CSV)) {
                write(company, in.resolve("accounting." + format.name().toLowerCase(Locale.ROOT)), format,
                        w -> SalesExportWorkbook.write(export, w, format, EN::get));
            }
            write(company, in.resolve("report.xlsx"), SpreadsheetFormat.XLSX, w -> SalesReportWorkbook.write(
                    company.ctx.salesReports().sales(SalesGrouping.PRODUCT, month), w, EN::get));
        }
        Path out = convert(soffice, in);

        int compared = 0;
        for (String name : List.of("orders", "lines", "accounting", "report")) {
            try (InputStream stream = Files.newInputStream(in.resolve(name + ".xlsx"));
                 XSSFWorkbook book = new XSSFWorkbook(stream)) {
                for (Sheet sheet : book) {
                    compared += compare(name + ".xlsx, sheet " + sheet.getSheetName(), sheet,
                            csv(out.resolve(name + "-" + sheet.getSheetName() + ".csv")));
                }
                if (name.equals("accounting")) {
                    // The .csv holds the Documents sheet for the accounting software: LibreOffice reads its values.
                    compared += compare("accounting.csv", book.getSheetAt(0), csv(only(out, "accounting-csv")));
                }
            }
        }
        assertThat(compared).as("cells compared").isGreaterThan(300);
        // Spelled out, though compared above: what looks like a formula is read back as the text typed.
        assertThat(csv(out.resolve("orders-Orders.csv")).stream().map(r -> r.get(10)).toList())
                .contains("=HYPERLINK(\"http://x\")", "@SUM(1+1)", "-2+3");
    }

    private static void place(TestCompany company, Channel channel, String customer, String ref, String... skuQty) {
        List<OrderRequest.LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            lines.add(new OrderRequest.LineRequest(skuQty[i], null, new BigDecimal(skuQty[i + 1])));
        }
        company.ctx.orders().place(new OrderRequest(ref, channel, customer, null, null, Priority.NORMAL, null, lines));
    }

    private interface Sheets {
        void write(SpreadsheetWriter writer) throws IOException;
    }

    private static void write(TestCompany company, Path file, SpreadsheetFormat format, Sheets sheets)
            throws IOException {
        ExportFile.write(file, out -> {
            try (SpreadsheetWriter writer = company.ctx.spreadsheets().writer(format, out, TestCompany.ROME)) {
                sheets.write(writer);
            }
        });
    }

    /** soffice on the PATH, or null. */
    private static String soffice() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "soffice"))) {
                return Path.of(folder, "soffice").toString();
            }
        }
        return null;
    }

    /**
     * Every file of {@code in} converted: the workbooks in one run, the .csv in a second run beside it, at the same
     * time, each with its own profile (two running instances cannot share one). The .csv needs its own run:
     * LibreOffice reads a CSV in a legacy 8-bit charset unless it is told UTF-8, as the accounting software is
     * told, and {@code --infilter} applies to every file of a run (the workbooks would not load). The .csv is
     * renamed first, as LibreOffice names each output after its input.
     */
    private Path convert(String soffice, Path in) throws Exception {
        Files.move(in.resolve("accounting.csv"), in.resolve("accounting-csv.csv"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> books = new ArrayList<>();
        for (String file : List.of("orders.xlsx", "lines.xlsx", "accounting.xlsx", "report.xlsx")) {
            books.add(in.resolve(file).toString());
        }
        Process workbooks = start(soffice, "books", out, List.of(), books);
        Process csv = start(soffice, "csv", out, List.of("--infilter=" + FROM_CSV),
                List.of(in.resolve("accounting-csv.csv").toString()));
        finish(workbooks, "books");
        finish(csv, "csv");
        return out;
    }

    private Process start(String soffice, String name, Path out, List<String> options, List<String> files)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile-" + name).toUri()));
        command.addAll(options);
        command.addAll(List.of("--convert-to", TO_CSV, "--outdir", out.toString()));
        command.addAll(files);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice-" + name + ".log").toFile()).start();
    }

    private void finish(Process process, String name) throws Exception {
        Path log = dir.resolve("soffice-" + name + ".log");
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("soffice did not finish in 90 s: " + Files.readString(log));
        }
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).as("LibreOffice loaded every file").doesNotContain("Error");
    }

    /** The one file LibreOffice wrote for an input of one sheet. */
    private static Path only(Path out, String base) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().startsWith(base)).findFirst().orElseThrow();
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        assertThat(file).as("LibreOffice wrote the sheet").exists();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return CSVFormat.DEFAULT.parse(new java.io.StringReader(text)).getRecords();
    }

    /** Every cell of the sheet beside the one LibreOffice read; the number of cells compared. */
    private static int compare(String where, Sheet sheet, List<CSVRecord> lo) {
        int compared = 0;
        for (Row row : sheet) {
            assertThat(lo.size()).as(where + ": rows").isGreaterThan(row.getRowNum());
            CSVRecord read = lo.get(row.getRowNum());
            for (Cell cell : row) {
                String at = where + ", " + cell.getAddress().formatAsString();
                String value = cell.getColumnIndex() < read.size() ? read.get(cell.getColumnIndex()) : "";
                assertThat(cell.getCellType()).as(at + ": Ordo writes no formula").isNotEqualTo(CellType.FORMULA);
                switch (cell.getCellType()) {
                    case STRING -> assertThat(value).as(at + ": text as typed").isEqualTo(cell.getStringCellValue());
                    case BOOLEAN -> assertThat(value).as(at).isEqualToIgnoringCase(
                            String.valueOf(cell.getBooleanCellValue()));
                    case NUMERIC -> {
                        if (DateUtil.isCellDateFormatted(cell)) {
                            assertThat(moment(value, at)).as(at + ": the same date")
                                    .isEqualTo(cell.getLocalDateTimeCellValue().withSecond(0).withNano(0));
                        } else {
                            assertThat(number(value, at)).as(at + ": the same number")
                                    .isCloseTo(cell.getNumericCellValue(),
                                            org.assertj.core.data.Offset.offset(1e-9));
                        }
                    }
                    case BLANK -> assertThat(value).as(at).isEmpty();
                    default -> fail(at + ": unexpected " + cell.getCellType());
                }
                compared++;
            }
        }
        return compared;
    }

    /** A number as LibreOffice writes a cell's value: 1234.5, or 22% for a percentage. */
    private static double number(String value, String at) {
        try {
            return value.endsWith("%") ? new BigDecimal(value.substring(0, value.length() - 1)).movePointLeft(2)
                    .doubleValue() : new BigDecimal(value).doubleValue();
        } catch (NumberFormatException e) {
            return fail(at + ": LibreOffice read \"" + value + "\", not a number");
        }
    }

    /** A date or moment as LibreOffice writes it (its ISO form, with the time when the cell has one). */
    private static LocalDateTime moment(String value, String at) {
        for (String pattern : List.of("yyyy-MM-dd HH:mm[:ss]", "MM/dd/yyyy HH:mm[:ss]")) {
            try {
                return LocalDateTime.parse(value, DateTimeFormatter.ofPattern(pattern)).withSecond(0);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        for (String pattern : List.of("yyyy-MM-dd", "MM/dd/yyyy", "MM/dd/yy")) {
            try {
                return LocalDate.parse(value, DateTimeFormatter.ofPattern(pattern)).atStartOfDay();
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return fail(at + ": LibreOffice read \"" + value + "\", not a date");
    }
}
