package it.ordo.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * Surrogate key from one pooled sequence: ids come 50 at a time, so inserts of
 * order lines and ledger rows can be batched.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ordo_seq")
    @SequenceGenerator(name = "ordo_seq", sequenceName = "ordo_id_seq", allocationSize = 50)
    protected Long id;

    public Long id() {
        return id;
    }
}
