package it.ordo.application.customer;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.imports.RowReader;
import it.ordo.application.security.CustomerScope;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Address;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerKind;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.customer.CustomerSort;
import it.ordo.domain.customer.IntentDeclaration;
import it.ordo.domain.customer.VatDecision;
import it.ordo.domain.customer.ShippingAddress;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.Channel;
import it.ordo.domain.pricing.PriceList;
import it.ordo.domain.pricing.PricingRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The in-process {@link CustomerService}: runs each use case here, on the database. */
public final class LocalCustomerService implements CustomerService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]+");

    private final Transactions tx;
    private final CustomerRepository customers;
    private final InventoryRepository inventory;
    private final PricingRepository pricing;
    private final Guard guard;

    private final Clock clock;

    public LocalCustomerService(Transactions tx, CustomerRepository customers, InventoryRepository inventory,
                           PricingRepository pricing, Guard guard, Clock clock) {
        this.clock = clock;
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
    @Override
    public List<CustomerView> list(String text, int offset, int limit) {
        return list(text, CustomerSort.CODE, false, offset, limit);
    }

    @Override
    public List<CustomerView> list(String text, CustomerSort sort, boolean descending, int offset, int limit) {
        CustomerScope scope = guard.requireScoped(Permission.VIEW_CUSTOMERS);
        boolean credit = guard.allows(Permission.VIEW_CREDIT);
        // Sorting by a hidden figure would still tell its order.
        CustomerSort order = sort == CustomerSort.CREDIT_LIMIT && !credit ? CustomerSort.CODE : sort;
        return tx.read(() -> {
            List<Customer> page = scope.all() ? customers.list(text, order, descending, offset, limit)
                    : agentCustomers(scope, text).stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
            List<Long> ids = page.stream().map(Customer::id).toList();
            Map<Long, BigDecimal> exposure = credit ? customers.openOrderExposure(ids) : Map.of();
            Map<Long, IntentDeclaration> declarations = customers.activeDeclarations(ids, LocalDate.now(clock));
            Map<Long, String> warehouses = new HashMap<>();
            inventory.warehouses().forEach(w -> warehouses.put(w.id(), w.code()));
            return page.stream().map(c -> view(c, credit, exposure.getOrDefault(c.id(), BigDecimal.ZERO),
                    warehouses.get(c.defaultWarehouseId()), Optional.ofNullable(declarations.get(c.id())))).toList();
        });
    }

    /** How many customers {@link #list} finds for this text. */
    @Override
    public long count(String text) {
        CustomerScope scope = guard.requireScoped(Permission.VIEW_CUSTOMERS);
        return tx.read(() -> scope.all() ? customers.count(text) : agentCustomers(scope, text).size());
    }

    @Override
    public CustomerView show(String code) {
        CustomerScope scope = guard.requireScoped(Permission.VIEW_CUSTOMERS);
        return tx.read(() -> {
            Customer c = customers.findByCode(code).filter(found -> scope.covers(found.id()))
                    .orElseThrow(() -> new NotFoundException("customer", code));
            return view(c);
        });
    }

    @Override
    public long count() {
        CustomerScope scope = guard.requireScoped(Permission.VIEW_CUSTOMERS);
        return tx.read(() -> scope.all() ? customers.count() : scope.customerIds().size());
    }

    /**
     * A sales agent's customers matching the text (code, name, Partita IVA or city), by code. An agent
     * looks after tens of customers, not thousands: they are read by id and filtered here.
     */
    private List<Customer> agentCustomers(CustomerScope scope, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return scope.customerIds().stream().map(customers::find).flatMap(Optional::stream)
                .filter(c -> wanted.isEmpty() || java.util.stream.Stream.of(c.code(), c.name(), c.vatNumber(),
                                c.billingAddress().city())
                        .anyMatch(f -> f != null && f.toLowerCase(java.util.Locale.ROOT).contains(wanted)))
                .sorted(java.util.Comparator.comparing(Customer::code)).toList();
    }

    private CustomerView view(Customer c) {
        boolean credit = guard.allows(Permission.VIEW_CREDIT);
        return view(c, credit, credit ? customers.openOrderExposure(c.id()) : null,
                inventory.findWarehouse(c.defaultWarehouseId()).map(Warehouse::code).orElse(null),
                customers.activeDeclaration(c.id(), LocalDate.now(clock), false));
    }

    /**
     * The one place a customer becomes a view, so the one place the credit figures are left out for a user
     * without {@link Permission#VIEW_CREDIT} (null: "not shown", never a zero that reads as "no credit").
     */
    private CustomerView view(Customer c, boolean credit, BigDecimal exposure, String warehouse,
                              Optional<IntentDeclaration> declaration) {
        VatDecision vat = VatDecision.decide(c, c.defaultShipTo(), declaration);
        String list = c.priceListId() == null ? null : pricing.findList(c.priceListId()).map(PriceList::code).orElse(null);
        List<String> shipping = c.shippingAddresses().stream()
                .map(s -> s.label() + ": " + s.address().oneLine()).toList();
        return new CustomerView(c.code(), c.name(), c.vatNumber(), c.fiscalCode(), c.email(), c.phone(), c.language(),
                c.tier().name(), credit ? c.creditLimit() : null, credit ? exposure : null, c.paymentTerms(), list,
                c.customerGroup(), c.defaultChannel().name(), c.salesAgent(), c.acceptsBackorders(), c.blocked(),
                warehouse, c.billingAddress().oneLine(), shipping, c.billingAddress().city(), c.kind(),
                vat.treatment(), vat.reference().isEmpty() ? null : vat.reference());
    }

    /**
     * Inserts or updates customers by code. Each row is validated in full
     * (its kind's codes: Partita IVA and Codice Fiscale by their check digits,
     * an EU VAT number by its country's format and check digit, the postal code
     * by the country's format); a row with any
     * problem is reported and left out whole, valid rows are applied together.
     */
    @Override
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
                String kindName = r.optional("kind", 24);
                CustomerKind kind = null;
                boolean kindKnown = true;
                if (kindName != null) {
                    try {
                        kind = CustomerKind.valueOf(kindName.strip().toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        kindKnown = false;
                        r.problem(Message.of("import.notOneOf", "kind", kindName,
                                java.util.Arrays.toString(CustomerKind.values())));
                    }
                }
                String officeCode = r.optional("officeCode", 6);
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
                Optional<Customer> existing = code == null ? Optional.empty() : customers.findByCode(code);
                if (kind == null) {
                    // Files written before customer kinds: an Italian business or person, or the kind it has.
                    kind = existing.map(Customer::kind).filter(k -> k != CustomerKind.IT_BUSINESS && k != CustomerKind.IT_PERSON)
                            .orElse(vat == null ? CustomerKind.IT_PERSON : CustomerKind.IT_BUSINESS);
                }
                Address billing = new Address(street, postalCode == null ? null : postalCode.toUpperCase(), city,
                        province == null ? null : province.toUpperCase(), country);
                if (kindKnown) {
                    Customer.identityProblems(kind, vat, fiscal, officeCode, billing).forEach(r::problem);
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
                try {
                    Customer customer;
                    if (existing.isPresent()) {
                        customer = existing.get();
                        customer.identify(kind, name, vat, fiscal, officeCode, billing);
                        updated++;
                    } else {
                        long warehouseId = (warehouse != null ? warehouse : warehouses.getFirst()).id();
                        customer = new Customer(code, kind, name, vat, fiscal, officeCode, billing, terms, warehouseId);
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
