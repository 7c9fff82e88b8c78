package it.ordo.domain.order;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an order's history: who moved it, when, from where to where, and why. */
@Entity
@Table(name = "order_status_history")
public class StatusChange extends BaseEntity {

    @Column(name = "order_id", insertable = false, updatable = false)
    private Long orderId;
    @Enumerated(EnumType.STRING)
    private OrderStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private OrderStatus toStatus;
    private String username;
    private Instant changedAt;
    private String reason;

    protected StatusChange() {
    }

    StatusChange(OrderStatus from, OrderStatus to, String username, Instant at, String reason) {
        this.fromStatus = from;
        this.toStatus = to;
        this.username = username;
        this.changedAt = at;
        this.reason = reason;
    }

    public OrderStatus fromStatus() {
        return fromStatus;
    }

    public OrderStatus toStatus() {
        return toStatus;
    }

    public String username() {
        return username;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String reason() {
        return reason;
    }
}
