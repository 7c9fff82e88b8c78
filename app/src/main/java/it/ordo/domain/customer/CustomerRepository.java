package it.ordo.domain.customer;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where customers are kept. */
public interface CustomerRepository {

    Optional<Customer> findByCode(String code);

    Optional<Customer> find(long id);

    /** Customers whose code, name, Partita IVA or city contains the text (any case), by code. */
    default List<Customer> list(String text, int offset, int limit) {
        return list(text, CustomerSort.CODE, false, offset, limit);
    }

    /** {@link #list(String, int, int)} sorted by a column (then by code, so pages never overlap). */
    List<Customer> list(String text, CustomerSort sort, boolean descending, int offset, int limit);

    /** How many customers {@link #list} matches in all. */
    long count(String text);

    long count();

    void store(Customer customer);

    /** Gross value of the customer's orders confirmed but not yet shipped: what credit is already used by. */
    BigDecimal openOrderExposure(long customerId);

    /** {@link #openOrderExposure(long)} of several customers in one query; customers with no open order are absent. */
    Map<Long, BigDecimal> openOrderExposure(Collection<Long> customerIds);
}
