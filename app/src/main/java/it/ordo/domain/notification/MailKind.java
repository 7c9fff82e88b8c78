package it.ordo.domain.notification;

/** Why a customer gets an e-mail; each kind has its template in Italian and English. */
public enum MailKind {
    ORDER_CONFIRMED, ORDER_DELAYED, TICKET_REPLY, ORDER_SHIPPED, ORDER_DELIVERED, REFUND_ISSUED,
    RETURN_AUTHORISED
}
