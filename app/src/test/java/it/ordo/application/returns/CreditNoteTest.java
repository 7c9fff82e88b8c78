package it.ordo.application.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.ordo.Internals;
import it.ordo.application.notification.MailServerSettings;
import it.ordo.application.notification.OutboxRow;
import it.ordo.application.order.OrderView;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.Session;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnStatus;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A received return is credited: a credit note numbered without gaps, its PDF with the lines at the sold
 * price and the VAT per rate, the "refund issued" e-mail once, accounting's list of the period. And the
 * return window: refused after it with the dates, let through by a manager with a reason that stays.
 */
class CreditNoteTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private TestCompany company;
    private OrderView shipped;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "10");
        OrderView order = company.order("C-A", "R-1", "P1", 10, "P3", 3);
        company.ctx.orders().startPicking(order.number());
        company.ctx.orders().pack(order.number());
        company.ctx.fulfilment().shipAllocated(order.number());
        shipped = company.ctx.orders().show(order.number());
        company.ctx.mail().configure(new MailServerSettings("127.0.0.1", SMTP.getSmtp().getPort(), false, null,
                "ordini@prova.it"));
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private ReturnView received(String... lineQty) {
        List<NewReturn.LineQty> lines = new java.util.ArrayList<>();
        List<LineOutcome> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < lineQty.length; i += 2) {
            int no = Integer.parseInt(lineQty[i]);
            lines.add(new NewReturn.LineQty(no, new BigDecimal(lineQty[i + 1])));
            outcomes.add(new LineOutcome(no, ReturnOutcome.RESTOCK));
        }
        ReturnView r = company.ctx.returns().open(new NewReturn(shipped.number(), null, "Danneggiato",
                ReturnWish.REFUND, lines));
        return company.ctx.returns().receive(r.rmaNumber(), outcomes);
    }

    @Test
    void aReceivedReturnIsCreditedOnceWithANumberedNoteAndItsPdf() throws Exception {
        ReturnView r = received("1", "3", "2", "1");
        ReturnView credited = company.ctx.returns().credit(r.rmaNumber());

        assertThat(credited.status()).isEqualTo(ReturnStatus.CREDITED);
        assertThat(credited.creditNoteNumber()).isEqualTo("NC-2026-000001");
        assertThatThrownBy(() -> company.ctx.returns().credit(r.rmaNumber()))
                .hasMessageContaining("return.alreadyCredited");

        CreditNote note = company.ctx.returns().creditNote(r.rmaNumber());
        assertThat(note.gross()).isEqualByComparingTo(r.creditGross());
        assertThat(note.rates()).as("22% for P1, 4% for P3").extracting(CreditNote.Rate::vatRate)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("4"), new BigDecimal("22"));
        assertThat(note.rates().stream().map(CreditNote.Rate::vat).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("VAT per rate adds up to the note's VAT").isEqualByComparingTo(note.vat());

        String text;
        byte[] bytes = company.ctx.returns().creditNotePdf(r.rmaNumber());
        String out = System.getProperty("ordo.test.pdfOut");
        if (out != null) {
            // To look at the page (docs/screenshots): -Dordo.test.pdfOut=DIR
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(out));
            java.nio.file.Files.write(java.nio.file.Path.of(out, "credit-note.pdf"), bytes);
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("NOTA DI CREDITO").contains("NC-2026-000001").contains(r.rmaNumber())
                .contains(shipped.number()).contains("Alfa S.r.l.").contains("Vite 4x40").contains("Manuale tecnico")
                .contains(new java.text.DecimalFormat("#,##0.00",
                        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ITALIAN)).format(note.gross()));
        // The totals box: taxable and VAT of the whole note (no rate line has these sums), not only the gross.
        java.text.DecimalFormat euro = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ITALIAN));
        assertThat(text).contains("€ " + euro.format(note.net())).contains("€ " + euro.format(note.vat()));

        List<CreditNote> period = company.ctx.returns().creditNotes(TestCompany.TODAY, TestCompany.TODAY);
        assertThat(period).extracting(CreditNote::number).containsExactly("NC-2026-000001");
        assertThat(company.ctx.returns().creditNotes(TestCompany.TODAY.plusDays(1), TestCompany.TODAY.plusDays(2)))
                .isEmpty();
    }

    @Test
    void onlyGoodsReceivedAreCreditedAndARefusalDrawsNoNumber() {
        ReturnView waiting = company.ctx.returns().open(new NewReturn(shipped.number(), null, "Rotto",
                ReturnWish.REFUND, List.of(new NewReturn.LineQty(1, BigDecimal.ONE))));
        assertThatThrownBy(() -> company.ctx.returns().credit(waiting.rmaNumber()))
                .hasMessageContaining("return.credit.notReceived");
        assertThatThrownBy(() -> company.ctx.returns().creditNotePdf(waiting.rmaNumber()))
                .hasMessageContaining("return.credit.none");

        ReturnView r = received("2", "1");
        assertThat(company.ctx.returns().credit(r.rmaNumber()).creditNoteNumber())
                .as("the refusal took no number").isEqualTo("NC-2026-000001");
    }

    @Test
    void theCustomerIsToldOfTheRefundOnce() throws Exception {
        ReturnView r = received("1", "2");
        company.ctx.mail().sendPending();
        int before = SMTP.getReceivedMessages().length;

        company.ctx.returns().credit(r.rmaNumber());
        assertThat(company.ctx.mail().ofCustomer("C-A")).extracting(OutboxRow::kind)
                .containsOnlyOnce(MailKind.REFUND_ISSUED);
        assertThat(company.ctx.mail().sendPending().sent()).isEqualTo(1);
        assertThat(company.ctx.mail().sendPending().sent()).isZero();

        MimeMessage[] all = SMTP.getReceivedMessages();
        assertThat(all).hasSize(before + 1);
        MimeMessage refund = all[all.length - 1];
        assertThat(refund.getSubject()).contains(r.rmaNumber()).contains("NC-2026-000001");
        assertThat(refund.getAllRecipients()[0].toString()).isEqualTo("ordini@c-a.it");
        assertThat(refund.getContent().toString()).contains("Gentile Alfa S.r.l.").contains("nota di credito");
    }

    @Test
    void afterTheReturnWindowOnlyAManagerAcceptsAReturnWithAReason() {
        company.ctx.returns().setReturnWindowDays(14);
        company.clock.advance(Duration.ofDays(15));
        NewReturn late = new NewReturn(shipped.number(), null, "Rotto", ReturnWish.REFUND,
                List.of(new NewReturn.LineQty(1, BigDecimal.ONE)));

        var service = company.ctx.as(new Session("cs", EnumSet.of(Role.CUSTOMER_SERVICE), false));
        assertThatThrownBy(() -> service.returns().open(late)).hasMessageContaining("return.window.closed")
                .hasMessageContaining("14");
        NewReturn overridden = new NewReturn(shipped.number(), null, "Rotto", ReturnWish.REFUND,
                List.of(new NewReturn.LineQty(1, BigDecimal.ONE)), "Cliente storico, danno nascosto");
        assertThatThrownBy(() -> service.returns().open(overridden)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.returns().setReturnWindowDays(60)).isInstanceOf(AccessDeniedException.class);

        var manager = company.ctx.as(new Session("boss", EnumSet.of(Role.MANAGER), false));
        ReturnView r = manager.returns().open(overridden);
        assertThat(r.rmaNumber()).as("no number lost to the refusals").isEqualTo("RMA-2026-000001");
        assertThat(r.windowOverrideReason()).isEqualTo("Cliente storico, danno nascosto");
        assertThat(r.windowOverrideBy()).isEqualTo("boss");
        var tx = Internals.transactions(company.ctx);
        List<String> audit = tx.read(() -> tx.em().createNativeQuery("SELECT entity_key || ':' || changes FROM audit_log"
                + " WHERE entity = 'CustomerReturn' ORDER BY id").getResultList().stream().map(Object::toString).toList());
        assertThat(audit).as("the override is in the audit trail, under the RMA").anySatisfy(row -> assertThat(row)
                .startsWith(r.rmaNumber()).contains("Cliente storico, danno nascosto").contains("boss"));

        assertThatThrownBy(() -> company.ctx.returns().setReturnWindowDays(0)).hasMessageContaining("return.window.days");
        company.ctx.returns().setReturnWindowDays(30);
        assertThat(service.returns().open(late).status()).as("inside a 30-day window")
                .isEqualTo(ReturnStatus.AUTHORISED);
    }
}
