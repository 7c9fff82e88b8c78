package it.ordo.domain.pricing;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A list of prices: the base list, a customer group's list, or one customer's negotiated list. */
@Entity
@Table(name = "price_list")
public class PriceList extends BaseEntity {

    private String code;
    private String name;
    private boolean baseList;
    private String customerGroup;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Long customerId;
    @Version
    private long version;

    protected PriceList() {
    }

    public PriceList(String code, String name, boolean baseList, String customerGroup, LocalDate validFrom, LocalDate validTo) {
        this.code = code;
        this.name = name;
        this.baseList = baseList;
        this.customerGroup = customerGroup;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** A list of one customer's own prices for a period (besides a list the customer record points at). */
    public static PriceList forCustomer(String code, String name, long customerId, LocalDate validFrom, LocalDate validTo) {
        PriceList list = new PriceList(code, name, false, null, validFrom, validTo);
        list.customerId = customerId;
        return list;
    }

    /** New name, target and validity; the code stays. */
    public void update(String name, boolean baseList, String customerGroup, Long customerId, LocalDate validFrom,
                       LocalDate validTo) {
        Validity.require(validFrom, validTo);
        this.name = name;
        this.baseList = baseList;
        this.customerGroup = customerGroup;
        this.customerId = customerId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Whom the list is for. */
    public PriceListScope scope() {
        if (baseList) {
            return PriceListScope.ALL;
        }
        return customerGroup != null ? PriceListScope.GROUP : PriceListScope.CUSTOMER;
    }

    /** Same kind, same target and at least one day in common: two such lists would make a price ambiguous. */
    public boolean conflictsWith(PriceList other) {
        if (other == this || (id() != null && id().equals(other.id())) || scope() != other.scope()) {
            return false;
        }
        boolean sameTarget = switch (scope()) {
            case ALL -> true;
            case GROUP -> customerGroup.equals(other.customerGroup);
            case CUSTOMER -> customerId != null && customerId.equals(other.customerId);
        };
        return sameTarget && Validity.overlap(validFrom, validTo, other.validFrom, other.validTo);
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean baseList() {
        return baseList;
    }

    public String customerGroup() {
        return customerGroup;
    }

    public Long customerId() {
        return customerId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
