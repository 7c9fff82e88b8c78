package it.ordo.application.customer;

import it.ordo.domain.Message;
import it.ordo.domain.customer.CustomerKind;
import it.ordo.domain.order.VatTreatment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The VAT side of a customer: the declarations of intent of a habitual exporter, the VIES confirmation of an
 * EU customer's VAT number, and the treatment its orders get. Master data owned by accounting
 * ({@link it.ordo.application.security.Permission#IMPORT_CUSTOMERS}); anyone who sees customers sees them.
 */
public interface VatService {

    /**
     * Records a declaration of intent of an Italian business or person; every bad field is reported at once
     * and nothing is written.
     */
    DeclarationView registerDeclaration(DeclarationRequest request);

    /** The customer's declarations, latest first, with what each has left. */
    List<DeclarationView> declarations(String customerCode);

    /**
     * Records that the signed-in user found the EU customer's VAT number registered on VIES, now. The check
     * itself is made on the Commission's web page: the application makes no online call.
     */
    CustomerVat confirmVies(String customerCode);

    /** How VAT applies to the customer's orders today, to its default address, and why. */
    CustomerVat treatment(String customerCode);

    /** A declaration of intent as filed with the Agenzia delle Entrate. */
    record DeclarationRequest(String customerCode, String protocol, LocalDate validFrom, LocalDate validTo,
                              BigDecimal ceiling) {
    }

    /**
     * A recorded declaration and how much of it is used.
     *
     * @param nearlyExhausted less than a tenth of the ceiling is left: every order under it now comes with a warning
     */
    record DeclarationView(String customerCode, String protocol, LocalDate validFrom, LocalDate validTo,
                           BigDecimal ceiling, BigDecimal used, BigDecimal remaining, boolean nearlyExhausted) {
    }

    /**
     * A customer's VAT position.
     *
     * @param reference what the legal note cites: its VAT number, its declaration's protocol, its office code
     * @param notes     why the treatment is not the one its kind suggests, or that its declaration is running out
     */
    record CustomerVat(String customerCode, CustomerKind kind, String vatNumber, VatTreatment treatment,
                       String reference, List<Message> notes, String viesConfirmedBy, Instant viesConfirmedAt,
                       String fiscalCode) {
    }
}
