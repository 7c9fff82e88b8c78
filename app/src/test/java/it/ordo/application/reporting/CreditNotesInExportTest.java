package it.ordo.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.returns.CreditNote;
import it.ordo.application.returns.LineOutcome;
import it.ordo.application.returns.NewReturn;
import it.ordo.application.returns.ReturnView;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credit notes from returns are negative documents in the accounting export,
 * dated when they were issued, so every column adds up to what was sold less
 * what was credited. Hand-computed from list prices (C-B and C-C pay list:
 * P1 10.00 € at 22 %, P3 100.00 € at 4 %):
 * <ul>
 * <li>2 Nov, order of C-B: 10 × P1 = 100.00 + 22.00, 2 × P3 = 200.00 + 8.00: 300.00 + 30.00 = 330.00, shipped;</li>
 * <li>10 Nov, its return of 3 × P1 (30.00 + 6.60) and 1 × P3 (100.00 + 4.00) credited: 130.00 + 10.60 = 140.60;</li>
 * <li>12 Nov, order of C-C: 5 × P1 = 50.00 + 11.00 = 61.00.</li>
 * </ul>
 * November: taxable 300 − 130 + 50 = 220.00, VAT 30 − 10.60 + 11 = 30.40, total 250.40; at 22 % 120.00 and
 * 26.40, at 4 % 100.00 and 4.00.
 */
class CreditNotesInExportTest {

    private static final SalesPeriod NOVEMBER = new SalesPeriod(LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30));
    private static final Texts EN = new Texts(Locale.ENGLISH);

    private static TestCompany company;
    private static OrderView returned;
    private static OrderView later;
    private static ReturnView credited;

    @TempDir
    Path dir;

    @BeforeAll
    static void salesAndACredit() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "10");
        at(2);
        OrderView order = place("C-B", "P1", "10", "P3", "2");
        company.ctx.orders().startPicking(order.number());
        company.ctx.orders().pack(order.number());
        company.ctx.fulfilment().shipAllocated(order.number());
        returned = order; // only its number is used
        at(10);
        ReturnView r = company.ctx.returns().open(new NewReturn(returned.number(), null, "Merce danneggiata",
                ReturnWish.REFUND, List.of(new NewReturn.LineQty(1, new BigDecimal("3")),
                        new NewReturn.LineQty(2, BigDecimal.ONE))));
        company.ctx.returns().receive(r.rmaNumber(), List.of(new LineOutcome(1, ReturnOutcome.RESTOCK),
                new LineOutcome(2, ReturnOutcome.RESTOCK)));
        credited = company.ctx.returns().credit(r.rmaNumber());
        at(12);
        later = place("C-C", "P1", "5");
        at(27);
    }

    private static void at(int day) {
        company.clock.set(LocalDate.of(2026, 11, day).atTime(10, 0).atZone(TestCompany.ROME).toInstant());
    }

    private static OrderView place(String customer, String... skuQty) {
        List<OrderRequest.LineRequest> lines = new java.util.ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            lines.add(new OrderRequest.LineRequest(skuQty[i], null, new BigDecimal(skuQty[i + 1])));
        }
        return company.ctx.orders().place(new OrderRequest(null, Channel.PHONE, customer, null, null,
                Priority.NORMAL, null, lines));
    }

    @AfterAll
    static void close() {
        company.close();
    }

    @Test
    void theCreditNoteIsANegativeDocumentOfTheDayItWasIssued() {
        SalesExport export = company.ctx.salesExport().sales(NOVEMBER);

        assertThat(export.documents()).extracting(SalesExport.Document::kind, SalesExport.Document::number)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DocumentKind.ORDER, returned.number()),
                        org.assertj.core.groups.Tuple.tuple(DocumentKind.CREDIT_NOTE, credited.creditNoteNumber()),
                        org.assertj.core.groups.Tuple.tuple(DocumentKind.ORDER, later.number()));
        SalesExport.Document note = export.documents().get(1);
        assertThat(note.date()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(note.customerCode()).isEqualTo("C-B");
        assertThat(note.vatNumber()).isEqualTo("12345678903");
        assertThat(note.reference()).contains(returned.number()).contains(credited.rmaNumber());
        assertThat(note.net()).isEqualByComparingTo("-130.00");
        assertThat(note.vatTotal()).isEqualByComparingTo("-10.60");
        assertThat(note.gross()).isEqualByComparingTo("-140.60");
        assertThat(note.vat()).extracting(VatTotal::rate, VatTotal::taxable, VatTotal::vat)
                .usingRecursiveFieldByFieldElementComparatorOnFields()
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("22"), new BigDecimal("-30.00"),
                                new BigDecimal("-6.60")),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("4"), new BigDecimal("-100.00"),
                                new BigDecimal("-4.00")));

        // The credit note as returns issued it: the same total.
        CreditNote issued = company.ctx.returns().creditNote(credited.rmaNumber());
        assertThat(note.gross().negate()).isEqualByComparingTo(issued.gross());
        assertThat(export.credits().notes()).isEqualTo(1);
        assertThat(export.credits().gross()).isEqualByComparingTo("140.60");
        assertThat(export.totals().gross()).as("sales alone").isEqualByComparingTo("391.00");
        assertThat(export.net()).isEqualByComparingTo("220.00");
        assertThat(export.vat()).isEqualByComparingTo("30.40");
        assertThat(export.gross()).isEqualByComparingTo("250.40");
    }

    @Test
    void vatPerRateAndMonthsAreSalesLessCredits() {
        SalesExport export = company.ctx.salesExport().sales(NOVEMBER);

        assertThat(export.vatByRate()).hasSize(2);
        assertThat(export.vatByRate().get(0).rate()).isEqualByComparingTo("22");
        assertThat(export.vatByRate().get(0).taxable()).isEqualByComparingTo("120.00");
        assertThat(export.vatByRate().get(0).vat()).isEqualByComparingTo("26.40");
        assertThat(export.vatByRate().get(1).rate()).isEqualByComparingTo("4");
        assertThat(export.vatByRate().get(1).taxable()).isEqualByComparingTo("100.00");
        assertThat(export.vatByRate().get(1).vat()).isEqualByComparingTo("4.00");
        assertThat(export.months()).hasSize(1);
        SalesExport.Month november = export.months().getFirst();
        assertThat(november.orders()).isEqualTo(2);
        assertThat(november.creditNotes()).isEqualTo(1);
        assertThat(november.gross()).isEqualByComparingTo("250.40");
        assertThat(export.lines()).filteredOn(l -> l.orderNumber().equals(credited.creditNoteNumber()))
                .extracting(SalesExport.Line::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-3"), new BigDecimal("-1"));
    }

    @Test
    void aPeriodHoldingOnlyTheCreditHasOnlyTheNegativeDocument() {
        SalesExport export = company.ctx.salesExport().sales(
                new SalesPeriod(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10)));

        assertThat(export.documents()).extracting(SalesExport.Document::kind)
                .containsExactly(DocumentKind.CREDIT_NOTE);
        assertThat(export.totals().orders()).isZero();
        assertThat(export.gross()).isEqualByComparingTo("-140.60");
    }

    @Test
    void theCellsAndTheCsvAddUpToSalesLessCredits() throws Exception {
        SalesExport export = company.ctx.salesExport().sales(NOVEMBER);
        Path xlsx = dir.resolve("novembre.xlsx");
        Path csv = dir.resolve("novembre.csv");
        for (Path file : List.of(xlsx, csv)) {
            SpreadsheetFormat format = SpreadsheetFormat.of(file.getFileName().toString());
            ExportFile.write(file, out -> {
                try (SpreadsheetWriter writer = company.ctx.spreadsheets().writer(format, out, TestCompany.ROME)) {
                    SalesExportWorkbook.write(export, writer, format, EN::get);
                }
            });
        }

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet documents = book.getSheet("Documents");
            int columns = documents.getRow(0).getLastCellNum();
            assertThat(documents.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Document");
            assertThat(documents.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Credit note");
            assertThat(documents.getRow(2).getCell(0).getStringCellValue()).isEqualTo(credited.creditNoteNumber());
            assertThat(SalesExportTest.sum(documents, columns - 3)).isEqualByComparingTo("220.00");
            assertThat(SalesExportTest.sum(documents, columns - 2)).isEqualByComparingTo("30.40");
            assertThat(SalesExportTest.sum(documents, columns - 1)).isEqualByComparingTo("250.40");
            assertThat(SalesExportTest.sum(book.getSheet("Lines"), 12)).isEqualByComparingTo("250.40");
            assertThat(SalesExportTest.sum(book.getSheet("VAT per rate"), 2)).isEqualByComparingTo("30.40");
            Sheet months = book.getSheet("Months");
            Row november = months.getRow(1);
            assertThat(november.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(SalesExportTest.sum(months, 5)).isEqualByComparingTo("250.40");
        }
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(4);
        BigDecimal gross = BigDecimal.ZERO;
        for (String row : rows.subList(1, 4)) {
            gross = gross.add(new BigDecimal(row.substring(row.lastIndexOf(',') + 1)));
        }
        assertThat(gross).isEqualByComparingTo("250.40");
        assertThat(rows.get(2)).contains("Credit note").contains("-140.60");
    }
}
