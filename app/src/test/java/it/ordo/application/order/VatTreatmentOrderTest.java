package it.ordo.application.order;

import static it.ordo.testing.TestCompany.customerOfKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ordo.application.customer.VatService;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.VatTreatment;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each kind of customer through preview, confirmation, totals and credit exposure: the one pricing path. */
class VatTreatmentOrderTest {

    static final String PROTOCOL = "26030412345678901-000001";

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "1000");
        company.receive("P3", "MIL", "100");
        assertThat(company.customers(
                customerOfKind("DE-MUSTER", "EU_BUSINESS", "DE811907980", "", "", "10117", "Berlin", "", "DE"),
                customerOfKind("CH-ALPEN", "NON_EU_BUSINESS", "", "", "", "8001", "Zürich", "", "CH"),
                customerOfKind("WEB-ANNA", "CONSUMER", "", "", "", "20121", "Milano", "MI", "IT"),
                customerOfKind("PA-COMUNE", "PUBLIC_ADMINISTRATION", "", "80012000826", "UFABCD", "90100", "Palermo", "PA", "IT"))
                .errors()).isEmpty();
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private OrderPreview preview(String customer, String sku, int qty) {
        return company.ctx.orderEntry().preview(customer,
                List.of(new OrderRequest.LineRequest(sku, null, new BigDecimal(qty))));
    }

    @Test
    void anIntraEuCustomerWithAConfirmedVatNumberBuysWithoutVat() {
        assertThat(preview("DE-MUSTER", "P1", 10).vatTreatment()).isEqualTo(VatTreatment.DOMESTIC);
        assertThat(preview("DE-MUSTER", "P1", 10).vatNotes()).map(Message::key).containsExactly("vat.reason.viesMissing");
        company.ctx.vat().confirmVies("DE-MUSTER");

        OrderPreview p = preview("DE-MUSTER", "P1", 10);
        assertThat(p.vatTreatment()).isEqualTo(VatTreatment.INTRA_EU);
        assertThat(p.vatTotal()).isZero();
        OrderView order = company.order("DE-MUSTER", "EU-1", "P1", 10, "P3", 1);
        assertThat(order.vatTreatment()).isEqualTo(VatTreatment.INTRA_EU);
        assertThat(order.vatReference()).isEqualTo("DE811907980");
        assertThat(order.lines()).allSatisfy(l -> assertThat(l.vatRate()).isZero());
        assertThat(order.netTotal()).isEqualByComparingTo("200.00");
        assertThat(order.grossTotal()).isEqualByComparingTo(p.grossTotal().add(new BigDecimal("100.00")));
        assertThat(order.amountDue()).isEqualByComparingTo("200.00");
        assertThat(order.vatSummary()).singleElement().satisfies(r -> assertThat(r.rate()).isZero());
    }

    @Test
    void aChangeOfTheCustomerNeverAltersAConfirmedOrder() {
        company.ctx.vat().confirmVies("DE-MUSTER");
        OrderView confirmed = company.order("DE-MUSTER", "EU-2", "P1", 10);
        // A new VAT number drops the VIES confirmation: new orders are taxed, the confirmed one is not.
        assertThat(company.customers(customerOfKind("DE-MUSTER", "EU_BUSINESS", "DE136695976", "", "", "10117", "Berlin", "",
                "DE")).errors()).isEmpty();
        assertThat(company.ctx.customers().show("DE-MUSTER").vatTreatment()).isEqualTo(VatTreatment.DOMESTIC);
        OrderView again = company.ctx.orders().show(confirmed.number());
        assertThat(again.vatTreatment()).isEqualTo(VatTreatment.INTRA_EU);
        assertThat(again.vatReference()).isEqualTo("DE811907980");
        assertThat(again.vatTotal()).isZero();
        assertThat(company.order("DE-MUSTER", "EU-3", "P1", 10).vatTotal()).isEqualByComparingTo("22.00");
    }

    @Test
    void exportConsumerAndSplitPayment() {
        OrderView export = company.order("CH-ALPEN", "CH-1", "P1", 10);
        assertThat(export.vatTreatment()).isEqualTo(VatTreatment.EXPORT);
        assertThat(export.vatTotal()).isZero();

        OrderView consumer = company.order("WEB-ANNA", "WEB-1", "P1", 10, "P3", 1);
        assertThat(consumer.vatTreatment()).isEqualTo(VatTreatment.DOMESTIC);
        assertThat(consumer.vatTotal()).isEqualByComparingTo("26.00");
        assertThat(consumer.amountDue()).isEqualByComparingTo("226.00");

        OrderView pa = company.order("PA-COMUNE", "PA-1", "P1", 10);
        assertThat(pa.vatTreatment()).isEqualTo(VatTreatment.SPLIT_PAYMENT);
        assertThat(pa.vatTotal()).isEqualByComparingTo("22.00");
        assertThat(pa.grossTotal()).isEqualByComparingTo("122.00");
        assertThat(pa.amountDue()).isEqualByComparingTo("100.00");
        // A portal or web shop reading the order through the API learns the same.
        OrderTracking tracked = company.ctx.channelOrders().track(pa.number());
        assertThat(tracked.vatTreatment()).isEqualTo(VatTreatment.SPLIT_PAYMENT);
        assertThat(tracked.amountDue()).isEqualByComparingTo("100.00");
        assertThat(company.ctx.channelOrders().track(export.number()).vatTreatment()).isEqualTo(VatTreatment.EXPORT);
        // The credit used is what the administration pays us, not the VAT it pays the Treasury.
        assertThat(company.ctx.customers().show("PA-COMUNE").openExposure()).isEqualByComparingTo("100.00");
        assertThat(company.ctx.customers().list("PA-COMUNE", 0, 5).getFirst().openExposure())
                .isEqualByComparingTo("100.00");
    }

    @Test
    void thePreviewWarnsOfACreditHoldOnWhatTheCustomerPaysAsConfirmationDoes() {
        // 450 × 10.00 net, 5,490.00 gross, against a 5,000.00 limit: a consumer pays the gross and would be held,
        // a public administration under split payment pays the net and would not.
        OrderPreview consumer = preview("WEB-ANNA", "P1", 450);
        OrderPreview pa = preview("PA-COMUNE", "P1", 450);

        assertThat(consumer.hold()).isNotNull().extracting(Message::key).isEqualTo("hold.credit");
        assertThat(pa.grossTotal()).isGreaterThan(new BigDecimal("5000"));
        assertThat(pa.hold()).isNull();
        assertThat(company.order("PA-COMUNE", "PA-2", "P1", 450).status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(company.order("WEB-ANNA", "WEB-2", "P1", 450).status()).isEqualTo(OrderStatus.ON_HOLD);
    }

    @Test
    void aDeclarationOfIntentIsConsumedWarnsBeforeAndThenTaxes() {
        VatService vat = company.ctx.vat();
        vat.registerDeclaration(new VatService.DeclarationRequest("C-B", PROTOCOL, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), new BigDecimal("1000.00")));
        assertThat(company.ctx.customers().show("C-B").vatTreatment()).isEqualTo(VatTreatment.INTENT_DECLARATION);

        OrderView first = company.order("C-B", "EXP-1", "P1", 50);
        assertThat(first.vatTreatment()).isEqualTo(VatTreatment.INTENT_DECLARATION);
        assertThat(first.vatReference()).isEqualTo(PROTOCOL);
        assertThat(first.vatTotal()).isZero();
        assertThat(vat.declarations("C-B").getFirst().remaining()).isEqualByComparingTo("500.00");

        OrderPreview nearly = preview("C-B", "P1", 46);
        assertThat(nearly.vatTreatment()).isEqualTo(VatTreatment.INTENT_DECLARATION);
        assertThat(nearly.vatNotes()).map(Message::key).containsExactly("vat.reason.declarationNearlyExhausted");
        OrderPreview over = preview("C-B", "P1", 60);
        assertThat(over.vatTreatment()).isEqualTo(VatTreatment.DOMESTIC);
        assertThat(over.vatTotal()).isEqualByComparingTo("132.00");
        assertThat(over.vatNotes()).map(Message::key).containsExactly("vat.reason.declarationExhausted");

        OrderView taxed = company.order("C-B", "EXP-2", "P1", 60);
        assertThat(taxed.vatTreatment()).isEqualTo(VatTreatment.DOMESTIC);
        assertThat(vat.declarations("C-B").getFirst().remaining()).isEqualByComparingTo("500.00");

        company.ctx.orders().cancel(first.number(), "changed its mind");
        assertThat(vat.declarations("C-B").getFirst().remaining()).isEqualByComparingTo("1000.00");
    }

    @Test
    void aBadDeclarationIsRefusedFieldByFieldAndNothingIsWritten() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> company.ctx.vat().registerDeclaration(new VatService.DeclarationRequest("C-B", "12-3",
                        LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1), new BigDecimal("-1"))));
        assertThat(e.problems()).map(Message::key).containsExactly("declaration.protocol.invalid",
                "declaration.period.invalid", "declaration.ceiling.invalid");
        ValidationException consumer = catchThrowableOfType(ValidationException.class,
                () -> company.ctx.vat().registerDeclaration(new VatService.DeclarationRequest("WEB-ANNA", PROTOCOL,
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("1000"))));
        assertThat(consumer.problems()).map(Message::key).containsExactly("declaration.customerKind");
        assertThat(company.ctx.vat().declarations("C-B")).isEmpty();
        assertThat(company.ctx.vat().declarations("WEB-ANNA")).isEmpty();
    }
}
