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
}
