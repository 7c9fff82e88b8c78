package it.ordo.application.support;

import it.ordo.domain.support.TicketPriority;
import it.ordo.domain.support.TicketStatus;
import java.util.List;

/**
 * Customer-service tickets. Every change is one transaction, checked first
 * against the permission table and recorded in the audit trail; a reply to
 * the customer is written to the mail outbox in the same transaction.
 */
public interface TicketService {

    /** Opens a ticket for an existing customer, linked to the given orders and lines (all of that customer). */
    TicketView open(NewTicket ticket);

    TicketView show(String number);

    TicketPage search(TicketQuery query);

    /** The customer's tickets, newest first. */
    List<TicketRow> ofCustomer(String customerCode);

    /** An internal note: colleagues read it, the customer does not. */
    TicketView note(String number, String text);

    /** A message to the customer: kept in the thread and sent by e-mail, in the customer's language. */
    TicketView reply(String number, String text);

    /** What the customer answered (by phone, by e-mail): kept in the thread; a ticket waiting for it opens again. */
    TicketView customerSaid(String number, String text);

    TicketView changeStatus(String number, TicketStatus status);

    TicketView changePriority(String number, TicketPriority priority);

    /** Gives the ticket to a customer-service user (null or blank: nobody). */
    TicketView assign(String number, String username);

    /** Links an order, or one of its lines, of the ticket's customer. */
    TicketView link(String number, String orderNumber, Integer lineNo);

    /** Keeps a photo or PDF with the ticket (type told by its content, size limited). */
    TicketView attach(String number, String fileName, byte[] content);

    AttachmentFile attachment(String number, long attachmentId);

    /** Who tickets can be given to: enabled users with the customer-service role. */
    List<String> assignees();
}
