package it.ordo.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Minimum order quantities and pack multiples, as an order line meets them. */
class OrderQuantityTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void belowTheMinimumIsRefusedNamingTheMinimum() {
        OrderQuantity rule = new OrderQuantity(dec("10"), null);

        assertThat(rule.problem("VITI", dec("9"))).contains(Message.of("quantity.belowMinimum", dec("9"), "VITI", dec("10")));
        assertThat(rule.problem("VITI", dec("10"))).isEmpty();
        assertThat(rule.problem("VITI", dec("11"))).isEmpty();
    }

    @Test
    void aQuantityNotInWholePacksIsRefusedWithTheNextWholeNumberOfPacks() {
        OrderQuantity rule = new OrderQuantity(null, dec("12"));

        assertThat(rule.problem("VITI", dec("30")))
                .contains(Message.of("quantity.notPackMultiple", dec("30"), "VITI", dec("12"), dec("36")));
        assertThat(rule.problem("VITI", dec("36"))).isEmpty();
        assertThat(rule.problem("VITI", dec("12.000"))).isEmpty();
    }

    @Test
    void decimalPacksWork() {
        OrderQuantity rule = new OrderQuantity(null, dec("2.5"));

        assertThat(rule.problem("CAVO", dec("7.5"))).isEmpty();
        assertThat(rule.accepted(dec("8"))).isEqualByComparingTo("10");
    }

    @Test
    void theAcceptedQuantityIsAtLeastTheMinimumInWholePacks() {
        OrderQuantity rule = new OrderQuantity(dec("20"), dec("12"));

        assertThat(rule.accepted(dec("5"))).isEqualByComparingTo("24");
        assertThat(rule.accepted(dec("25"))).isEqualByComparingTo("36");
        assertThat(rule.accepted(dec("48"))).isEqualByComparingTo("48");
        // The minimum is checked first: 12 is a whole pack but below 20.
        assertThat(rule.problem("VITI", dec("12"))).get().extracting(Message::key).isEqualTo("quantity.belowMinimum");
        // 20 reaches the minimum but is not whole packs: the first acceptable quantity is 24.
        assertThat(rule.problem("VITI", dec("20")))
                .contains(Message.of("quantity.notPackMultiple", dec("20"), "VITI", dec("12"), dec("24")));
    }

    @Test
    void noRuleAcceptsAnything() {
        OrderQuantity rule = new OrderQuantity(null, null);

        assertThat(rule.free()).isTrue();
        assertThat(rule.problem("VITI", dec("0.5"))).isEmpty();
    }

    @Test
    void aZeroOrNegativeRuleIsRefused() {
        assertThatThrownBy(() -> new OrderQuantity(BigDecimal.ZERO, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new OrderQuantity(null, dec("-6"))).isInstanceOf(DomainException.class);
    }
}
