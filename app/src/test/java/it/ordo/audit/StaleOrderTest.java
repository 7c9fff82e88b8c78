package it.ordo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ordo.Internals;
import it.ordo.OrdoContext;
import it.ordo.application.order.OrderView;
import it.ordo.domain.StaleDataException;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.SalesOrder;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two operators have the same order on screen. One cancels it; the other
 * then puts it on hold from the copy they still see: refused, naming who
 * changed the order and when, and nothing is overwritten.
 */
@Tag("db")
class StaleOrderTest {

    private TestCompany company;
    private OrdoContext anna;
    private OrdoContext bruno;
    private String number;

    @BeforeEach
    void twoOperatorsAndAnOrder() {
        company = TestCompany.standard();
        anna = company.ctx.as(AuditRows.operator("anna", "PC-ANNA"));
        bruno = company.ctx.as(AuditRows.operator("bruno", "PC-BRUNO"));
        company.receive("P1", "MIL", "10");
        number = company.order("C-A", "ST-1", "P1", 5).number();
    }

    @AfterEach
    void close() {
        company.close();
    }

    @Test
    void aHoldFromAnOlderCopyIsRefusedNamingWhoChangedTheOrderAndWhen() {
        OrderView seenByAnna = anna.orders().show(number);
        OrderView seenByBruno = bruno.orders().show(number);
        assertThat(seenByBruno.version()).isEqualTo(seenByAnna.version());
        company.clock.set(TestCompany.TODAY.atTime(10, 42).atZone(TestCompany.ROME).toInstant());

        OrderView cancelled = anna.orders().cancel(number, "il cliente ha annullato", seenByAnna.version());
        assertThat(cancelled.version()).isGreaterThan(seenByAnna.version())
                .isEqualTo(anna.orders().show(number).version());

        company.clock.advance(Duration.ofMinutes(3));
        StaleDataException refused = catchThrowableOfType(StaleDataException.class,
                () -> bruno.orders().hold(number, "cliente da richiamare", seenByBruno.version()));

        assertThat(refused.changedBy()).isEqualTo("anna");
        assertThat(plain(new Texts(Locale.ENGLISH).describe(refused))).isEqualTo("Order " + number
                + " was changed by anna at Nov 27, 2026, 10:42 AM; reload to see the changes.");
        assertThat(plain(new Texts(Locale.ITALIAN).describe(refused))).isEqualTo("Ordine " + number
                + ": modificato da anna il 27 nov 2026, 10:42; ricarica per vedere le modifiche.");
        OrderView now = company.ctx.orders().show(number);
        assertThat(now.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(now.version()).isEqualTo(cancelled.version());
        assertThat(now.history()).hasSize(cancelled.history().size())
                .noneMatch(h -> "bruno".equals(h.user()));
    }

    /** The locale's date formats may use no-break spaces ("10:42\u202fAM"). */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void aCopyThatIsStillCurrentIsAccepted() {
        OrderView seen = bruno.orders().show(number);

        OrderView held = bruno.orders().hold(number, null, seen.version());
        OrderView released = bruno.orders().release(number, held.version());

        assertThat(released.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(released.version()).isGreaterThan(held.version());
    }

    /**
     * The copy was current when the use case checked it, but anna saved the
     * order before bruno's transaction wrote: the database refuses the stale
     * write, the use case runs again on the new order, and then refuses.
     */
    @Test
    void aChangeSavedWhileTheUseCaseRunsIsNotOverwritten() throws Exception {
        OrderView seen = bruno.orders().show(number);
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch annaDone = new CountDownLatch(1);

        CompletableFuture<OrderView> brunoHolds = CompletableFuture.supplyAsync(() ->
                Internals.transactions(bruno).write(() -> {
                    // the order is in bruno's session now (read in full: no cursor left open on its row)
                    Internals.transactions(bruno).em().createQuery("select o from SalesOrder o where o.orderNumber = :n",
                            SalesOrder.class).setParameter("n", number).getResultList();
                    read.countDown();
                    try {
                        annaDone.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return bruno.orders().hold(number, "da verificare", seen.version());
                }));
        assertThat(read.await(10, TimeUnit.SECONDS)).isTrue();
        anna.orders().hold(number, "cliente al telefono");
        annaDone.countDown();

        Throwable failure = catchThrowableOfType(java.util.concurrent.ExecutionException.class,
                () -> brunoHolds.get(30, TimeUnit.SECONDS)).getCause();

        assertThat(failure).isInstanceOf(StaleDataException.class);
        assertThat(((StaleDataException) failure).changedBy()).isEqualTo("anna");
        OrderView now = company.ctx.orders().show(number);
        assertThat(now.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(now.history()).noneMatch(h -> "bruno".equals(h.user()));
    }
}
