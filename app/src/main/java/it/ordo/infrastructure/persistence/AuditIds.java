package it.ordo.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Ids of audit rows, from {@code ordo_id_seq} like every other table and read
 * the way Hibernate's pooled optimizer reads it: the sequence moves by
 * {@value #BLOCK}, and a value {@code v} reserves {@code v-49 .. v} for this
 * process. One sequence call per 50 audit rows; the statement is the dialect's
 * own ({@code VALUES NEXT VALUE FOR} on Derby, {@code nextval} on PostgreSQL).
 */
final class AuditIds {

    static final String SEQUENCE = "ordo_id_seq";
    /** The sequence's increment (V1__order_core.sql). */
    static final int BLOCK = 50;

    private final Supplier<String> nextValueStatement;
    private String nextValueSql;
    private long next;
    private long last = -1;

    /** @param nextValueStatement the dialect's statement reading the sequence's next value, asked once */
    AuditIds(Supplier<String> nextValueStatement) {
        this.nextValueStatement = nextValueStatement;
    }

    /** The next id; reserves a new block on the caller's connection when this one is used up. */
    synchronized long next(Connection connection) throws SQLException {
        if (next > last) {
            if (nextValueSql == null) {
                nextValueSql = nextValueStatement.get();
            }
            try (PreparedStatement s = connection.prepareStatement(nextValueSql); ResultSet rs = s.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
                next = last - BLOCK + 1;
            }
        }
        return next++;
    }
}
