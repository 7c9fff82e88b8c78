package it.ordo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void keepsItsKeyAndArgumentsForTheReadersLanguage() {
        DomainException e = new DomainException("stock.release.tooMuch", 4, "3");

        assertThat(e.key()).isEqualTo("stock.release.tooMuch");
        assertThat(e.args()).containsExactly(4, "3");
        assertThat(e.getMessage()).isEqualTo("stock.release.tooMuch[4, 3]");
    }

    @Test
    void anArgumentNotKnownYetIsShownAsADash() {
        String notYetNumbered = null;

        DomainException e = new DomainException("order.noLines", notYetNumbered);

        assertThat(e.args()).containsExactly("-");
    }
}
