package it.ordo.infrastructure.persistence;

import it.ordo.domain.support.StoredAttachment;
import it.ordo.domain.support.Ticket;
import it.ordo.domain.support.TicketListing;
import it.ordo.domain.support.TicketRepository;
import it.ordo.domain.support.TicketSearch;
import it.ordo.domain.support.TicketStatus;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.hibernate.Session;

/**
 * Tickets through JPA; attachments with plain SQL on the transaction's
 * connection (bytes written once, read only when opened, never audited).
 */
public final class JpaTicketRepository implements TicketRepository {

    private static final String LISTING = "select new it.ordo.domain.support.TicketListing(t.id, t.ticketNumber, "
            + "c.code, c.name, t.category, t.priority, t.status, t.subject, t.assignee, t.createdAt, t.dueAt) ";

    private final JpaTransactions tx;
    private final Numbering numbering;
    private final JdbcIds ids;

    public JpaTicketRepository(JpaTransactions tx) {
        this.tx = tx;
        this.numbering = new Numbering(tx);
        this.ids = new JdbcIds(tx);
    }

    @Override
    public Optional<Ticket> findByNumber(String number) {
        return tx.em().createQuery("select t from Ticket t where t.ticketNumber = :n", Ticket.class)
                .setParameter("n", number == null ? "" : number.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Ticket> find(long id) {
        return Optional.ofNullable(tx.em().find(Ticket.class, id));
    }

    @Override
    public String nextNumber(int year) {
        return "TCK-%d-%06d".formatted(year, numbering.next("TCK", year));
    }

    @Override
    public void store(Ticket ticket) {
        if (ticket.id() == null) {
            tx.em().persist(ticket);
        }
    }

    /** The where clause of a search and its bound values; typed % and _ match themselves. */
    private record Where(String jpql, Map<String, Object> params) {

        static Where of(TicketSearch s) {
            StringBuilder w = new StringBuilder("from Ticket t, Customer c where c.id = t.customerId");
            Map<String, Object> p = new LinkedHashMap<>();
            if (present(s.number())) {
                w.append(" and t.ticketNumber like :num escape '!'");
                p.put("num", like(s.number().toUpperCase(Locale.ROOT)));
            }
            if (present(s.customerCode())) {
                w.append(" and c.code = :cc");
                p.put("cc", s.customerCode().strip());
            }
            if (present(s.orderNumber())) {
                w.append(" and exists (select 1 from TicketLink l, SalesOrder o where l.ticketId = t.id"
                        + " and o.id = l.orderId and o.orderNumber = :on)");
                p.put("on", s.orderNumber().strip().toUpperCase(Locale.ROOT));
            }
            if (present(s.sku())) {
                w.append(" and exists (select 1 from TicketLink l, Product p where l.ticketId = t.id"
                        + " and p.id = l.productId and p.sku = :sku)");
                p.put("sku", s.sku().strip());
            }
            if (present(s.text())) {
                w.append(" and (lower(t.subject) like :t escape '!' or exists (select 1 from TicketEntry e"
                        + " where e.ticketId = t.id and lower(e.body) like :t escape '!'))");
                p.put("t", like(s.text().toLowerCase(Locale.ROOT)));
            }
            if (s.status() != null) {
                w.append(" and t.status = :st");
                p.put("st", s.status());
            }
            if (present(s.assignee())) {
                w.append(" and t.assignee = :as");
                p.put("as", s.assignee().strip().toLowerCase(Locale.ROOT));
            }
            if (s.priority() != null) {
                w.append(" and t.priority = :pr");
                p.put("pr", s.priority());
            }
            if (s.overdueAt() != null) {
                w.append(" and t.dueAt < :now and t.status not in (:done)");
                p.put("now", s.overdueAt());
                p.put("done", java.util.List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED));
            }
            return new Where(w.toString(), p);
        }

        private static boolean present(String v) {
            return v != null && !v.isBlank();
        }

        private static String like(String v) {
            return "%" + v.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        }

        <T> TypedQuery<T> bind(TypedQuery<T> q) {
            params.forEach(q::setParameter);
            return q;
        }
    }

    @Override
    public List<TicketListing> search(TicketSearch search, int offset, int limit) {
        Where where = Where.of(search);
        return where.bind(tx.em().createQuery(LISTING + where.jpql() + " order by t.createdAt desc, t.id desc",
                TicketListing.class)).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(TicketSearch search) {
        Where where = Where.of(search);
        return where.bind(tx.em().createQuery("select count(t) " + where.jpql(), Long.class)).getSingleResult();
    }

    @Override
    public List<TicketListing> ofCustomer(long customerId) {
        return tx.em().createQuery(LISTING + "from Ticket t, Customer c where c.id = t.customerId and c.id = :id"
                + " order by t.createdAt desc, t.id desc", TicketListing.class).setParameter("id", customerId)
                .getResultList();
    }

    @Override
    public long attach(StoredAttachment a) {
        return tx.em().unwrap(Session.class).doReturningWork(c -> {
            long id = ids.next(c);
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO ticket_attachment (id, ticket_id, file_name, content_type, size_bytes, sha256,
                      created_at, created_by, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                s.setLong(1, id);
                s.setLong(2, a.ticketId());
                s.setString(3, a.fileName());
                s.setString(4, a.contentType());
                s.setInt(5, a.sizeBytes());
                s.setString(6, a.sha256());
                s.setTimestamp(7, Timestamp.from(a.createdAt()), utc());
                s.setString(8, a.createdBy());
                s.setBytes(9, a.content());
                s.executeUpdate();
            }
            return id;
        });
    }

    @Override
    public List<StoredAttachment> attachments(long ticketId) {
        return read("WHERE ticket_id = ? ORDER BY created_at, id", false, ticketId);
    }

    @Override
    public Optional<StoredAttachment> attachment(long ticketId, long attachmentId) {
        return read("WHERE ticket_id = ? AND id = ?", true, ticketId, attachmentId).stream().findFirst();
    }

    private List<StoredAttachment> read(String where, boolean withContent, long... args) {
        String sql = "SELECT id, ticket_id, file_name, content_type, size_bytes, sha256, created_at, created_by"
                + (withContent ? ", content" : "") + " FROM ticket_attachment " + where;
        return tx.em().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setLong(i + 1, args[i]);
                }
                List<StoredAttachment> found = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new StoredAttachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5), rs.getString(6).strip(), rs.getTimestamp(7, utc()).toInstant(),
                                rs.getString(8), withContent ? rs.getBytes(9) : null));
                    }
                }
                return found;
            }
        });
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
