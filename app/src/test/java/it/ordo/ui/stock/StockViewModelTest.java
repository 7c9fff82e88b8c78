package it.ordo.ui.stock;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.inventory.StockRow;
import it.ordo.domain.inventory.StockSort;
import it.ordo.i18n.Texts;
import it.ordo.testing.StockFixture;
import it.ordo.testing.TestCompany;
import it.ordo.ui.QueuedExecutor;
import it.ordo.ui.SameThreadExecutor;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stock screen without a window, on the rows of {@link StockFixture}. */
class StockViewModelTest {

    private TestCompany company;
    private StockFixture fixture;
    private StockViewModel model;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        fixture = StockFixture.build(company);
        model = new StockViewModel(company.ctx.inventory(), new Texts(Locale.ENGLISH), new SameThreadExecutor());
        model.load();
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private List<String> shown() {
        return model.rows().stream().map(r -> r.sku() + " " + r.warehouse()).toList();
    }

    private StockRow row(String sku, String warehouse) {
        return model.rows().stream().filter(r -> r.sku().equals(sku) && r.warehouse().equals(warehouse))
                .findFirst().orElseThrow();
    }

    @Test
    void opensOnEveryProductInEveryWarehouseWithTheFilterChoices() {
        assertThat(shown()).containsExactly("P1 BOL", "P1 MIL", "P2 BOL", "P2 MIL", "P3 BOL", "P3 MIL");
        assertThat(model.totalProperty().get()).isEqualTo(6);
        assertThat(model.pageTextProperty().get()).isEqualTo("Rows 1–6 of 6");
        assertThat(model.warehouses()).containsExactly("BOL", "MIL");
        assertThat(model.categories()).containsExactly("Concimi", "Libri", "Viteria");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void filtersByTextWarehouseReorderPointAndBackorders() {
        model.textProperty().set("vite");
        model.textChanged();
        assertThat(shown()).containsExactly("P1 BOL", "P1 MIL");

        model.warehouseProperty().set("MIL");
        assertThat(shown()).containsExactly("P1 MIL");

        model.textProperty().set("");
        model.textChanged();
        assertThat(shown()).containsExactly("P1 MIL", "P2 MIL", "P3 MIL");

        model.warehouseProperty().set("");
        model.belowReorderPointProperty().set(true);
        assertThat(shown()).containsExactly("P3 BOL", "P3 MIL");

        model.belowReorderPointProperty().set(false);
        model.withBackordersProperty().set(true);
        assertThat(shown()).containsExactly("P3 MIL");
        assertThat(model.rows().getFirst().backordered()).isEqualByComparingTo("3");

        model.categoryProperty().set("Viteria");
        assertThat(shown()).isEmpty();
        assertThat(model.pageTextProperty().get()).isEqualTo("No rows");
    }

    @Test
    void sortsByAvailableDescendingAndPagesWithTheRightTotal() {
        StockViewModel paged = new StockViewModel(company.ctx.inventory(), new Texts(Locale.ENGLISH),
                new SameThreadExecutor(), 4);
        paged.load();
        paged.sortBy(StockSort.AVAILABLE, true);
        assertThat(paged.rows()).extracting(r -> r.sku() + " " + r.warehouse())
                .containsExactly("P1 MIL", "P2 MIL", "P3 BOL", "P1 BOL");
        assertThat(paged.totalProperty().get()).isEqualTo(6);
        assertThat(paged.pageTextProperty().get()).isEqualTo("Rows 1–4 of 6");
        assertThat(paged.hasNext()).isTrue();

        paged.nextPage();
        assertThat(paged.rows()).extracting(r -> r.sku() + " " + r.warehouse()).containsExactly("P2 BOL", "P3 MIL");
        assertThat(paged.pageTextProperty().get()).isEqualTo("Rows 5–6 of 6");
        assertThat(paged.hasNext()).isFalse();

        paged.previousPage();
        assertThat(paged.offsetProperty().get()).isZero();
        assertThat(paged.rows()).hasSize(4);
    }

    @Test
    void aConfirmationElsewhereShowsOnTheNextRefreshWithSelectionAndPageKept() {
        model.select(row("P2", "MIL"));
        assertThat(model.selectedProperty().get().allocated()).isEqualByComparingTo("0");

        // Another desk confirms an order for 20 kg of P2 from Milan.
        String other = company.order("C-B", "OTHER-DESK", "P2", 20).number();
        model.refresh();

        StockRow p2 = row("P2", "MIL");
        assertThat(p2.allocated()).isEqualByComparingTo("20");
        assertThat(p2.available()).isEqualByComparingTo("30");
        assertThat(model.selectedProperty().get()).as("the same row is still selected").isEqualTo(p2);
        assertThat(model.allocations()).extracting(a -> a.orderNumber()).containsExactly(other);
    }

    @Test
    void aRefreshAsksAgainWhatIsOnScreenNotTextStillBeingTyped() {
        model.warehouseProperty().set("BOL");
        model.textProperty().set("manu"); // typed, the pause not yet over
        model.refresh();
        assertThat(shown()).containsExactly("P1 BOL", "P2 BOL", "P3 BOL");
        model.textChanged();
        assertThat(shown()).containsExactly("P3 BOL");
    }

    @Test
    void drillDownListsTheAllocatingOrderTheWaitingOrderAndTheSupply() {
        assertThat(model.drillTitleProperty().get()).isEmpty();
        model.select(row("P3", "MIL"));

        assertThat(model.drillTitleProperty().get()).isEqualTo("P3 · Manuale tecnico · warehouse MIL");
        assertThat(model.allocations()).singleElement().satisfies(a -> {
            assertThat(a.orderNumber()).isEqualTo(fixture.order);
            assertThat(a.customerName()).isEqualTo("Alfa S.r.l.");
            assertThat(a.qty()).isEqualByComparingTo("5");
        });
        assertThat(model.backorders()).singleElement().satisfies(b -> assertThat(b.qty()).isEqualByComparingTo("3"));
        assertThat(model.supply()).singleElement().satisfies(s -> {
            assertThat(s.poNumber()).isEqualTo(StockFixture.PO);
            assertThat(s.expectedDate()).isEqualTo(StockFixture.SUPPLY_DATE);
        });

        model.select(null);
        assertThat(model.allocations()).isEmpty();
        assertThat(model.supply()).isEmpty();
    }

    @Test
    void showProductFiltersOnTheSkuAndSelectsIt() {
        model.warehouseProperty().set("BOL");
        model.belowReorderPointProperty().set(true);

        model.showProduct("P3");

        assertThat(shown()).containsExactly("P3 BOL", "P3 MIL");
        assertThat(model.textProperty().get()).isEqualTo("P3");
        assertThat(model.warehouseProperty().get()).isNull();
        assertThat(model.selectedProperty().get().sku()).isEqualTo("P3");
        assertThat(model.drillTitleProperty().get()).startsWith("P3");
    }

    @Test
    void injectedTextMatchesNothing() {
        model.textProperty().set("' OR 1=1 --");
        model.textChanged();
        assertThat(model.rows()).isEmpty();
        assertThat(model.totalProperty().get()).isZero();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void anAnswerOvertakenByANewerSearchIsIgnoredAndRefreshWaitsForTheRunningQuery() {
        QueuedExecutor executor = new QueuedExecutor();
        StockViewModel slow = new StockViewModel(company.ctx.inventory(), new Texts(Locale.ENGLISH), executor);
        slow.textProperty().set("vite");
        slow.search();
        slow.textProperty().set("manuale");
        slow.search();
        slow.refresh();
        assertThat(executor.pending()).as("no refresh while a search runs").isEqualTo(2);
        assertThat(slow.busyProperty().get()).isTrue();

        executor.runAt(1); // the newer search answers first
        executor.runAt(0); // then the older one
        assertThat(slow.rows()).extracting(StockRow::sku).containsOnly("P3");
        assertThat(slow.busyProperty().get()).isFalse();
    }

    @Test
    void aRefusalIsShownAsASentence() {
        var warehouse = company.ctx.as(new it.ordo.application.CurrentUser() {
            @Override
            public String username() {
                return "nobody";
            }

            @Override
            public java.util.Set<it.ordo.domain.security.Role> roles() {
                return java.util.Set.of();
            }
        });
        StockViewModel refused = new StockViewModel(warehouse.inventory(), new Texts(Locale.ENGLISH),
                new SameThreadExecutor());
        refused.load();
        assertThat(refused.rows()).isEmpty();
        assertThat(refused.messageProperty().get()).isNotBlank().doesNotContain("Exception");
    }
}
