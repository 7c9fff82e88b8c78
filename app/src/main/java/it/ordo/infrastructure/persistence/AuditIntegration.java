package it.ordo.infrastructure.persistence;

import it.ordo.application.CurrentUser;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Interceptor;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.hibernate.mapping.PersistentClass;

/**
 * How the audit trail is wired into Hibernate. {@link Database} calls
 * {@link #configure} once while it configures the EntityManagerFactory; from
 * then on every insert, update and delete of an audited record (see
 * {@link AuditedEntities}) is recorded in {@code audit_log} by
 * {@link AuditListener}, in the same transaction as the change.
 * {@link JpaTransactions} opens every session with an {@link #scope} saying
 * who works, from which workstation, and by which clock. The same events
 * carry the customer e-mails an order's changes call for
 * ({@link OrderMailListener}) and move the master-data version on
 * ({@link MasterDataListener}).
 */
public final class AuditIntegration {

    private AuditIntegration() {
    }

    /** Registers the audit listeners with the factory being configured. */
    public static HibernatePersistenceConfiguration configure(HibernatePersistenceConfiguration cfg) {
        return cfg.property(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(new AuditIntegrator()));
    }

    /** The per-session collector of audit entries, carried by the session as its interceptor. */
    static Interceptor scope(CurrentUser user, Clock clock) {
        return new AuditScope(user, clock);
    }

    /** Appends the listener to the post-insert, post-update and post-delete events of the factory. */
    private static final class AuditIntegrator implements Integrator {
        @Override
        public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
            Set<String> audited = new HashSet<>();
            for (PersistentClass entity : metadata.getEntityBindings()) {
                if (entity.getMappedClass() != null && AuditedEntities.audited(entity.getMappedClass())) {
                    audited.add(entity.getEntityName());
                }
            }
            AuditListener listener = new AuditListener(audited, factory);
            var registry = factory.getEventListenerRegistry();
            registry.appendListeners(EventType.POST_INSERT, listener);
            registry.appendListeners(EventType.POST_UPDATE, listener);
            registry.appendListeners(EventType.POST_DELETE, listener);
            // Customer e-mails an order's changes call for ride on the same events and the same commit.
            OrderMailListener mail = new OrderMailListener(factory);
            registry.appendListeners(EventType.POST_INSERT, mail);
            registry.appendListeners(EventType.POST_UPDATE, mail);
            // The master data the order pipeline keeps in memory moves its version on in the same flush.
            MasterDataListener masterData = new MasterDataListener();
            registry.appendListeners(EventType.POST_INSERT, masterData);
            registry.appendListeners(EventType.POST_UPDATE, masterData);
            registry.appendListeners(EventType.POST_DELETE, masterData);
        }
    }
}
