package it.ordo.domain.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where returns are kept. */
public interface ReturnRepository {

    Optional<CustomerReturn> findByNumber(String rmaNumber);

    /** The next RMA number of the year, under the numbering row lock: unique and gap-free. */
    String nextNumber(int year);

    void store(CustomerReturn customerReturn);

    /** How much of an order line earlier returns already took back. */
    BigDecimal returned(long orderLineId);

    /** The next credit note number of the year, gap-free like RMA numbers. */
    String nextCreditNoteNumber(int year);

    /** Returns credited from {@code from} (included) to {@code to} (excluded), by credit note number. */
    List<CustomerReturn> credited(Instant from, Instant to);

    /** The company's return window. */
    ReturnWindow window();

    void saveWindow(ReturnWindow window);

    /** Newest first; {@code customerId} null for every customer. */
    List<CustomerReturn> list(Long customerId, int offset, int limit);

    /**
     * The returns authorised from {@code from} (included) to {@code before} (excluded), whatever became of
     * them since, newest first: the returns the returns report and the dashboard's return rate count.
     */
    List<CustomerReturn> authorised(Instant from, Instant before, int offset, int limit);
}
