package it.ordo.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.imports.ImportReport;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad order is refused with a reason a person understands, and nothing is written. */
@Tag("db")
class OrderBadInputTest {

    private static TestCompany company;

    @BeforeAll
    static void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P2", "MIL", "100");
    }

    @AfterAll
    static void tearDown() {
        company.close();
    }

    static OrderRequest request(Channel channel, String customer, String notes, OrderRequest.LineRequest... lines) {
        return new OrderRequest("BAD-" + System.nanoTime(), channel, customer, null, null, null, notes, List.of(lines));
    }

    static OrderRequest.LineRequest sku(String sku, String qty) {
        return new OrderRequest.LineRequest(sku, null, qty == null ? null : new BigDecimal(qty));
    }

    static Stream<Arguments> badOrders() {
        return Stream.of(
                Arguments.of("unknown customer", request(Channel.WEB, "NOPE", null, sku("P1", "1")), "notFound.customer"),
                Arguments.of("unknown SKU", request(Channel.WEB, "C-B", null, sku("NOPE", "1")), "order.line.unknownSku"),
                Arguments.of("invalid EAN", request(Channel.WEB, "C-B", null,
                        new OrderRequest.LineRequest(null, "4006381333932", BigDecimal.ONE)), "order.line.invalidEan"),
                Arguments.of("zero quantity", request(Channel.WEB, "C-B", null, sku("P1", "0")), "order.line.problem"),
                Arguments.of("negative quantity", request(Channel.WEB, "C-B", null, sku("P1", "-3")), "order.line.problem"),
                Arguments.of("absurd quantity", request(Channel.WEB, "C-B", null, sku("P1", "99999999")), "order.line.problem"),
                Arguments.of("fractional pieces", request(Channel.WEB, "C-B", null, sku("P1", "2.5")), "order.line.problem"),
                Arguments.of("too many decimals in kg", request(Channel.WEB, "C-B", null, sku("P2", "1.2345")), "order.line.problem"),
                Arguments.of("missing quantity", request(Channel.WEB, "C-B", null, sku("P1", null)), "order.line.problem"),
                Arguments.of("10,000-character notes", request(Channel.WEB, "C-B", "x".repeat(10_000), sku("P1", "1")),
                        "order.notes.tooLong"),
                Arguments.of("no channel", request(null, "C-B", null, sku("P1", "1")), "order.channel.missing"),
                Arguments.of("NUL in the reference", new OrderRequest("REF\u0000X", Channel.WEB, "C-B", null, null, null, null,
                        List.of(sku("P1", "1"))), "text.control"),
                Arguments.of("bell in the notes", request(Channel.WEB, "C-B", "ring\u0007", sku("P1", "1")), "text.control"),
                Arguments.of("no lines", request(Channel.WEB, "C-B", null), "order.noLines"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOrders")
    void isRefusedWithAClearReasonAndNothingIsWritten(String what, OrderRequest bad, String expectedKey) {
        long ordersBefore = company.ctx.setup().counts().orders();
        BigDecimal allocatedBefore = company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().allocated();

        assertThatThrownBy(() -> company.ctx.orders().place(bad))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(Message::key).contains(expectedKey));

        assertThat(company.ctx.setup().counts().orders()).isEqualTo(ordersBefore);
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().allocated()).isEqualByComparingTo(allocatedBefore);
    }

    @Test
    void everyProblemOfAnOrderIsReportedAtOnce() {
        OrderRequest bad = request(null, "NOPE", "y".repeat(3000), sku("NOPE", "1"), sku("P1", "0"));
        assertThatThrownBy(() -> company.ctx.orders().place(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Message::key)
                        .contains("order.channel.missing", "notFound.customer", "order.notes.tooLong",
                                "order.line.unknownSku", "order.line.problem"));
    }

    @Test
    void theSameWebShopOrderImportedTwiceIsRefusedAsADuplicate() {
        OrderRequest first = new OrderRequest("SHOP-1001", Channel.WEB, "C-B", null, null, null, null, List.of(sku("P1", "1")));
        company.ctx.orders().place(first);
        assertThatThrownBy(() -> company.ctx.orders().place(first))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(Message::key).containsExactly("order.duplicate"));
        // The same reference from another channel is another order.
        OrderView other = company.ctx.orders().place(
                new OrderRequest("SHOP-1001", Channel.EMAIL, "C-B", null, null, null, null, List.of(sku("P1", "1"))));
        assertThat(other.status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void externalReferencesDifferingOnlyInCaseAreTheSameReference() {
        OrderView first = company.ctx.orders().place(
                new OrderRequest("dup-1", Channel.WEB, "C-B", null, null, null, null, List.of(sku("P1", "1"))));
        assertThat(first.externalRef()).isEqualTo("dup-1");
        assertThatThrownBy(() -> company.ctx.orders().place(
                new OrderRequest(" DUP-1 ", Channel.WEB, "C-B", null, null, null, null, List.of(sku("P1", "1")))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(Message::key).containsExactly("order.duplicate"));

        OrderView second = company.ctx.orders().place(
                new OrderRequest("DUP-2", Channel.WEB, "C-B", null, null, null, null, List.of(sku("P1", "1"))));
        // Renaming another order to the first one's reference in other capitals is a duplicate too...
        assertThatThrownBy(() -> company.ctx.orders().editHeader(second.number(),
                new OrderHeaderEdit(null, Priority.NORMAL, "Dup-1", null), second.version()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(Message::key).containsExactly("order.duplicate"));
        // ...while an order may write its own reference in other capitals.
        OrderView recased = company.ctx.orders().editHeader(first.number(),
                new OrderHeaderEdit(null, Priority.NORMAL, "DUP-1", null), first.version());
        assertThat(recased.externalRef()).isEqualTo("DUP-1");
    }

    @Test
    void controlCharactersAreRefusedWhereTextIsChangedAndLineBreaksStayInNotes() {
        OrderView placed = company.ctx.orders().place(new OrderRequest("CTRL-1", Channel.WEB, "C-B", null, null, null,
                "first line\nsecond line", List.of(sku("P1", "1"))));
        assertThat(placed.notes()).isEqualTo("first line\nsecond line");
        assertThatThrownBy(() -> company.ctx.orders().editHeader(placed.number(),
                new OrderHeaderEdit(null, Priority.NORMAL, "CTRL\u0000", "ok"), placed.version()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(Message::key).containsExactly("text.control"));
        // Names of customers and products come through the import reader, which refuses them the same way.
        ImportReport report = company.customers(TestCompany.customer("C-NUL", "Nul\u0000 S.r.l.", "01114601006", "B",
                "1000", "true"));
        assertThat(report.inserted()).isZero();
        assertThat(report.errors()).singleElement().satisfies(row -> assertThat(row.problems())
                .extracting(Message::key).contains("text.control"));
    }

    @Test
    void channelAndPriorityAreReadInAnyCaseAndAnUnknownOneNamesTheAllowedValues() {
        assertThat(Channel.parse(" web ")).isEqualTo(Channel.WEB);
        assertThat(Channel.parse("b2b-portal")).isEqualTo(Channel.B2B_PORTAL);
        assertThat(Priority.parse("high")).isEqualTo(Priority.parse("HIGH")).isEqualTo(Priority.HIGH);
        assertThatThrownBy(() -> Channel.parse("FAX")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.key()).isEqualTo("order.channel.unknown");
            assertThat(e.args()).containsExactly("FAX", "[WEB, APP, AGENT, B2B_PORTAL, PHONE, EMAIL]");
        });
        assertThatThrownBy(() -> Priority.parse("soon")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("order.priority.unknown"));
    }

    @Test
    void sqlInTextFieldsIsJustText() {
        String nasty = "x'); DELETE FROM stock; --";
        assertThatThrownBy(() -> company.ctx.orders().place(request(Channel.WEB, nasty, null, sku(nasty, "1"))))
                .isInstanceOf(ValidationException.class);
        assertThat(company.ctx.products().list(nasty, 0, 10)).isEmpty();
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().onHand()).isEqualByComparingTo("100");
    }
}
