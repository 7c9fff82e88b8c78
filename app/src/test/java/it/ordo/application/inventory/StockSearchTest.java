package it.ordo.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.inventory.StockQuery;
import it.ordo.domain.inventory.StockRow;
import it.ordo.domain.inventory.StockSort;
import it.ordo.testing.StockFixture;
import it.ordo.testing.TestCompany;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The stock list's query: filters, sorting and paging done by the database, on the rows of {@link StockFixture}. */
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StockSearchTest {

    private TestCompany company;
    private StockFixture fixture;

    @BeforeAll
    void setUp() {
        company = TestCompany.standard();
        fixture = StockFixture.build(company);
    }

    @AfterAll
    void tearDown() {
        company.close();
    }

    private StockPage search(String text, String category, String warehouse, boolean below, boolean backorders) {
        return company.ctx.inventory().search(new StockQuery(text, category, warehouse, below, backorders,
                StockSort.SKU, false, 0, 50));
    }

    private static List<String> keys(StockPage page) {
        return page.rows().stream().map(r -> r.sku() + " " + r.warehouse()).toList();
    }

    @Test
    void everyProductInEveryWarehouseWithItsFigures() {
        StockPage all = search(null, null, null, false, false);
        assertThat(all.total()).isEqualTo(6);
        assertThat(keys(all)).containsExactly("P1 BOL", "P1 MIL", "P2 BOL", "P2 MIL", "P3 BOL", "P3 MIL");
        StockRow p3 = all.rows().getLast();
        assertThat(p3.onHand()).isEqualByComparingTo("5");
        assertThat(p3.allocated()).isEqualByComparingTo("5");
        assertThat(p3.available()).isEqualByComparingTo("0");
        assertThat(p3.incoming()).isEqualByComparingTo("30");
        assertThat(p3.nextExpected()).isEqualTo(StockFixture.SUPPLY_DATE);
        assertThat(p3.reorderPoint()).isEqualByComparingTo("10");
        assertThat(p3.backordered()).isEqualByComparingTo("3");
        StockRow p1 = all.rows().get(1);
        assertThat(p1.available()).isEqualByComparingTo("70");
        assertThat(p1.incoming()).isEqualByComparingTo("0");
        assertThat(p1.nextExpected()).isNull();
    }

    @Test
    void textMatchesSkuEanOrDescriptionInAnyCase() {
        assertThat(keys(search("VITE", null, null, false, false))).containsExactly("P1 BOL", "P1 MIL");
        assertThat(keys(search("5901234", null, null, false, false))).containsExactly("P3 BOL", "P3 MIL");
        assertThat(keys(search("p2", null, null, false, false))).containsExactly("P2 BOL", "P2 MIL");
    }

    @Test
    void filtersByCategoryWarehouseReorderPointAndBackorders() {
        assertThat(keys(search(null, "Libri", null, false, false))).containsExactly("P3 BOL", "P3 MIL");
        assertThat(keys(search(null, null, "BOL", false, false))).containsExactly("P1 BOL", "P2 BOL", "P3 BOL");
        assertThat(keys(search(null, null, null, true, false))).containsExactly("P3 BOL", "P3 MIL");
        assertThat(keys(search(null, null, null, false, true))).containsExactly("P3 MIL");
        StockPage both = search(null, null, "BOL", true, true);
        assertThat(both.rows()).isEmpty();
        assertThat(both.total()).isZero();
    }

    @Test
    void sortsByAvailableDescendingAndPages() {
        StockPage sorted = company.ctx.inventory().search(new StockQuery(null, null, null, false, false,
                StockSort.AVAILABLE, true, 0, 3));
        assertThat(keys(sorted)).containsExactly("P1 MIL", "P2 MIL", "P3 BOL");
        assertThat(sorted.total()).isEqualTo(6);
        StockPage second = company.ctx.inventory().search(new StockQuery(null, null, null, false, false,
                StockSort.AVAILABLE, true, 3, 3));
        assertThat(keys(second)).containsExactly("P1 BOL", "P2 BOL", "P3 MIL");
        assertThat(second.total()).isEqualTo(6);
    }

    @Test
    void everySortColumnRunsOnThisDatabase() {
        for (StockSort sort : StockSort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                StockPage page = company.ctx.inventory().search(new StockQuery(null, null, null, false, false,
                        sort, descending, 0, 10));
                assertThat(page.rows()).as(sort + (descending ? " desc" : "")).hasSize(6);
            }
        }
        StockPage byDate = company.ctx.inventory().search(new StockQuery(null, null, null, false, false,
                StockSort.NEXT_EXPECTED, true, 0, 1));
        assertThat(keys(byDate)).as("the row with supply comes first, rows without it after").containsExactly("P3 MIL");
        StockPage byBackorder = company.ctx.inventory().search(new StockQuery(null, null, null, false, false,
                StockSort.BACKORDERED, true, 0, 1));
        assertThat(keys(byBackorder)).containsExactly("P3 MIL");
    }

    @Test
    void textIsNeverQueryText() {
        for (String hostile : List.of("' OR 1=1 --", "%", "_", "P%' OR 'a'='a")) {
            StockPage page = search(hostile, null, null, false, false);
            assertThat(page.rows()).as(hostile).isEmpty();
            assertThat(page.total()).as(hostile).isZero();
        }
    }

    @Test
    void drillDownListsTheAllocatingOrderTheWaitingOrderAndTheSupply() {
        StockDrillDown p3 = company.ctx.inventory().drillDown("P3", "MIL");
        assertThat(p3.allocations()).singleElement().satisfies(a -> {
            assertThat(a.orderNumber()).isEqualTo(fixture.order);
            assertThat(a.customerCode()).isEqualTo("C-A");
            assertThat(a.qty()).isEqualByComparingTo("5");
        });
        assertThat(p3.backorders()).singleElement().satisfies(b -> {
            assertThat(b.orderNumber()).isEqualTo(fixture.order);
            assertThat(b.qty()).isEqualByComparingTo("3");
        });
        assertThat(p3.supply()).singleElement().satisfies(s -> {
            assertThat(s.poNumber()).isEqualTo(StockFixture.PO);
            assertThat(s.qty()).isEqualByComparingTo("30");
            assertThat(s.expectedDate()).isEqualTo(StockFixture.SUPPLY_DATE);
        });
        StockDrillDown bol = company.ctx.inventory().drillDown("P3", "BOL");
        assertThat(bol.allocations()).isEmpty();
        assertThat(bol.backorders()).isEmpty();
        assertThat(bol.supply()).isEmpty();
    }

    @Test
    void filterChoicesAreTheWarehousesAndCategories() {
        StockFilters filters = company.ctx.inventory().filters();
        assertThat(filters.warehouses()).containsExactly("BOL", "MIL");
        assertThat(filters.categories()).containsExactly("Concimi", "Libri", "Viteria");
    }
}
