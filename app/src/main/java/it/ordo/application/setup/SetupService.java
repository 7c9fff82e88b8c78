package it.ordo.application.setup;

import it.ordo.application.NotFoundException;
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
import it.ordo.domain.pricing.DiscountRule;
import it.ordo.domain.pricing.PriceList;
import it.ordo.domain.pricing.PriceListItem;
import it.ordo.domain.pricing.PricingRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * First-run set-up of a company: its own data, its warehouses, the base price
 * list, and the commercial conditions taken over from the previous system
 * (further price lists, their prices, discount rules).
 */
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

    /** A price list taken over at set-up, with its prices by SKU. */
    public void addPriceList(String code, String name, String customerGroup, LocalDate validFrom, LocalDate validTo,
                             List<PriceRow> rows) {
        guard.require(Permission.SET_UP);
        tx.write(() -> {
            if (pricing.findList(code).isPresent()) {
                throw new DomainException("priceList.exists", code);
            }
            PriceList list = new PriceList(code, name, false, customerGroup, validFrom, validTo);
            pricing.store(list);
            storePrices(list, rows);
        });
    }

    /** More prices, by SKU, in a list that exists (the base list): the previous system's price file. */
    public void addPrices(String listCode, List<PriceRow> rows) {
        guard.require(Permission.SET_UP);
        tx.write(() -> storePrices(pricing.findList(listCode)
                .orElseThrow(() -> new NotFoundException("priceList", listCode)), rows));
    }

    private void storePrices(PriceList list, List<PriceRow> rows) {
        for (PriceRow row : rows) {
            Product product = products.findBySku(row.sku())
                    .orElseThrow(() -> new NotFoundException("product", row.sku()));
            pricing.store(new PriceListItem(list.id(), product.id(), row.minQty(), row.unitPrice(), null, null));
        }
    }

    /** Discount rules in force (tier, category, order value, category promotions). */
    public void addDiscountRules(List<DiscountRule> rules) {
        guard.require(Permission.SET_UP);
        tx.write(() -> rules.forEach(pricing::store));
    }

    /** A promotion on one product, named by its SKU, for the days from {@code from} to {@code to}. */
    public void addProductPromotion(String code, String description, String sku, BigDecimal percent, LocalDate from,
                                    LocalDate to) {
        guard.require(Permission.SET_UP);
        tx.write(() -> {
            Product product = products.findBySku(sku).orElseThrow(() -> new NotFoundException("product", sku));
            pricing.store(DiscountRule.promotion(code, description, product.id(), null, percent, from, to));
        });
    }

    /** The price of a product from a quantity on, in a price list. */
    public record PriceRow(String sku, BigDecimal minQty, BigDecimal unitPrice) {
    }

    /** The company's identity as typed at set-up. */
    public record CompanyData(String name, String vatNumber, String street, String postalCode, String city,
                              String province, String email, String phone, String iban) {
    }
}
