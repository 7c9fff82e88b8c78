package it.ordo.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.inventory.StockQuery;
import it.ordo.domain.inventory.StockSort;
import it.ordo.testing.BulkStock;
import it.ordo.testing.TestCompany;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stock list over many rows: every filter and sort answers one page and
 * its total from the database. 2,000 generated products by default (4,000
 * rows); {@code -Dordo.stock.volume=50000} gives the 100,000 rows of the
 * benchmark, with the time of each query in the log.
 */
@Tag("db")
class StockVolumeTest {

    private static final Logger LOG = LoggerFactory.getLogger(StockVolumeTest.class);

    @Test
    void everyFilterAndSortPagesOverGeneratedStock() {
        int products = Integer.getInteger("ordo.stock.volume", 2_000);
        try (TestCompany company = TestCompany.standard()) {
            long inserted = BulkStock.addProducts(company.ctx.database().dataSource(), products, 42);
            assertThat(inserted).isEqualTo(2L * products);
            InventoryService inventory = company.ctx.inventory();

            StockPage all = timed("all by SKU", inventory, new StockQuery(null, null, null, false, false,
                    StockSort.SKU, false, 0, 100));
            assertThat(all.total()).isEqualTo(2L * products + 6);
            assertThat(all.rows()).hasSize(100);

            for (StockSort sort : StockSort.values()) {
                StockPage page = timed("sort " + sort + " desc", inventory, new StockQuery(null, null, null, false,
                        false, sort, true, 1_000, 100));
                assertThat(page.rows()).as(sort.name()).hasSize(100);
            }
            StockPage text = timed("text", inventory, new StockQuery("articolo di prova 1", null, null, false, false,
                    StockSort.SKU, false, 0, 100));
            assertThat(text.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.description()).contains("prova 1"));
            StockPage category = timed("category + warehouse", inventory, new StockQuery(null, "Categoria 07", "BOL",
                    false, false, StockSort.AVAILABLE, true, 0, 100));
            assertThat(category.total()).isEqualTo(products / 40);
            StockPage below = timed("below reorder point", inventory, new StockQuery(null, null, null, true, false,
                    StockSort.AVAILABLE, false, 0, 100));
            assertThat(below.rows()).allSatisfy(r -> assertThat(r.available()).isLessThan(r.reorderPoint()));
            StockPage last = timed("last page", inventory, new StockQuery(null, null, null, false, false,
                    StockSort.SKU, false, (int) all.total() - 6, 100));
            assertThat(last.rows()).extracting(r -> r.sku()).containsExactly("P1", "P1", "P2", "P2", "P3", "P3");
        }
    }

    private static StockPage timed(String what, InventoryService inventory, StockQuery query) {
        long start = System.nanoTime();
        StockPage page = inventory.search(query);
        LOG.warn("stock list, {}: {} ms ({} rows of {})", what, (System.nanoTime() - start) / 1_000_000,
                page.rows().size(), page.total());
        return page;
    }
}
