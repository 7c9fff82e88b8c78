package it.ordo.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Gap-free counters per series and year. The UPDATE takes the row's write lock
 * in the caller's transaction, so a rolled-back order gives its number back and
 * two workstations can never draw the same one. A missing row is created; if
 * two transactions race to create it, one fails on the primary key and is
 * retried by the transaction runner.
 *
 * <p>Plain JDBC on the transaction's connection: this row is the one lock every
 * confirmation shares, held from the UPDATE to the commit, so the statements
 * after it are as few as possible (one on PostgreSQL, whose UPDATE returns the
 * new value; Derby reads it back).
 */
final class Numbering {

    private final JpaTransactions tx;

    Numbering(JpaTransactions tx) {
        this.tx = tx;
    }

    long next(String series, int year) {
        Session session = tx.em().unwrap(Session.class);
        boolean returning = session.getFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect;
        return session.doReturningWork(c -> returning ? nextReturning(c, series, year) : next(c, series, year));
    }

    private static long nextReturning(Connection c, String series, int year) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE numbering SET last_value = last_value + 1 WHERE series = ? AND num_year = ? RETURNING last_value")) {
            up.setString(1, series);
            up.setInt(2, year);
            try (ResultSet rs = up.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        return first(c, series, year);
    }

    private static long next(Connection c, String series, int year) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE numbering SET last_value = last_value + 1 WHERE series = ? AND num_year = ?")) {
            up.setString(1, series);
            up.setInt(2, year);
            if (up.executeUpdate() == 0) {
                return first(c, series, year);
            }
        }
        try (PreparedStatement sel = c.prepareStatement(
                "SELECT last_value FROM numbering WHERE series = ? AND num_year = ?")) {
            sel.setString(1, series);
            sel.setInt(2, year);
            try (ResultSet rs = sel.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The first of {@code count} consecutive numbers, drawn under one lock: the history import numbers thousands
     * of past orders at once.
     */
    long reserve(String series, int year, int count) {
        return tx.em().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE numbering SET last_value = last_value + ? WHERE series = ? AND num_year = ?")) {
                up.setLong(1, count);
                up.setString(2, series);
                up.setInt(3, year);
                if (up.executeUpdate() == 0) {
                    long first = first(c, series, year);
                    if (count > 1) {
                        up.setLong(1, count - 1);
                        up.executeUpdate();
                    }
                    return first;
                }
            }
            try (PreparedStatement sel = c.prepareStatement(
                    "SELECT last_value FROM numbering WHERE series = ? AND num_year = ?")) {
                sel.setString(1, series);
                sel.setInt(2, year);
                try (ResultSet rs = sel.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) - count + 1;
                }
            }
        });
    }

    /** The series' first number of the year: creates its row. */
    private static long first(Connection c, String series, int year) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO numbering (series, num_year, last_value) VALUES (?, ?, 1)")) {
            ins.setString(1, series);
            ins.setInt(2, year);
            ins.executeUpdate();
            return 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new TransientConflictException("first " + series + " number of " + year + " taken concurrently", e);
            }
            throw e;
        }
    }
}
