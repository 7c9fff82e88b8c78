package it.ordo.domain.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
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

    /**
     * The customer's declaration of intent in force on {@code day} with the most left, if any. With
     * {@code lock} the declarations in force are locked until the transaction ends, so two orders at once
     * consume them one after the other.
     */
    Optional<IntentDeclaration> activeDeclaration(long customerId, LocalDate day, boolean lock);

    /** {@link #activeDeclaration} of several customers in one query, unlocked; customers with none are absent. */
    Map<Long, IntentDeclaration> activeDeclarations(Collection<Long> customerIds, LocalDate day);

    /** The declaration, locked until the transaction ends (to give back what a cancelled order consumed). */
    Optional<IntentDeclaration> lockDeclaration(long declarationId);

    /** Every declaration of the customer, latest first. */
    List<IntentDeclaration> declarations(long customerId);

    boolean declarationExists(String protocol);

    void storeDeclaration(IntentDeclaration declaration);
}
