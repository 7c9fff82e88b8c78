package it.ordo.infrastructure.persistence;

import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.ShippingAddress;
import it.ordo.domain.inventory.Warehouse;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Moves the master-data version ({@link VersionRows.Row#MASTER_DATA}) on in every transaction that inserts,
 * updates or deletes a customer, one of its delivery addresses, a product or a warehouse through Hibernate,
 * whichever use case does it: the order pipeline's cache ({@link JpaOrderReferenceData}) is right only if no
 * change can forget to say so. A change that does not reach the database (a field set back to its value) fires
 * no event and moves nothing.
 */
final class MasterDataListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static boolean isMasterData(Object entity) {
        return entity instanceof Customer || entity instanceof ShippingAddress || entity instanceof Product
                || entity instanceof Warehouse;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false; // the version moves before the commit, in the transaction
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getSession(), event.getEntity());
    }

    private static void changed(SharedSessionContractImplementor session, Object entity) {
        if (isMasterData(entity)) {
            VersionRows.changed(session, VersionRows.Row.MASTER_DATA);
        }
    }
}
