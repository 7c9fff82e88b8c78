package it.ordo.application.support;

import java.time.Instant;

/**
 * One thing that happened with a customer: an order taken, a ticket opened,
 * a return authorised, an e-mail written. {@code reference} is the number
 * people use (order, ticket, RMA, or the e-mail's subject), {@code state} its
 * state now.
 */
public record StoryEvent(Instant at, Kind kind, String reference, String state, String summary) {

    public enum Kind { ORDER, TICKET, RETURN, EMAIL }
}
