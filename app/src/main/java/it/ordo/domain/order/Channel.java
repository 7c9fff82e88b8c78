package it.ordo.domain.order;

/** Where an order came from. */
public enum Channel {
    WEB, APP, AGENT, B2B_PORTAL, PHONE, EMAIL
}
