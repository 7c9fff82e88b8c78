package it.ordo.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.order.OrderView;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.MailStatus;
import it.ordo.testing.TestCompany;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customer service's Delays list: an order without a date and an order whose
 * promise passed are there, an order on time is not; warning the customer
 * writes one "delayed" message with what was expected, and the list says when.
 */
class DelaysListTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "10");
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private List<DelayRow> delays() {
        return company.ctx.mail().delays(100);
    }

    @Test
    void lateAndUndatedOrdersAreListedAndTheCustomerIsWarnedOnce() {
        OrderView onTime = company.order("C-A", "T-1", "P1", 2);
        OrderView undated = company.order("C-B", "T-2", "P2", 5);
        assertThat(delays()).extracting(DelayRow::orderNumber).containsExactly(undated.number());
        assertThat(delays().getFirst().why()).isEqualTo(DelayRow.Why.NO_DATE);
        assertThatThrownBy(() -> company.ctx.mail().warnOfDelay(onTime.number()))
                .hasMessageContaining("mail.delay.notDelayed");

        company.clock.advance(Duration.ofDays(5));
        DelayRow late = delays().stream().filter(d -> d.orderNumber().equals(onTime.number())).findFirst().orElseThrow();
        assertThat(late.why()).as("its promise passed and it has not left").isEqualTo(DelayRow.Why.LATE);
        assertThat(late.warnedAt()).isNull();

        OutboxRow warned = company.ctx.mail().warnOfDelay(onTime.number());
        assertThat(warned.kind()).isEqualTo(MailKind.ORDER_DELAYED);
        assertThat(warned.status()).isEqualTo(MailStatus.PENDING);
        assertThat(company.ctx.mail().ofCustomer("C-A")).filteredOn(r -> r.kind() == MailKind.ORDER_DELAYED)
                .hasSize(1);
        assertThat(delays().stream().filter(d -> d.orderNumber().equals(onTime.number())).findFirst().orElseThrow()
                .warnedAt()).isEqualTo(company.now());

        company.ctx.orders().startPicking(onTime.number());
        company.ctx.orders().pack(onTime.number());
        company.ctx.fulfilment().shipAllocated(onTime.number());
        assertThat(delays()).as("gone once it left").extracting(DelayRow::orderNumber)
                .doesNotContain(onTime.number());
    }
}
