package it.ordo.domain.support;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What a ticket is about: an order, or one of its lines and so its product (ids, not objects). */
@Entity
@Table(name = "ticket_link")
public class TicketLink extends BaseEntity {

    @Column(name = "ticket_id", insertable = false, updatable = false)
    private Long ticketId;
    private long orderId;
    /** The order's and line's numbers kept with the link: they never change, and the thread is shown without joins. */
    private String orderNumber;
    private Long orderLineId;
    private Integer lineNo;
    private Long productId;

    protected TicketLink() {
    }

    TicketLink(long orderId, String orderNumber, Long orderLineId, Integer lineNo, Long productId) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.orderLineId = orderLineId;
        this.lineNo = lineNo;
        this.productId = productId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public Integer lineNo() {
        return lineNo;
    }

    public Long ticketId() {
        return ticketId;
    }

    public long orderId() {
        return orderId;
    }

    public Long orderLineId() {
        return orderLineId;
    }

    public Long productId() {
        return productId;
    }
}
