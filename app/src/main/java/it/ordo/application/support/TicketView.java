package it.ordo.application.support;

import it.ordo.domain.support.EntryKind;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.domain.support.TicketStatus;
import java.time.Instant;
import java.util.List;

/** A ticket as screens and commands show it: header, links, thread and attachments (without their bytes). */
public record TicketView(String number, String customerCode, String customerName, TicketCategory category,
                         TicketPriority priority, TicketStatus status, String subject, String assignee,
                         Instant createdAt, String createdBy, Instant dueAt, Instant resolvedAt, boolean overdue,
                         long version, List<Link> links, List<Entry> entries, List<AttachmentInfo> attachments) {

    /** An order the ticket is about, or one of its lines (lineNo, sku and description then set). */
    public record Link(String orderNumber, Integer lineNo, String sku, String description) {
    }

    public record Entry(EntryKind kind, String author, Instant at, String body) {
    }

    public record AttachmentInfo(long id, String fileName, String contentType, int sizeBytes, Instant createdAt,
                                 String createdBy) {
    }
}
