package it.ordo.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntentDeclarationTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 31);

    @Test
    void consumesUpToTheCeilingAndWarnsBefore() {
        IntentDeclaration d = new IntentDeclaration(1L, "24031512345678901-000001", JAN, DEC, new BigDecimal("1000.00"));
        assertThat(d.covers(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(d.covers(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(d.nearlyExhaustedAfter(new BigDecimal("800"))).isFalse();
        assertThat(d.nearlyExhaustedAfter(new BigDecimal("950"))).isTrue();
        d.consume(new BigDecimal("950.00"));
        assertThat(d.remaining()).isEqualByComparingTo("50");
        assertThat(d.fits(new BigDecimal("50.01"))).isFalse();
        DomainException e = catchThrowableOfType(DomainException.class, () -> d.consume(new BigDecimal("60")));
        assertThat(e.key()).isEqualTo("declaration.exhausted");
        assertThat(d.used()).isEqualByComparingTo("950");
        d.giveBack(new BigDecimal("950.00"));
        assertThat(d.remaining()).isEqualByComparingTo("1000");
    }

    @Test
    void badDataIsRefusedFieldByField() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new IntentDeclaration(1L, "123", DEC, JAN, new BigDecimal("-5")));
        assertThat(e.problems()).map(Message::key).containsExactly("declaration.protocol.invalid",
                "declaration.period.invalid", "declaration.ceiling.invalid");
    }
}
