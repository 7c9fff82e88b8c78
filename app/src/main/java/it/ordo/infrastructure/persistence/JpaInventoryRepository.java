package it.ordo.infrastructure.persistence;

import it.ordo.domain.DomainException;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.StockMovement;
import it.ordo.domain.inventory.SupplyLine;
import it.ordo.domain.inventory.Warehouse;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

public final class JpaInventoryRepository implements InventoryRepository {

    private final JpaTransactions tx;

    public JpaInventoryRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Warehouse> findWarehouse(String code) {
        return tx.em().createQuery("select w from Warehouse w where w.code = :c", Warehouse.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Warehouse> findWarehouse(long id) {
        return Optional.ofNullable(tx.em().find(Warehouse.class, id));
    }

    @Override
    public List<Warehouse> warehouses() {
        return tx.em().createQuery("select w from Warehouse w order by w.code", Warehouse.class).getResultList();
    }

    @Override
    public void store(Warehouse warehouse) {
        if (warehouse.id() == null) {
            tx.em().persist(warehouse);
        }
    }

    @Override
    public Optional<Stock> findStock(long productId, long warehouseId) {
        return tx.em().createQuery("select s from Stock s where s.productId = :p and s.warehouseId = :w", Stock.class)
                .setParameter("p", productId).setParameter("w", warehouseId).getResultStream().findFirst();
    }

    @Override
    public Stock lockStock(long productId, long warehouseId) {
        List<Stock> rows = tx.em()
                .createQuery("select s from Stock s where s.productId = :p and s.warehouseId = :w", Stock.class)
                .setParameter("p", productId).setParameter("w", warehouseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (rows.isEmpty()) {
            throw new DomainException("stock.missing", productId, warehouseId);
        }
        // If this transaction had read the row before without the lock, its copy may be stale; the version
        // check at commit then fails and the transaction runner retries, so no update is ever lost.
        return rows.getFirst();
    }

    @Override
    public List<Stock> stocks(Long productId, Long warehouseId, int offset, int limit) {
        // Built per filter: Derby refuses an untyped "? is null".
        StringBuilder jpql = new StringBuilder("select s from Stock s where 1 = 1");
        if (productId != null) {
            jpql.append(" and s.productId = :p");
        }
        if (warehouseId != null) {
            jpql.append(" and s.warehouseId = :w");
        }
        var query = tx.em().createQuery(jpql.append(" order by s.productId, s.warehouseId").toString(), Stock.class);
        if (productId != null) {
            query.setParameter("p", productId);
        }
        if (warehouseId != null) {
            query.setParameter("w", warehouseId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public void store(Stock stock) {
        if (stock.id() == null) {
            tx.em().persist(stock);
        }
    }

    @Override
    public void record(StockMovement movement) {
        if (movement != null) {
            tx.em().persist(movement);
        }
    }

    @Override
    public List<SupplyLine> openSupply(long productId, long warehouseId) {
        return tx.em().createQuery("""
                        select l from SupplyLine l
                        where l.productId = :p and l.warehouseId = :w and l.receivedQty < l.quantity
                        order by l.expectedDate, l.id""", SupplyLine.class)
                .setParameter("p", productId).setParameter("w", warehouseId).getResultList();
    }

    @Override
    public List<SupplyLine> openSupply(String poNumber, long productId, long warehouseId) {
        return tx.em().createQuery("""
                        select l from SupplyLine l
                        where l.poNumber = :po and l.productId = :p and l.warehouseId = :w and l.receivedQty < l.quantity
                        order by l.expectedDate, l.id""", SupplyLine.class)
                .setParameter("po", poNumber).setParameter("p", productId).setParameter("w", warehouseId)
                .getResultList();
    }

    @Override
    public void store(SupplyLine line) {
        if (line.id() == null) {
            tx.em().persist(line);
        }
    }

    @Override
    public BigDecimal backordered(long productId, long warehouseId) {
        BigDecimal sum = tx.em().createQuery("""
                        select sum(l.backorderedQty) from SalesOrder o join o.lines l
                        where l.productId = :p and o.warehouseId = :w
                          and (o.status in %s or o.status = %sON_HOLD)""".formatted(
                                JpaCustomerRepository.OPEN_STATUSES, JpaCustomerRepository.STATUS), BigDecimal.class)
                .setParameter("p", productId).setParameter("w", warehouseId)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
