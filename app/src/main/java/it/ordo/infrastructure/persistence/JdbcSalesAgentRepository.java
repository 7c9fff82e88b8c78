package it.ordo.infrastructure.persistence;

import it.ordo.domain.security.SalesAgentRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.Session;

/** {@code sales_agent_customer} with plain SQL on the transaction's connection. */
public final class JdbcSalesAgentRepository implements SalesAgentRepository {

    private final JpaTransactions tx;

    public JdbcSalesAgentRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Set<Long> customersOf(String agentUsername) {
        return tx.em().unwrap(Session.class).doReturningWork(con -> {
            try (PreparedStatement s = con.prepareStatement(
                    "SELECT customer_id FROM sales_agent_customer WHERE agent_username = ?")) {
                s.setString(1, agentUsername);
                try (ResultSet rs = s.executeQuery()) {
                    Set<Long> ids = new HashSet<>();
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                    return ids;
                }
            }
        });
    }

    @Override
    public boolean link(String agentUsername, long customerId) {
        if (customersOf(agentUsername).contains(customerId)) {
            return false;
        }
        return tx.em().unwrap(Session.class).doReturningWork(con -> {
            try (PreparedStatement s = con.prepareStatement(
                    "INSERT INTO sales_agent_customer (agent_username, customer_id) VALUES (?, ?)")) {
                s.setString(1, agentUsername);
                s.setLong(2, customerId);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean unlink(String agentUsername, long customerId) {
        return tx.em().unwrap(Session.class).doReturningWork(con -> {
            try (PreparedStatement s = con.prepareStatement(
                    "DELETE FROM sales_agent_customer WHERE agent_username = ? AND customer_id = ?")) {
                s.setString(1, agentUsername);
                s.setLong(2, customerId);
                return s.executeUpdate() > 0;
            }
        });
    }
}
