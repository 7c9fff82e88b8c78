package it.ordo.application.pricing;

import static it.ordo.testing.TestCompany.TODAY;
import static it.ordo.testing.TestCompany.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.OrdoContext;
import it.ordo.application.CurrentUser;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.pricing.PriceListService.Change;
import it.ordo.application.pricing.PriceListService.Header;
import it.ordo.application.pricing.PriceListService.PriceChange;
import it.ordo.application.pricing.PriceListService.Preview;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.pricing.PriceListScope;
import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Price lists maintained by the sales manager: validity, overlaps, the import's preview and per-row refusals. */
@Tag("db")
class PriceListServiceTest {

    private static final LocalDate NEXT_MONTH = LocalDate.of(2026, 12, 1);

    private TestCompany company;
    private PriceListService lists;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.customers(row("code", "C-G", "name", "Installatori Riuniti S.r.l.", "vatNumber", "00743110157",
                "tier", "C", "creditLimit", "100000", "paymentTerms", "Ri.Ba. 60 gg f.m.", "address", "Via Po 3",
                "postalCode", "10121", "city", "Torino", "province", "TO", "group", "INSTALLATORI", "warehouse", "MIL"));
        lists = company.ctx.priceLists();
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private static ImportRow item(String list, String sku, String minQty, String price, String from, String to) {
        return row("list", list, "sku", sku, "minQty", minQty, "unitPrice", price, "validFrom", from, "validTo", to);
    }

    private BigDecimal price(String customer, String sku, String qty, LocalDate date) {
        return company.ctx.pricing().price(customer, sku, new BigDecimal(qty), date).unitPrice();
    }

    @Test
    void aGroupListValidFromNextMonthPricesFutureDatesAndLeavesTodayAlone() {
        lists.save(new Header("INST-27", "Installatori da dicembre", PriceListScope.GROUP, "INSTALLATORI", null,
                NEXT_MONTH, null));
        ImportReport report = lists.importItems(List.of(item("INST-27", "P1", "1", "9,50", "", ""),
                item("INST-27", "P1", "50", "8.00", "", "")));

        assertThat(report.clean()).isTrue();
        assertThat(report.inserted()).isEqualTo(2);
        assertThat(price("C-G", "P1", "1", TODAY)).isEqualByComparingTo("10.00");
        assertThat(price("C-G", "P1", "1", NEXT_MONTH)).isEqualByComparingTo("9.50");
        assertThat(price("C-G", "P1", "60", NEXT_MONTH)).isEqualByComparingTo("8.00");
        assertThat(company.ctx.pricing().price("C-G", "P1", BigDecimal.ONE, NEXT_MONTH).explanation())
                .anySatisfy(m -> assertThat(m.args()).contains("INST-27"));
        assertThat(price("C-A", "P1", "1", NEXT_MONTH)).as("another group's customer").isEqualByComparingTo("10.00");
    }

    @Test
    void aSecondListForTheSameGroupOnTheSameDaysIsRefusedNamingTheFirst() {
        lists.save(new Header("INST-A", "Installatori", PriceListScope.GROUP, "INSTALLATORI", null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

        assertThatThrownBy(() -> lists.save(new Header("INST-B", "Installatori bis", PriceListScope.GROUP,
                "INSTALLATORI", null, NEXT_MONTH, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(m -> {
                            assertThat(m.key()).isEqualTo("priceList.overlap");
                            assertThat(m.args()).contains("INST-A");
                        }));
        assertThat(lists.search("INST")).extracting(s -> s.header().code()).containsExactly("INST-A");

        lists.save(new Header("INST-B", "Installatori 2027", PriceListScope.GROUP, "INSTALLATORI", null,
                LocalDate.of(2027, 1, 1), null));
        assertThat(lists.search("inst")).extracting(s -> s.header().code()).containsExactly("INST-A", "INST-B");
    }

    @Test
    void thePreviewShowsOldAndNewPricesAndRefusesBadRowsWithTheirReasonsWritingNothing() {
        List<ImportRow> rows = List.of(
                item("BASE", "P1", "1", "11.00", "", ""),           // changed: 10.00 -> 11.00
                item("BASE", "P2", "1", "2.50", "", ""),            // unchanged
                item("BASE", "P1", "10", "10.50", "", ""),          // new break
                item("BASE", "P3", "1", "-5", "", ""),              // negative
                item("BASE", "P3", "1", "0", "", ""),               // zero
                item("BASE", "NOPE", "1", "3", "", ""),             // unknown product
                item("NOLIST", "P1", "1", "3", "", ""),             // unknown list
                item("BASE", "P2", "5", "abc", "", ""),             // text in a number column
                item("BASE", "P2", "10", "2.60", "", ""),           // dearer than the lower break
                item("BASE", "P3", "5", "90", "2027-02-01", "2027-01-01"), // ends before it starts
                item("BASE", "P3", "10", "1.234,50", "", ""));      // thousands separator, decimal comma: dearer than 100? no: 1234.50 > 100

        Preview preview = lists.previewItems(rows);

        assertThat(preview.changes()).extracting(PriceChange::sku, PriceChange::oldPrice, PriceChange::newPrice,
                        PriceChange::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P1", new BigDecimal("10.0000"), new BigDecimal("11.00"),
                                Change.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("P2", new BigDecimal("2.5000"), new BigDecimal("2.50"),
                                Change.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("P1", null, new BigDecimal("10.50"), Change.NEW));
        assertThat(preview.errors()).extracting(e -> e.line() - rows.getFirst().line() + 1)
                .containsExactly(4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(keys(preview)).containsExactly("priceItem.priceNotPositive", "priceItem.priceNotPositive",
                "notFound.product", "notFound.priceList", "import.notNumber", "priceItem.breakOrder",
                "validity.endsBeforeStart", "priceItem.breakOrder");
        assertThat(price("C-C", "P1", "1", TODAY)).as("the preview wrote nothing").isEqualByComparingTo("10.00");

        ImportReport report = lists.importItems(rows);

        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.errors()).hasSize(8);
        assertThat(price("C-C", "P1", "1", TODAY)).isEqualByComparingTo("11.00");
        assertThat(price("C-C", "P1", "12", TODAY)).isEqualByComparingTo("10.50");
    }

    private static List<String> keys(Preview preview) {
        return preview.errors().stream().map(e -> e.problems().getFirst()).map(Message::key).toList();
    }

    @Test
    void aConfirmedOrderKeepsItsPriceWhenTheListChanges() {
        company.receive("P1", "MIL", "100");
        String number = company.order("C-B", "KEEP-1", "P1", 5).number();

        lists.importItems(List.of(item("BASE", "P1", "1", "14.00", "", "")));

        var kept = company.ctx.orders().show(number).lines().getFirst();
        assertThat(kept.unitPrice()).isEqualByComparingTo("10.00");
        assertThat(kept.netAmount()).isEqualByComparingTo("50.00");
        assertThat(company.order("C-B", "KEEP-2", "P1", 5).lines().getFirst().unitPrice())
                .isEqualByComparingTo("14.00");
    }

    @Test
    void theOrderDeskReadsListsButCannotChangeThem() {
        OrdoContext desk = company.ctx.as(new CurrentUser() {
            @Override
            public String username() {
                return "operator";
            }

            @Override
            public Set<Role> roles() {
                return Set.of(Role.ORDER_DESK);
            }
        });

        assertThat(desk.priceLists().show("BASE").items()).extracting(PriceListService.Item::sku)
                .containsExactly("P1", "P2", "P3");
        assertThatThrownBy(() -> desk.priceLists().importItems(List.of(item("BASE", "P1", "1", "1", "", ""))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(price("C-C", "P1", "1", TODAY)).isEqualByComparingTo("10.00");
    }

    @Test
    void anExportImportedAgainChangesNothing() {
        lists.importItems(List.of(item("BASE", "P1", "10", "9.00", "", ""),
                item("BASE", "P1", "50", "8.00", "2026-12-01", "2026-12-31")));
        List<PriceListService.Item> exported = lists.exportItems("BASE");

        List<ImportRow> again = exported.stream().map(i -> item(i.list(), i.sku(), i.minQty().toPlainString(),
                i.unitPrice().toPlainString(), i.validFrom() == null ? "" : i.validFrom().toString(),
                i.validTo() == null ? "" : i.validTo().toString())).toList();

        assertThat(lists.previewItems(again).changes()).hasSize(exported.size())
                .allSatisfy(c -> assertThat(c.change()).isEqualTo(Change.UNCHANGED));
    }

    @Test
    void pricesFromNextMonthTakeOverFromTheOpenPricesWhichEndTheDayBefore() {
        lists.importItems(List.of(item("BASE", "P1", "10", "9.00", "", "")));
        List<ImportRow> rows = List.of(item("BASE", "P1", "1", "11.00", NEXT_MONTH.toString(), ""),
                item("BASE", "P1", "10", "9.90", NEXT_MONTH.toString(), ""));

        Preview preview = lists.previewItems(rows);

        assertThat(preview.changes()).extracting(PriceChange::sku, PriceChange::oldPrice, PriceChange::newPrice,
                        PriceChange::change, PriceChange::oldValidTo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P1", new BigDecimal("10.0000"), new BigDecimal("11.00"),
                                Change.REPLACES, NEXT_MONTH.minusDays(1)),
                        org.assertj.core.groups.Tuple.tuple("P1", new BigDecimal("9.0000"), new BigDecimal("9.90"),
                                Change.REPLACES, NEXT_MONTH.minusDays(1)));
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notInFile()).as("the file leaves P2 and P3 at their prices")
                .extracting(PriceListService.Item::sku).containsExactly("P2", "P3");

        ImportReport report = lists.importItems(rows);

        assertThat(report.clean()).isTrue();
        assertThat(report.inserted()).isEqualTo(2);
        assertThat(price("C-C", "P1", "1", NEXT_MONTH.minusDays(1))).isEqualByComparingTo("10.00");
        assertThat(price("C-C", "P1", "1", NEXT_MONTH)).isEqualByComparingTo("11.00");
        assertThat(price("C-C", "P1", "12", NEXT_MONTH)).isEqualByComparingTo("9.90");
        assertThat(price("C-C", "P2", "1", NEXT_MONTH)).isEqualByComparingTo("2.50");
        assertThat(lists.previewItems(rows).changes()).as("the same file again changes nothing")
                .allSatisfy(c -> assertThat(c.change()).isEqualTo(Change.UNCHANGED));
    }
}
