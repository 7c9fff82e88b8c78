package it.ordo.application.customer;

import java.math.BigDecimal;
import java.util.List;

/** A customer with its commercial conditions, as shown on screen and on the command line. */
public record CustomerView(String code, String name, String vatNumber, String fiscalCode, String email, String phone,
                           String language, String tier, BigDecimal creditLimit, BigDecimal openExposure,
                           String paymentTerms, String priceList, String customerGroup, String defaultChannel,
                           String salesAgent, boolean acceptsBackorders, boolean blocked, String defaultWarehouse,
                           String billingAddress, List<String> shippingAddresses) {
}
