package it.ordo.application.setup;

import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.company.Company;
import it.ordo.domain.company.CompanyRepository;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.customer.PartitaIva;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.pricing.PriceList;
import it.ordo.domain.pricing.PricingRepository;
import java.util.List;

/** First-run set-up of a company: its own data, its warehouses and the base price list. */
public final class SetupService {

    private final Transactions tx;
    private final CompanyRepository company;
    private final InventoryRepository inventory;
    private final PricingRepository pricing;
    private final ProductRepository products;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final Guard guard;

    public SetupService(Transactions tx, CompanyRepository company, InventoryRepository inventory,
                        PricingRepository pricing, ProductRepository products, CustomerRepository customers,
                        OrderRepository orders, Guard guard) {
        this.tx = tx;
        this.company = company;
        this.inventory = inventory;
        this.pricing = pricing;
        this.products = products;
        this.customers = customers;
        this.orders = orders;
        this.guard = guard;
    }

    /** Figures for the status window and for deciding whether a database is new. */
    public record Counts(long orders, long customers, long products, long warehouses) {
    }

    public Counts counts() {
        guard.require(Permission.VIEW_STATUS);
        return tx.read(() -> new Counts(orders.count(), customers.count(), products.count(), inventory.warehouses().size()));
    }

    public boolean isInitialized() {
        guard.require(Permission.VIEW_STATUS);
        return tx.read(() -> company.find().isPresent());
    }

    /** The company printed on documents, and the base price list every customer falls back to. */
    public void initialize(CompanyData data) {
        guard.require(Permission.SET_UP);
        tx.write(() -> {
            if (company.find().isPresent()) {
                throw new DomainException("setup.already");
            }
            company.store(new Company(data.name(), PartitaIva.of(data.vatNumber()).value(), data.street(),
                    data.postalCode(), data.city(), data.province(), data.email(), data.phone(), data.iban()));
            if (pricing.baseList().isEmpty()) {
                pricing.store(new PriceList("BASE", "Listino base", true, null, null, null));
            }
        });
    }

    /** Adds a warehouse, with an empty stock row for every product so allocation always finds one to lock. */
    public void addWarehouse(String code, String name, String city) {
        guard.require(Permission.SET_UP);
        tx.write(() -> {
            if (inventory.findWarehouse(code).isPresent()) {
                throw new DomainException("warehouse.exists", code);
            }
            Warehouse w = new Warehouse(code, name, city);
            inventory.store(w);
            int offset = 0;
            List<Product> page;
            do {
                page = products.list(null, offset, 500);
                page.forEach(p -> inventory.store(new Stock(p.id(), w.id())));
                offset += page.size();
            } while (page.size() == 500);
        });
    }

    /** The company's identity as typed at set-up. */
    public record CompanyData(String name, String vatNumber, String street, String postalCode, String city,
                              String province, String email, String phone, String iban) {
    }
}
