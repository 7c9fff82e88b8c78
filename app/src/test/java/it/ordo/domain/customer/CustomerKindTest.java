package it.ordo.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.Address;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.VatTreatment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who a customer can be, what each kind must give, and the VAT treatment its orders get. */
class CustomerKindTest {

    static final Address MILANO = new Address("Via Roma 1", "20121", "Milano", "MI", "IT");
    static final Address BERLIN = new Address("Unter den Linden 1", "10117", "Berlin", null, "DE");
    static final Address PARIS = new Address("1 rue de Rivoli", "75001", "Paris", null, "FR");
    static final Address ZURICH = new Address("Bahnhofstrasse 1", "8001", "Zürich", null, "CH");

    private static List<String> keys(List<Message> problems) {
        return problems.stream().map(Message::key).toList();
    }

    @Test
    void eachKindAcceptsWhatItNeeds() {
        assertThat(Customer.identityProblems(CustomerKind.IT_BUSINESS, "00743110157", null, null, MILANO)).isEmpty();
        assertThat(Customer.identityProblems(CustomerKind.IT_PERSON, null, "RSSMRA85T10A562S", null, MILANO)).isEmpty();
        assertThat(Customer.identityProblems(CustomerKind.PUBLIC_ADMINISTRATION, null, "80012000826", "UFABCD", MILANO))
                .isEmpty();
        assertThat(Customer.identityProblems(CustomerKind.EU_BUSINESS, "DE811907980", null, null, BERLIN)).isEmpty();
        assertThat(Customer.identityProblems(CustomerKind.NON_EU_BUSINESS, "CHE-123.456.789", null, null, ZURICH)).isEmpty();
        assertThat(Customer.identityProblems(CustomerKind.NON_EU_BUSINESS, null, null, null, ZURICH)).isEmpty();
        assertThat(Customer.identityProblems(CustomerKind.CONSUMER, null, null, null, PARIS)).isEmpty();
    }

    @Test
    void eachMissingOrWrongFieldIsNamed() {
        assertThat(keys(Customer.identityProblems(CustomerKind.IT_BUSINESS, null, null, null, MILANO)))
                .containsExactly("customer.vatNumber.required");
        assertThat(keys(Customer.identityProblems(CustomerKind.PUBLIC_ADMINISTRATION, null, null, "AB", MILANO)))
                .containsExactly("customer.fiscalCode.required", "customer.officeCode.invalid");
        assertThat(keys(Customer.identityProblems(CustomerKind.EU_BUSINESS, "DE811907980", null, null, PARIS)))
                .containsExactly("customer.euVatNumber.country");
        assertThat(keys(Customer.identityProblems(CustomerKind.EU_BUSINESS, "DE81190798", null, null, BERLIN)))
                .containsExactly("customer.euVatNumber.format");
        assertThat(keys(Customer.identityProblems(CustomerKind.EU_BUSINESS, "IT00743110157", null, null, MILANO)))
                .containsExactly("customer.euVatNumber.italian");
        assertThat(keys(Customer.identityProblems(CustomerKind.EU_BUSINESS, null, null, null, PARIS)))
                .containsExactly("customer.vatNumber.required");
        assertThat(keys(Customer.identityProblems(CustomerKind.NON_EU_BUSINESS, null, null, null, BERLIN)))
                .containsExactly("customer.country.inEu");
        assertThat(keys(Customer.identityProblems(CustomerKind.CONSUMER, "00743110157", null, null, MILANO)))
                .containsExactly("customer.consumer.vatNumber");
        assertThat(keys(Customer.identityProblems(CustomerKind.CONSUMER, null, null, null,
                new Address("Via Roma 1", "2012", "Milano", "MI", "IT")))).containsExactly("customer.postalCode.format");
    }

    @Test
    void nothingChangesWhenTheIdentityIsWrong() {
        Customer c = new Customer("C1", CustomerKind.EU_BUSINESS, "Muster GmbH", "DE811907980", null, null, BERLIN,
                "30 days", 1L);
        assertThatThrownBy(() -> c.identify(CustomerKind.EU_BUSINESS, "Other", "FR40303265045", null, null, BERLIN))
                .isInstanceOf(DomainException.class).extracting("key").isEqualTo("customer.euVatNumber.country");
        assertThatThrownBy(() -> c.identify(CustomerKind.PUBLIC_ADMINISTRATION, "Other", null, null, null, BERLIN))
                .isInstanceOf(ValidationException.class);
        assertThat(c.name()).isEqualTo("Muster GmbH");
        assertThat(c.vatNumber()).isEqualTo("DE811907980");
    }

    @Test
    void aNewVatNumberNeedsANewViesConfirmation() {
        Customer c = new Customer("C1", CustomerKind.EU_BUSINESS, "Muster GmbH", "de 811 907 980", null, null, BERLIN,
                "30 days", 1L);
        c.confirmVies(new ViesConfirmation("manager", Instant.parse("2026-12-01T09:00:00Z")));
        assertThat(c.viesConfirmation()).map(ViesConfirmation::confirmedBy).contains("manager");
        c.identify(CustomerKind.EU_BUSINESS, "Muster GmbH", "DE811907980", null, null, BERLIN);
        assertThat(c.viesConfirmation()).isPresent();
        c.identify(CustomerKind.EU_BUSINESS, "Muster GmbH", "DE136695976", null, null, BERLIN);
        assertThat(c.viesConfirmation()).isEmpty();
    }

    @Test
    void onlyAnEuBusinessIsConfirmedOnVies() {
        Customer c = new Customer("C2", "Rossi", "00743110157", null, MILANO, "30 days", 1L);
        assertThat(c.kind()).isEqualTo(CustomerKind.IT_BUSINESS);
        assertThatThrownBy(() -> c.confirmVies(new ViesConfirmation("manager", Instant.now())))
                .extracting("key").isEqualTo("customer.vies.notEu");
    }

    @Test
    void treatmentFollowsKindAndWhereTheGoodsGo() {
        Customer eu = new Customer("EU", CustomerKind.EU_BUSINESS, "Muster", "DE811907980", null, null, BERLIN, "t", 1L);
        assertThat(VatDecision.decide(eu, BERLIN, Optional.empty()).treatment()).isEqualTo(VatTreatment.DOMESTIC);
        assertThat(VatDecision.decide(eu, BERLIN, Optional.empty()).notes()).map(Message::key)
                .containsExactly("vat.reason.viesMissing");
        eu.confirmVies(new ViesConfirmation("manager", Instant.now()));
        VatDecision intra = VatDecision.decide(eu, BERLIN, Optional.empty());
        assertThat(intra.treatment()).isEqualTo(VatTreatment.INTRA_EU);
        assertThat(intra.reference()).isEqualTo("DE811907980");
        assertThat(VatDecision.decide(eu, MILANO, Optional.empty()).treatment()).isEqualTo(VatTreatment.DOMESTIC);
        assertThat(VatDecision.decide(eu, ZURICH, Optional.empty()).treatment()).isEqualTo(VatTreatment.EXPORT);

        Customer swiss = new Customer("CH", CustomerKind.NON_EU_BUSINESS, "Swiss", null, null, null, ZURICH, "t", 1L);
        assertThat(VatDecision.decide(swiss, ZURICH, Optional.empty()).treatment()).isEqualTo(VatTreatment.EXPORT);
        assertThat(VatDecision.decide(swiss, MILANO, Optional.empty()).treatment()).isEqualTo(VatTreatment.DOMESTIC);

        Customer consumer = new Customer("WEB1", CustomerKind.CONSUMER, "Anna", null, null, null, PARIS, "t", 1L);
        assertThat(VatDecision.decide(consumer, PARIS, Optional.empty()).treatment()).isEqualTo(VatTreatment.DOMESTIC);

        Customer pa = new Customer("PA", CustomerKind.PUBLIC_ADMINISTRATION, "Comune", null, "80012000826", "ufabcd",
                MILANO, "t", 1L);
        assertThat(pa.officeCode()).isEqualTo("UFABCD");
        assertThat(VatDecision.decide(pa, MILANO, Optional.empty()).treatment()).isEqualTo(VatTreatment.SPLIT_PAYMENT);

        Customer exporter = new Customer("EXP", "Esportatore", "00743110157", null, MILANO, "t", 1L);
        IntentDeclaration d = new IntentDeclaration(1L, "24031512345678901-000001", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), new BigDecimal("10000"));
        VatDecision underDeclaration = VatDecision.decide(exporter, MILANO, Optional.of(d));
        assertThat(underDeclaration.treatment()).isEqualTo(VatTreatment.INTENT_DECLARATION);
        assertThat(underDeclaration.reference()).isEqualTo("24031512345678901-000001");
        assertThat(VatDecision.decide(exporter, MILANO, Optional.empty()).treatment()).isEqualTo(VatTreatment.DOMESTIC);
    }
}
