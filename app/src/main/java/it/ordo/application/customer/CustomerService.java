package it.ordo.application.customer;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.imports.RowReader;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Address;
import it.ordo.domain.customer.CodiceFiscale;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.customer.CustomerSort;
import it.ordo.domain.customer.PartitaIva;
import it.ordo.domain.customer.ShippingAddress;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.Channel;
import it.ordo.domain.pricing.PriceList;
import it.ordo.domain.pricing.PricingRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Customers: listing, lookup, and master data arriving from the ERP or CRM. */
public final class CustomerService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]+");

    private final Transactions tx;
    private final CustomerRepository customers;
    private final InventoryRepository inventory;
    private final PricingRepository pricing;
    private final Guard guard;

    public CustomerService(Transactions tx, CustomerRepository customers, InventoryRepository inventory,
                           PricingRepository pricing, Guard guard) {
        this.tx = tx;
        this.customers = customers;
        this.inventory = inventory;
        this.pricing = pricing;
        this.guard = guard;
    }

    /**
     * Customers whose code, name, Partita IVA or city contains the text, by code. Three queries per page
     * whatever its size (customers, their open exposure, the warehouses): fast enough for search-as-you-type.
     */
    public List<CustomerView> list(String text, int offset, int limit) {
        return list(text, CustomerSort.CODE, false, offset, limit);
    }

    /** {@link #list(String, int, int)} sorted by a column of the customer list (then by code). */
    public List<CustomerView> list(String text, CustomerSort sort, boolean descending, int offset, int limit) {
        guard.require(Permission.VIEW_CUSTOMERS);
        return tx.read(() -> {
            List<Customer> page = customers.list(text, sort, descending, offset, limit);
            Map<Long, BigDecimal> exposure = customers.openOrderExposure(page.stream().map(Customer::id).toList());
            Map<Long, String> warehouses = new HashMap<>();
            inventory.warehouses().forEach(w -> warehouses.put(w.id(), w.code()));
            return page.stream().map(c -> view(c, exposure.getOrDefault(c.id(), BigDecimal.ZERO),
                    warehouses.get(c.defaultWarehouseId()))).toList();
        });
    }

    /** How many customers {@link #list} finds for this text. */
    public long count(String text) {
        guard.require(Permission.VIEW_CUSTOMERS);
        return tx.read(() -> customers.count(text));
    }

    public CustomerView show(String code) {
        guard.require(Permission.VIEW_CUSTOMERS);
        return tx.read(() -> view(customers.findByCode(code).orElseThrow(() -> new NotFoundException("customer", code))));
    }

    public long count() {
        guard.require(Permission.VIEW_CUSTOMERS);
        return tx.read(customers::count);
    }

    private CustomerView view(Customer c) {
        return view(c, customers.openOrderExposure(c.id()),
                inventory.findWarehouse(c.defaultWarehouseId()).map(Warehouse::code).orElse(null));
    }

    private CustomerView view(Customer c, BigDecimal exposure, String warehouse) {
        String list = c.priceListId() == null ? null : pricing.findList(c.priceListId()).map(PriceList::code).orElse(null);
        List<String> shipping = c.shippingAddresses().stream()
                .map(s -> s.label() + ": " + s.address().oneLine()).toList();
        return new CustomerView(c.code(), c.name(), c.vatNumber(), c.fiscalCode(), c.email(), c.phone(), c.language(),
                c.tier().name(), c.creditLimit(), exposure, c.paymentTerms(), list,
                c.customerGroup(), c.defaultChannel().name(), c.salesAgent(), c.acceptsBackorders(), c.blocked(),
                warehouse, c.billingAddress().oneLine(), shipping, c.billingAddress().city());
    }

    /**
     * Inserts or updates customers by code. Each row is validated in full
     * (Partita IVA and Codice Fiscale by their check digits); a row with any
     * problem is reported and left out whole, valid rows are applied together.
     */
    public ImportReport importRows(List<ImportRow> rows) {
        guard.require(Permission.IMPORT_CUSTOMERS);
        return tx.write(() -> {
            List<ImportReport.RowError> errors = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            List<Warehouse> warehouses = inventory.warehouses();
            int inserted = 0;
            int updated = 0;
            for (ImportRow row : rows) {
                RowReader r = new RowReader(row);
                String code = r.required("code", 20);
                String name = r.required("name", 160);
                String vat = r.optional("vatNumber", 20);
                String fiscal = r.optional("fiscalCode", 20);
                String email = r.optional("email", 160);
                String phone = r.optional("phone", 40);
                Tier tier = r.enumValue("tier", Tier.class, Tier.B);
                BigDecimal credit = r.decimal("creditLimit", true);
                String terms = r.required("paymentTerms", 80);
                boolean backorders = r.bool("acceptsBackorders", true);
                String street = r.required("address", 160);
                String postalCode = r.required("postalCode", 10);
                String city = r.required("city", 80);
                String province = r.optional("province", 2);
                String country = Optional.ofNullable(r.optional("country", 2)).orElse("IT").toUpperCase();
                String language = Optional.ofNullable(r.optional("language", 2)).orElse("IT".equals(country) ? "it" : "en");
                String warehouseCode = r.optional("warehouse", 20);
                String listCode = r.optional("priceList", 30);
                String group = r.optional("group", 30);
                Channel channel = r.enumValue("channel", Channel.class, Channel.PHONE);
                String agent = r.optional("agent", 80);
                boolean blocked = r.bool("blocked", false);
                if (code != null && !CODE.matcher(code).matches()) {
                    r.problem(Message.of("customer.code.invalid", code));
                }
                if (vat == null && fiscal == null) {
                    r.problem(Message.of("customer.identity.missing"));
                }
                if (vat != null && !PartitaIva.isValid(vat)) {
                    r.problem(Message.of("customer.vatNumber.invalid", vat));
                }
                if (fiscal != null && !CodiceFiscale.isValid(fiscal)) {
                    r.problem(Message.of("customer.fiscalCode.invalid", fiscal));
                }
                if (email != null && !EMAIL.matcher(email).matches()) {
                    r.problem(Message.of("customer.email.invalid", email));
                }
                if (credit != null && credit.signum() < 0) {
                    r.problem(Message.of("customer.creditLimit.negative", credit.toPlainString()));
                }
                if (credit != null && credit.stripTrailingZeros().scale() > 2) {
                    r.problem(Message.of("import.tooManyDecimals", "creditLimit", credit.toPlainString(), 2));
                }
                if ("IT".equals(country) && postalCode != null && !postalCode.matches("\\d{5}")) {
                    r.problem(Message.of("customer.postalCode.invalid", postalCode));
                }
                if (!language.equals("it") && !language.equals("en")) {
                    r.problem(Message.of("customer.language.invalid", language));
                }
                Warehouse warehouse = null;
                if (warehouseCode != null) {
                    warehouse = warehouses.stream().filter(w -> w.code().equals(warehouseCode)).findFirst().orElse(null);
                    if (warehouse == null) {
                        r.problem(Message.of("notFound.warehouse", warehouseCode));
                    }
                } else if (warehouses.isEmpty()) {
                    r.problem(Message.of("warehouse.none"));
                }
                PriceList list = null;
                if (listCode != null) {
                    list = pricing.findList(listCode).orElse(null);
                    if (list == null) {
                        r.problem(Message.of("notFound.priceList", listCode));
                    }
                }
                if (code != null && seen.putIfAbsent(code, row.line()) != null) {
                    r.problem(Message.of("import.duplicateInFile", code, seen.get(code)));
                }
                if (!r.problems().isEmpty()) {
                    errors.add(new ImportReport.RowError(row.line(), code, r.problems()));
                    continue;
                }
                Address billing = new Address(street, postalCode, city, province == null ? null : province.toUpperCase(), country);
                Optional<Customer> existing = customers.findByCode(code);
                try {
                    Customer customer;
                    if (existing.isPresent()) {
                        customer = existing.get();
                        customer.rename(name, vat, fiscal, billing);
                        updated++;
                    } else {
                        long warehouseId = (warehouse != null ? warehouse : warehouses.getFirst()).id();
                        customer = new Customer(code, name, vat, fiscal, billing, terms, warehouseId);
                        customer.setDefaultShippingAddress("Sede", billing);
                        customers.store(customer);
                        inserted++;
                    }
                    customer.setContacts(email, phone, language);
                    customer.setTerms(tier, credit, terms, backorders);
                    long warehouseId = warehouse != null ? warehouse.id() : customer.defaultWarehouseId();
                    customer.setSales(list != null ? list.id() : customer.priceListId(),
                            group != null ? group : customer.customerGroup(), channel, agent, warehouseId);
                    if (blocked) {
                        customer.block();
                    } else {
                        customer.unblock();
                    }
                    if (existing.isPresent() && customer.shippingAddresses().stream().map(ShippingAddress::position)
                            .noneMatch(p -> p == 0)) {
                        customer.setDefaultShippingAddress("Sede", billing);
                    }
                } catch (DomainException e) {
                    errors.add(new ImportReport.RowError(row.line(), code, List.of(Message.of(e.key(), e.args().toArray()))));
                }
            }
            return new ImportReport(inserted, updated, errors);
        });
    }
}
