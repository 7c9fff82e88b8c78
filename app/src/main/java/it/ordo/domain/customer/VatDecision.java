package it.ordo.domain.customer;

import it.ordo.domain.Address;
import it.ordo.domain.Message;
import it.ordo.domain.order.VatTreatment;
import java.util.List;
import java.util.Optional;

/**
 * The VAT treatment an order gets, worked out from who the customer is and where the goods go, with why when
 * it is not the one the customer's kind suggests (e.g. an EU business whose VAT number nobody confirmed on VIES).
 *
 * @param reference   what the legal note cites: the customer's VAT number (intra-EU), the declaration's protocol
 * @param declaration the declaration of intent the order consumes; null unless {@link VatTreatment#INTENT_DECLARATION}
 * @param notes       why the treatment is what it is, for the operator; empty in the ordinary case
 */
public record VatDecision(VatTreatment treatment, String reference, IntentDeclaration declaration,
                          List<Message> notes) {

    public VatDecision {
        notes = List.copyOf(notes);
        reference = reference == null ? "" : reference;
    }

    /**
     * The treatment for a customer's goods sent to {@code shipTo}, given its declaration of intent in force
     * that day if it has one. Consumers always pay Italian VAT.
     */
    public static VatDecision decide(Customer customer, Address shipTo, Optional<IntentDeclaration> declaration) {
        String to = shipTo == null ? "IT" : shipTo.country();
        boolean outsideEu = !EuCountries.isMember(to);
        return switch (customer.kind()) {
            case CONSUMER -> plain();
            case PUBLIC_ADMINISTRATION -> new VatDecision(VatTreatment.SPLIT_PAYMENT, customer.officeCode(), null, List.of());
            case EU_BUSINESS -> {
                if (outsideEu) {
                    yield new VatDecision(VatTreatment.EXPORT, customer.vatNumber(), null, List.of());
                }
                if ("IT".equals(to)) {
                    yield plain(Message.of("vat.reason.deliveredInItaly", customer.code()));
                }
                if (customer.viesConfirmation().isEmpty()) {
                    yield plain(Message.of("vat.reason.viesMissing", customer.code(), customer.vatNumber()));
                }
                yield new VatDecision(VatTreatment.INTRA_EU, customer.vatNumber(), null, List.of());
            }
            case NON_EU_BUSINESS -> outsideEu
                    ? new VatDecision(VatTreatment.EXPORT, customer.vatNumber(), null, List.of())
                    : plain(Message.of("vat.reason.deliveredInEu", customer.code(), to));
            case IT_BUSINESS, IT_PERSON -> declaration
                    .map(d -> new VatDecision(VatTreatment.INTENT_DECLARATION, d.protocol(), d, List.of()))
                    .orElseGet(VatDecision::plain);
        };
    }

    /** Italian VAT at the products' rates. */
    public static VatDecision plain(Message... why) {
        return new VatDecision(VatTreatment.DOMESTIC, "", null, List.of(why));
    }
}
