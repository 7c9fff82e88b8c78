package it.ordo.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Ids for rows written with plain JDBC (attachments, the mail outbox), from
 * {@code ordo_id_seq} in blocks like every other table (see {@link AuditIds}).
 */
final class JdbcIds {

    private final AuditIds ids;

    JdbcIds(JpaTransactions tx) {
        this.ids = new AuditIds(() -> tx.em().unwrap(Session.class).getFactory()
                .unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString(AuditIds.SEQUENCE));
    }

    long next(Connection connection) throws SQLException {
        return ids.next(connection);
    }
}
