package it.ordo.domain.inventory;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A place stock is kept and shipped from. */
@Entity
@Table(name = "warehouse")
public class Warehouse extends BaseEntity {

    private String code;
    private String name;
    private String city;
    @Version
    private long version;

    protected Warehouse() {
    }

    public Warehouse(String code, String name, String city) {
        this.code = code;
        this.name = name;
        this.city = city;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String city() {
        return city;
    }
}
