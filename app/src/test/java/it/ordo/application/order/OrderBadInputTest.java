package it.ordo.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
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

    static OrderRequest request(String channel, String customer, String notes, OrderRequest.LineRequest... lines) {
        return new OrderRequest("BAD-" + System.nanoTime(), channel, customer, null, null, null, notes, List.of(lines));
    }

    static OrderRequest.LineRequest sku(String sku, String qty) {
        return new OrderRequest.LineRequest(sku, null, qty == null ? null : new BigDecimal(qty));
    }

    static Stream<Arguments> badOrders() {
        return Stream.of(
                Arguments.of("unknown customer", request("WEB", "NOPE", null, sku("P1", "1")), "notFound.customer"),
                Arguments.of("unknown SKU", request("WEB", "C-B", null, sku("NOPE", "1")), "order.line.unknownSku"),
                Arguments.of("invalid EAN", request("WEB", "C-B", null,
                        new OrderRequest.LineRequest(null, "4006381333932", BigDecimal.ONE)), "order.line.invalidEan"),
                Arguments.of("zero quantity", request("WEB", "C-B", null, sku("P1", "0")), "order.line.problem"),
                Arguments.of("negative quantity", request("WEB", "C-B", null, sku("P1", "-3")), "order.line.problem"),
                Arguments.of("absurd quantity", request("WEB", "C-B", null, sku("P1", "99999999")), "order.line.problem"),
                Arguments.of("fractional pieces", request("WEB", "C-B", null, sku("P1", "2.5")), "order.line.problem"),
                Arguments.of("too many decimals in kg", request("WEB", "C-B", null, sku("P2", "1.2345")), "order.line.problem"),
                Arguments.of("missing quantity", request("WEB", "C-B", null, sku("P1", null)), "order.line.problem"),
                Arguments.of("10,000-character notes", request("WEB", "C-B", "x".repeat(10_000), sku("P1", "1")),
                        "order.notes.tooLong"),
                Arguments.of("unknown channel", request("TELEPATHY", "C-B", null, sku("P1", "1")), "order.channel.unknown"),
                Arguments.of("no lines", request("WEB", "C-B", null), "order.noLines"));
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
        OrderRequest bad = request("FAX", "NOPE", "y".repeat(3000), sku("NOPE", "1"), sku("P1", "0"));
        assertThatThrownBy(() -> company.ctx.orders().place(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Message::key)
                        .contains("order.channel.unknown", "notFound.customer", "order.notes.tooLong",
                                "order.line.unknownSku", "order.line.problem"));
    }

    @Test
    void theSameWebShopOrderImportedTwiceIsRefusedAsADuplicate() {
        OrderRequest first = new OrderRequest("SHOP-1001", "WEB", "C-B", null, null, null, null, List.of(sku("P1", "1")));
        company.ctx.orders().place(first);
        assertThatThrownBy(() -> company.ctx.orders().place(first))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(Message::key).containsExactly("order.duplicate"));
        // The same reference from another channel is another order.
        OrderView other = company.ctx.orders().place(
                new OrderRequest("SHOP-1001", "EMAIL", "C-B", null, null, null, null, List.of(sku("P1", "1"))));
        assertThat(other.status()).isEqualTo("CONFIRMED");
    }

    @Test
    void sqlInTextFieldsIsJustText() {
        String nasty = "x'); DELETE FROM stock; --";
        assertThatThrownBy(() -> company.ctx.orders().place(request("WEB", nasty, null, sku(nasty, "1"))))
                .isInstanceOf(ValidationException.class);
        assertThat(company.ctx.products().list(nasty, 0, 10)).isEmpty();
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().onHand()).isEqualByComparingTo("100");
    }
}
