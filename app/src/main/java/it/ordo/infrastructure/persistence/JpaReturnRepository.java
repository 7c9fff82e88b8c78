package it.ordo.infrastructure.persistence;

import it.ordo.domain.returns.CustomerReturn;
import it.ordo.domain.returns.ReturnRepository;
import it.ordo.domain.returns.ReturnWindow;
import it.ordo.domain.returns.ReturnStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public final class JpaReturnRepository implements ReturnRepository {

    private final JpaTransactions tx;
    private final Numbering numbering;

    public JpaReturnRepository(JpaTransactions tx) {
        this.tx = tx;
        this.numbering = new Numbering(tx);
    }

    @Override
    public Optional<CustomerReturn> findByNumber(String rmaNumber) {
        return tx.em().createQuery("select r from CustomerReturn r where r.rmaNumber = :n", CustomerReturn.class)
                .setParameter("n", rmaNumber == null ? "" : rmaNumber.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public String nextNumber(int year) {
        return "RMA-%d-%06d".formatted(year, numbering.next("RMA", year));
    }

    @Override
    public String nextCreditNoteNumber(int year) {
        return "NC-%d-%06d".formatted(year, numbering.next("NC", year));
    }

    @Override
    public List<CustomerReturn> credited(Instant from, Instant to) {
        return tx.em().createQuery("select r from CustomerReturn r where r.creditedAt >= :f and r.creditedAt < :t"
                        + " order by r.creditNoteNumber", CustomerReturn.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public ReturnWindow window() {
        Number days = (Number) tx.em().createNativeQuery("SELECT window_days FROM return_settings WHERE id = 1")
                .getSingleResult();
        return new ReturnWindow(days.intValue());
    }

    @Override
    public void saveWindow(ReturnWindow window) {
        tx.em().createNativeQuery("UPDATE return_settings SET window_days = ? WHERE id = 1")
                .setParameter(1, window.days()).executeUpdate();
    }

    @Override
    public void store(CustomerReturn customerReturn) {
        if (customerReturn.id() == null) {
            tx.em().persist(customerReturn);
        }
    }

    @Override
    public BigDecimal returned(long orderLineId) {
        // Requested returns count (two requests cannot together ask for more than was shipped); refused ones not.
        BigDecimal sum = tx.em().createQuery("select sum(l.quantity) from CustomerReturn r join r.lines l"
                        + " where l.orderLineId = :id and r.status <> :refused", BigDecimal.class)
                .setParameter("id", orderLineId).setParameter("refused", ReturnStatus.REFUSED).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public List<CustomerReturn> list(Long customerId, int offset, int limit) {
        return (customerId == null
                ? tx.em().createQuery("select r from CustomerReturn r order by r.createdAt desc, r.id desc",
                        CustomerReturn.class)
                : tx.em().createQuery("select r from CustomerReturn r where r.customerId = :c"
                        + " order by r.createdAt desc, r.id desc", CustomerReturn.class).setParameter("c", customerId))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<CustomerReturn> authorised(Instant from, Instant before, int offset, int limit) {
        // The period of JpaManagementFacts.returnedLines: when the return was authorised.
        return tx.em().createQuery("select r from CustomerReturn r where r.authorisedAt >= :from"
                        + " and r.authorisedAt < :before order by r.authorisedAt desc, r.id desc", CustomerReturn.class)
                .setParameter("from", from).setParameter("before", before)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
