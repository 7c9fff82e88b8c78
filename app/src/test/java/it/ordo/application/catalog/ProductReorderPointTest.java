package it.ordo.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.imports.ImportReport;
import it.ordo.domain.inventory.StockQuery;
import it.ordo.domain.inventory.StockRow;
import it.ordo.testing.TestCompany;
import org.junit.jupiter.api.Test;

/** The reorder point arrives with the product master data and drives the stock screen's "below reorder point". */
class ProductReorderPointTest {

    private static ImportReport importP1(TestCompany c, String... extra) {
        String[] base = {"sku", "P1", "ean", "4006381333931", "description", "Vite 4x40", "category", "Viteria",
                "unit", "PCS", "vatRate", "22", "unitCost", "5.00", "listPrice", "10.00", "weightKg", "0.010"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return c.products(TestCompany.row(all));
    }

    private static StockRow p1(TestCompany c, String warehouse) {
        return c.ctx.inventory().search(new StockQuery("P1", null, warehouse, false, false, null, false, 0, 10))
                .rows().getFirst();
    }

    @Test
    void importedReorderPointIsKeptWhenTheColumnIsAbsentAndRefusedWhenNegative() {
        try (TestCompany c = TestCompany.standard()) {
            assertThat(p1(c, "MIL").reorderPoint()).as("none set by default").isEqualByComparingTo("0");

            assertThat(importP1(c, "reorderPoint", "25").errors()).isEmpty();
            c.receive("P1", "MIL", "30");
            assertThat(p1(c, "MIL").reorderPoint()).isEqualByComparingTo("25");
            assertThat(p1(c, "MIL").belowReorderPoint()).isFalse();
            assertThat(p1(c, "BOL").belowReorderPoint()).as("nothing in Bologna").isTrue();

            assertThat(importP1(c).errors()).as("an import without the column").isEmpty();
            assertThat(p1(c, "MIL").reorderPoint()).isEqualByComparingTo("25");

            ImportReport negative = importP1(c, "reorderPoint", "-1");
            assertThat(negative.errors()).singleElement()
                    .satisfies(e -> assertThat(e.problems().getFirst().key()).isEqualTo("import.negative"));
            assertThat(p1(c, "MIL").reorderPoint()).isEqualByComparingTo("25");
        }
    }
}
