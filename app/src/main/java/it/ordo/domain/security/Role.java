package it.ordo.domain.security;

/** What a person does in the company; each use case states which roles may run it. */
public enum Role {
    ORDER_DESK, WAREHOUSE, CUSTOMER_SERVICE, ACCOUNTING, MANAGER, ADMIN,
    /** A sales agent in the field: sees and orders only for the customers linked to them. */
    SALES_AGENT
}
