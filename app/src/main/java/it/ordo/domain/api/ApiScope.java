package it.ordo.domain.api;

import it.ordo.domain.Normalization;

/** What an API key may do: each endpoint of the public API needs one. */
public enum ApiScope {
    /** Place orders (in the key's channel). */
    PLACE_ORDERS,
    /** Read the status of orders: the "where is my order?" answer. */
    VIEW_ORDERS,
    /** Ask the price and availability of a product for a customer. */
    VIEW_PRICES,
    /** Cancel orders the warehouse has not started on. */
    CANCEL_ORDERS;

    /**
     * A scope as a person writes it, in any case.
     *
     * @throws it.ordo.domain.DomainException naming the allowed scopes
     */
    public static ApiScope parse(String text) {
        return Normalization.parse(ApiScope.class, text, "api.scope");
    }
}
