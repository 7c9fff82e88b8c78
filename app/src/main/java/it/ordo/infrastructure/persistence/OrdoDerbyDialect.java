package it.ordo.infrastructure.persistence;

import jakarta.persistence.Timeout;
import org.hibernate.community.dialect.DerbyDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * Derby dialect whose pessimistic locks Derby accepts. The community dialect
 * appends " with rs" both in its lock strings and in its locking clause
 * strategy, rendering "for update with rs with rs", which Derby rejects
 * (42X01). Here the lock strings are plain and the strategy adds "with rs"
 * once, which keeps the update lock until commit.
 */
public class OrdoDerbyDialect extends DerbyDialect {

    public OrdoDerbyDialect() {
        super();
    }

    public OrdoDerbyDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    public String getForUpdateString() {
        return " for update";
    }

    @Override
    public String getWriteLockString(Timeout timeout) {
        return " for update";
    }

    @Override
    public String getWriteLockString(int timeout) {
        return " for update";
    }

    @Override
    public String getWriteLockString(String aliases, Timeout timeout) {
        return " for update";
    }

    @Override
    public String getWriteLockString(String aliases, int timeout) {
        return " for update";
    }

    @Override
    public String getReadLockString(Timeout timeout) {
        return " for read only";
    }

    @Override
    public String getReadLockString(int timeout) {
        return " for read only";
    }

    @Override
    public String getReadLockString(String aliases, Timeout timeout) {
        return " for read only";
    }

    @Override
    public String getReadLockString(String aliases, int timeout) {
        return " for read only";
    }
}
