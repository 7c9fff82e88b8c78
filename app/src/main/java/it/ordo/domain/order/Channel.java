package it.ordo.domain.order;

import it.ordo.domain.Normalization;

/** Where an order came from. */
public enum Channel {
    WEB, APP, AGENT, B2B_PORTAL, PHONE, EMAIL;

    /**
     * A channel as a file or a person writes it, in any case.
     *
     * @throws it.ordo.domain.DomainException naming the allowed channels
     */
    public static Channel parse(String text) {
        return Normalization.parse(Channel.class, text, "order.channel");
    }
}
