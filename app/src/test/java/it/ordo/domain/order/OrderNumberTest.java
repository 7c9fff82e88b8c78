package it.ordo.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderNumberTest {

    @Test
    void theYearAndTheSequenceMakeTheNumber() {
        assertThat(OrderNumber.of(2026, 7)).hasToString("ORD-2026-000007");
        assertThat(OrderNumber.of(2026, 999_999).value()).isEqualTo("ORD-2026-999999");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ORD-2026-7", "ord-2026-000007", "ORD-26-000007", "ORD-2026-0000007", " ORD-2026-000007"})
    void anythingElseIsNotAnOrderNumber(String value) {
        assertThatThrownBy(() -> new OrderNumber(value)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("order.number.invalid"));
    }

    @Test
    void aSequenceBeyondSixDigitsCannotBeNumbered() {
        assertThatThrownBy(() -> OrderNumber.of(2026, 1_000_000)).isInstanceOf(DomainException.class);
    }
}
