package it.ordo.application.customer;

import it.ordo.domain.customer.CustomerKind;
import it.ordo.domain.order.VatTreatment;
import java.math.BigDecimal;
import java.util.List;

/**
 * A customer with its commercial conditions, as shown on screen and on the command line. openExposure is the
 * credit used by open orders; city is the billing address's (the customer list shows it in its own column).
 * vatTreatment is how VAT applies to its orders today, to its default address, and vatReference what the legal
 * note cites (its VAT number, its declaration's protocol); an order keeps the treatment it was confirmed with.
 */
public record CustomerView(String code, String name, String vatNumber, String fiscalCode, String email, String phone,
                           String language, String tier, BigDecimal creditLimit, BigDecimal openExposure,
                           String paymentTerms, String priceList, String customerGroup, String defaultChannel,
                           String salesAgent, boolean acceptsBackorders, boolean blocked, String defaultWarehouse,
                           String billingAddress, List<String> shippingAddresses, String city, CustomerKind kind,
                           VatTreatment vatTreatment, String vatReference) {

    /** Without the kind and VAT treatment, for callers written before they were added. */
    public CustomerView(String code, String name, String vatNumber, String fiscalCode, String email, String phone,
                        String language, String tier, BigDecimal creditLimit, BigDecimal openExposure,
                        String paymentTerms, String priceList, String customerGroup, String defaultChannel,
                        String salesAgent, boolean acceptsBackorders, boolean blocked, String defaultWarehouse,
                        String billingAddress, List<String> shippingAddresses, String city) {
        this(code, name, vatNumber, fiscalCode, email, phone, language, tier, creditLimit, openExposure, paymentTerms,
                priceList, customerGroup, defaultChannel, salesAgent, acceptsBackorders, blocked, defaultWarehouse,
                billingAddress, shippingAddresses, city, CustomerKind.IT_BUSINESS, VatTreatment.DOMESTIC, null);
    }

    /** Without the city, for callers written before it was added. */
    public CustomerView(String code, String name, String vatNumber, String fiscalCode, String email, String phone,
                        String language, String tier, BigDecimal creditLimit, BigDecimal openExposure,
                        String paymentTerms, String priceList, String customerGroup, String defaultChannel,
                        String salesAgent, boolean acceptsBackorders, boolean blocked, String defaultWarehouse,
                        String billingAddress, List<String> shippingAddresses) {
        this(code, name, vatNumber, fiscalCode, email, phone, language, tier, creditLimit, openExposure, paymentTerms,
                priceList, customerGroup, defaultChannel, salesAgent, acceptsBackorders, blocked, defaultWarehouse,
                billingAddress, shippingAddresses, null);
    }
}
