package it.ordo.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.imports.ImportRow;
import it.ordo.application.intake.IntakeTable;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A price list file as the workstation reads it, turned into the import's rows (no database). */
class PriceFilesTest {

    private static IntakeTable table(List<String> header, List<List<String>> rows) {
        List<IntakeTable.Row> data = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            data.add(new IntakeTable.Row(i + 2, rows.get(i)));
        }
        return new IntakeTable("listino.xlsx", "x", "XLSX", "Listino", null, null, 1, header, data);
    }

    @Test
    void headersAreMatchedAsTheCommandLineMatchesThemAndRowsWithoutAStartGetTheChosenDay() {
        LocalDate december = LocalDate.of(2026, 12, 1);
        PriceFiles.Rows read = PriceFiles.items(table(List.of("List", "SKU", "Min qty", "Unit_price", "Valid-from",
                "Note"), List.of(List.of("BASE", "P1", "1", "11", "", "promo"),
                List.of("BASE", "P2", "10", "2,40", "2027-01-01", ""))), december);

        assertThat(read.missingColumns()).isEmpty();
        assertThat(read.unknownColumns()).containsExactly("Note");
        assertThat(read.rows()).extracting(ImportRow::line).containsExactly(2, 3);
        assertThat(read.rows().getFirst().fields()).containsEntry("list", "BASE").containsEntry("sku", "P1")
                .containsEntry("minQty", "1").containsEntry("unitPrice", "11").containsEntry("validFrom", "2026-12-01")
                .doesNotContainKey("Note");
        assertThat(read.rows().get(1).fields()).as("a row's own start is kept")
                .containsEntry("validFrom", "2027-01-01").containsEntry("unitPrice", "2,40");
    }

    @Test
    void aFileWithoutAPriceColumnSaysWhichColumnsItLacks() {
        PriceFiles.Rows read = PriceFiles.items(table(List.of("list", "sku", "prezzo"),
                List.of(List.of("BASE", "P1", "11"))), null);

        assertThat(read.missingColumns()).containsExactly("unitPrice");
        assertThat(read.unknownColumns()).containsExactly("prezzo");
        assertThat(read.rows().getFirst().fields()).doesNotContainKey("validFrom");
    }
}
