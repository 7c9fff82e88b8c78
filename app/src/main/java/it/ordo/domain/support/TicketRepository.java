package it.ordo.domain.support;

import java.util.List;
import java.util.Optional;

/** Where tickets, their threads and attachments are kept. */
public interface TicketRepository {

    Optional<Ticket> findByNumber(String number);

    Optional<Ticket> find(long id);

    /** The next ticket number of the year, drawn under the numbering row lock: unique and gap-free. */
    String nextNumber(int year);

    void store(Ticket ticket);

    List<TicketListing> search(TicketSearch search, int offset, int limit);

    long count(TicketSearch search);

    /** The customer's tickets, newest first. */
    List<TicketListing> ofCustomer(long customerId);

    /** Stores an attachment (bytes included) in the caller's transaction; returns its id. */
    long attach(StoredAttachment attachment);

    /** The ticket's attachments without their bytes, oldest first. */
    List<StoredAttachment> attachments(long ticketId);

    /** One attachment with its bytes. */
    Optional<StoredAttachment> attachment(long ticketId, long attachmentId);
}
