package it.ordo.domain.support;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a ticket's thread, written once. */
@Entity
@Table(name = "ticket_entry")
public class TicketEntry extends BaseEntity {

    @Column(name = "ticket_id", insertable = false, updatable = false)
    private Long ticketId;
    @Enumerated(EnumType.STRING)
    private EntryKind kind;
    private String author;
    private Instant createdAt;
    private String body;

    protected TicketEntry() {
    }

    TicketEntry(EntryKind kind, String body, String author, Instant at) {
        this.kind = kind;
        this.body = body;
        this.author = author;
        this.createdAt = at;
    }

    public EntryKind kind() {
        return kind;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String body() {
        return body;
    }
}
