package it.ordo.domain.customer;

import it.ordo.domain.Address;
import it.ordo.domain.BaseEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of a customer's delivery points; position 0 is the default. */
@Entity
@Table(name = "customer_address")
public class ShippingAddress extends BaseEntity {

    @Column(name = "customer_id", insertable = false, updatable = false)
    private Long customerId;
    private int position;
    private String label;
    @Embedded
    @AttributeOverride(name = "postalCode", column = @Column(name = "postal_code"))
    private Address address;

    protected ShippingAddress() {
    }

    ShippingAddress(int position, String label, Address address) {
        this.position = position;
        this.label = label;
        this.address = address;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }

    public Address address() {
        return address;
    }

    void change(String newLabel, Address newAddress) {
        this.label = newLabel;
        this.address = newAddress;
    }
}
