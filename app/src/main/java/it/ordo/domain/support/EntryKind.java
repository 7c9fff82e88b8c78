package it.ordo.domain.support;

/** An entry of a ticket's thread: a note for colleagues only, a message sent to the customer, or what the customer said. */
public enum EntryKind {
    NOTE, TO_CUSTOMER, FROM_CUSTOMER
}
