package it.ordo.domain.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Where customers are kept. */
public interface CustomerRepository {

    Optional<Customer> findByCode(String code);

    Optional<Customer> find(long id);

    List<Customer> list(String text, int offset, int limit);

    long count();

    void store(Customer customer);

    /** Gross value of the customer's orders confirmed but not yet shipped: what credit is already used by. */
    BigDecimal openOrderExposure(long customerId);
}
