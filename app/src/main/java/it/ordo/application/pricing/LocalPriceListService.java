package it.ordo.application.pricing;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.imports.RowReader;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import it.ordo.domain.ValidationException;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.pricing.PriceList;
import it.ordo.domain.pricing.PriceListItem;
import it.ordo.domain.pricing.PriceListScope;
import it.ordo.domain.pricing.PricingRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link PriceListService} in this process, on this database. */
public final class LocalPriceListService implements PriceListService {

    private static final int SKU_CHUNK = 500;

    private final Transactions tx;
    private final PricingRepository pricing;
    private final ProductRepository products;
    private final CustomerRepository customers;
    private final Guard guard;
    private final Clock clock;

    public LocalPriceListService(Transactions tx, PricingRepository pricing, ProductRepository products,
                                 CustomerRepository customers, Guard guard, Clock clock) {
        this.clock = clock;
        this.tx = tx;
        this.pricing = pricing;
        this.products = products;
        this.customers = customers;
        this.guard = guard;
    }

    @Override
    public List<Summary> search(String text) {
        guard.require(Permission.VIEW_PRICES);
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return tx.read(() -> pricing.allLists().stream()
                .filter(l -> wanted.isEmpty() || l.code().toLowerCase(Locale.ROOT).contains(wanted)
                        || l.name().toLowerCase(Locale.ROOT).contains(wanted))
                .map(l -> new Summary(header(l), pricing.itemsOfList(l.id()).size()))
                .toList());
    }

    @Override
    public Detail show(String code) {
        guard.require(Permission.VIEW_PRICES);
        return tx.read(() -> {
            PriceList list = pricing.findList(code).orElseThrow(() -> new NotFoundException("priceList", code));
            return new Detail(header(list), items(list));
        });
    }

    @Override
    public List<Item> exportItems(String code) {
        guard.require(Permission.VIEW_PRICES);
        return tx.read(() -> {
            if (code != null) {
                return items(pricing.findList(code).orElseThrow(() -> new NotFoundException("priceList", code)));
            }
            List<Item> all = new ArrayList<>();
            pricing.allLists().forEach(l -> all.addAll(items(l)));
            return all;
        });
    }

    private List<Item> items(PriceList list) {
        return items(list, pricing.itemsOfList(list.id()));
    }

    private List<Item> items(PriceList list, List<PriceListItem> items) {
        List<Long> ids = items.stream().map(PriceListItem::productId).distinct().toList();
        Map<Long, Product> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += SKU_CHUNK) {
            byId.putAll(products.findAll(ids.subList(from, Math.min(ids.size(), from + SKU_CHUNK))));
        }
        return items.stream()
                .map(i -> new Item(list.code(), byId.get(i.productId()).sku(), i.minQty(), i.unitPrice(), i.validFrom(),
                        i.validTo()))
                .sorted(java.util.Comparator.comparing(Item::sku).thenComparing(Item::minQty)
                        .thenComparing(Item::validFrom, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
    }

    private Header header(PriceList l) {
        String customer = l.customerId() == null ? null : customers.find(l.customerId()).map(Customer::code).orElse(null);
        return new Header(l.code(), l.name(), l.scope(), l.customerGroup(), customer, l.validFrom(), l.validTo());
    }

    @Override
    public void save(Header header) {
        guard.require(Permission.MANAGE_PRICES);
        tx.write(() -> {
            List<Message> problems = new ArrayList<>();
            apply(header, problems);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
        });
    }

    @Override
    public ImportReport importLists(List<ImportRow> rows) {
        guard.require(Permission.MANAGE_PRICES);
        return tx.write(() -> {
            List<ImportReport.RowError> errors = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            int inserted = 0;
            int updated = 0;
            for (ImportRow row : rows) {
                RowReader r = new RowReader(row);
                String code = r.required("code", 30);
                Header h = new Header(code, r.required("name", 120), r.enumValue("for", PriceListScope.class, null),
                        r.optional("group", 30), r.optional("customer", 20), r.date("validFrom"), r.date("validTo"));
                if (code != null && seen.putIfAbsent(code, row.line()) != null) {
                    r.problem(Message.of("import.duplicateInFile", code, seen.get(code)));
                }
                List<Message> problems = new ArrayList<>(r.problems());
                boolean exists = code != null && pricing.findList(code).isPresent();
                if (problems.isEmpty()) {
                    apply(h, problems);
                }
                if (!problems.isEmpty()) {
                    errors.add(new ImportReport.RowError(row.line(), code, problems));
                } else if (exists) {
                    updated++;
                } else {
                    inserted++;
                }
            }
            return new ImportReport(inserted, updated, errors);
        });
    }

    /** Validates a list's data against the others, then creates or changes it; or adds the reasons it cannot. */
    private void apply(Header h, List<Message> problems) {
        if (h.code() == null || h.code().isBlank()) {
            problems.add(Message.of("import.required", "code"));
        }
        if (h.name() == null || h.name().isBlank()) {
            problems.add(Message.of("import.required", "name"));
        }
        if (h.scope() == null) {
            problems.add(Message.of("import.required", "for"));
        }
        if (h.validFrom() != null && h.validTo() != null && h.validTo().isBefore(h.validFrom())) {
            problems.add(Message.of("validity.endsBeforeStart", h.validTo(), h.validFrom()));
        }
        if (h.scope() == PriceListScope.GROUP && (h.group() == null || h.group().isBlank())) {
            problems.add(Message.of("priceList.groupRequired", h.code()));
        }
        Long customerId = null;
        if (h.scope() == PriceListScope.CUSTOMER && h.customer() != null) {
            Customer customer = customers.findByCode(h.customer()).orElse(null);
            if (customer == null) {
                problems.add(Message.of("notFound.customer", h.customer()));
            } else {
                customerId = customer.id();
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        PriceList list = pricing.findList(h.code()).orElse(null);
        // Checked on a copy with the new data, before anything is written: a refusal leaves the list as it was.
        PriceList probe = h.scope() == PriceListScope.CUSTOMER && customerId != null
                ? PriceList.forCustomer(h.code(), h.name(), customerId, h.validFrom(), h.validTo())
                : new PriceList(h.code(), h.name(), h.scope() == PriceListScope.ALL,
                        h.scope() == PriceListScope.GROUP ? h.group() : null, h.validFrom(), h.validTo());
        conflicts(probe, list, problems);
        if (!problems.isEmpty()) {
            return;
        }
        if (list == null) {
            pricing.store(probe);
        } else {
            list.update(h.name(), h.scope() == PriceListScope.ALL, h.scope() == PriceListScope.GROUP ? h.group() : null,
                    customerId, h.validFrom(), h.validTo());
            pricing.store(list);
        }
    }

    private void conflicts(PriceList probe, PriceList self, List<Message> problems) {
        for (PriceList other : pricing.allLists()) {
            if (other != self && probe.conflictsWith(other)) {
                problems.add(Message.of("priceList.overlap", probe.code(), other.code(), shown(other.validFrom()),
                        shown(other.validTo())));
            }
        }
    }

    private static String shown(LocalDate date) {
        return date == null ? "…" : date.toString();
    }

    @Override
    public Preview previewItems(List<ImportRow> rows) {
        guard.require(Permission.MANAGE_PRICES);
        return tx.read(() -> {
            Plan plan = plan(rows);
            return new Preview(plan.changes(), plan.errors, notInFile(plan));
        });
    }

    /** The prices of the file's lists in effect today or later whose product and break no row names. */
    private List<Item> notInFile(Plan plan) {
        LocalDate today = LocalDate.now(clock);
        Set<String> named = new HashSet<>();
        for (Planned p : plan.valid) {
            named.add(p.list.code() + '\u0000' + p.product.id() + '\u0000' + p.minQty.stripTrailingZeros().toPlainString());
        }
        List<Item> left = new ArrayList<>();
        for (PriceList list : plan.lists.values()) {
            List<PriceListItem> missing = pricing.itemsOfList(list.id()).stream()
                    .filter(i -> i.validTo() == null || !i.validTo().isBefore(today))
                    .filter(i -> !named.contains(list.code() + '\u0000' + i.productId() + '\u0000'
                            + i.minQty().stripTrailingZeros().toPlainString()))
                    .toList();
            left.addAll(items(list, missing));
        }
        return left;
    }

    @Override
    public ImportReport importItems(List<ImportRow> rows) {
        guard.require(Permission.MANAGE_PRICES);
        return tx.write(() -> {
            Plan plan = plan(rows);
            int inserted = 0;
            int updated = 0;
            for (Planned p : plan.valid) {
                if (p.change == Change.REPLACES) {
                    p.existing.update(p.existing.unitPrice(), p.validFrom.minusDays(1));
                    pricing.store(p.existing);
                    pricing.store(new PriceListItem(p.list.id(), p.product.id(), p.minQty, p.price, p.validFrom, p.validTo));
                    inserted++;
                } else if (p.existing == null) {
                    pricing.store(new PriceListItem(p.list.id(), p.product.id(), p.minQty, p.price, p.validFrom, p.validTo));
                    inserted++;
                } else if (p.change == Change.CHANGED) {
                    p.existing.update(p.price, p.validTo);
                    pricing.store(p.existing);
                    updated++;
                }
            }
            return new ImportReport(inserted, updated, plan.errors);
        });
    }

    /** One valid row of an items file and what it does. */
    private record Planned(int line, PriceList list, Product product, BigDecimal minQty, BigDecimal price,
                           LocalDate validFrom, LocalDate validTo, PriceListItem existing, Change change) {
    }

    private record Plan(List<Planned> valid, List<ImportReport.RowError> errors, Map<String, PriceList> lists) {
        List<PriceChange> changes() {
            return valid.stream().map(p -> new PriceChange(p.line, p.list.code(), p.product.sku(), p.minQty,
                    p.validFrom, p.existing == null ? null : p.existing.unitPrice(), p.price, p.change,
                    p.change == Change.REPLACES ? p.validFrom.minusDays(1) : null)).toList();
        }
    }

    /** The key of an item: list, product, minimum quantity (compared by value) and start of validity. */
    private record Key(long list, long product, BigDecimal minQty, LocalDate validFrom) {
        static Key of(long list, long product, BigDecimal minQty, LocalDate validFrom) {
            return new Key(list, product, minQty.stripTrailingZeros(), validFrom);
        }
    }

    /**
     * Reads and checks every row against the database and the rows before it: the same plan is shown by the
     * preview and applied by the import, so what the user confirmed is what is written.
     */
    private Plan plan(List<ImportRow> rows) {
        record Read(ImportRow row, RowReader r, String list, String sku, BigDecimal minQty, BigDecimal price,
                    LocalDate from, LocalDate to) {
        }
        List<Read> read = new ArrayList<>(rows.size());
        Set<String> skus = new LinkedHashSet<>();
        Set<String> listCodes = new HashSet<>();
        for (ImportRow row : rows) {
            RowReader r = new RowReader(row);
            String list = r.required("list", 30);
            String sku = r.required("sku", 40);
            BigDecimal minQty = r.decimal("minQty", false);
            BigDecimal price = r.decimal("unitPrice", true);
            LocalDate from = r.date("validFrom");
            LocalDate to = r.date("validTo");
            if (sku != null) {
                skus.add(sku);
                skus.add(sku.strip().toUpperCase(Locale.ROOT));
            }
            if (list != null) {
                listCodes.add(list);
            }
            read.add(new Read(row, r, list, sku, minQty == null && r.problems().stream()
                    .noneMatch(m -> m.args().contains("minQty")) ? BigDecimal.ONE : minQty, price, from, to));
        }
        Map<String, Product> bySku = new HashMap<>();
        List<String> skuList = new ArrayList<>(skus);
        for (int from = 0; from < skuList.size(); from += SKU_CHUNK) {
            bySku.putAll(products.findBySkus(skuList.subList(from, Math.min(skuList.size(), from + SKU_CHUNK))));
        }
        Map<String, PriceList> lists = new HashMap<>();
        Map<Long, List<PriceListItem>> itemsByProduct = new HashMap<>();
        Map<Key, PriceListItem> existingByKey = new HashMap<>();
        for (String code : listCodes) {
            pricing.findList(code).ifPresent(l -> {
                lists.put(code, l);
                for (PriceListItem i : pricing.itemsOfList(l.id())) {
                    existingByKey.put(Key.of(l.id(), i.productId(), i.minQty(), i.validFrom()), i);
                    itemsByProduct.computeIfAbsent(i.productId(), p -> new ArrayList<>()).add(i);
                }
            });
        }
        List<Planned> valid = new ArrayList<>();
        List<ImportReport.RowError> errors = new ArrayList<>();
        Map<Key, Integer> seen = new HashMap<>();
        for (Read x : read) {
            RowReader r = x.r;
            PriceList list = x.list == null ? null : lists.get(x.list);
            if (x.list != null && list == null) {
                r.problem(Message.of("notFound.priceList", x.list));
            }
            Product product = x.sku == null ? null : product(bySku, x.sku);
            if (x.sku != null && product == null) {
                r.problem(Message.of("notFound.product", x.sku));
            }
            if (x.minQty != null && x.minQty.signum() <= 0) {
                r.problem(Message.of("priceItem.minQtyNotPositive", Quantities.shown(x.minQty)));
            } else if (x.minQty != null && x.minQty.stripTrailingZeros().scale() > 3) {
                r.problem(Message.of("import.tooManyDecimals", "minQty", x.minQty.toPlainString(), 3));
            }
            if (x.price != null && x.price.signum() <= 0) {
                r.problem(Message.of("priceItem.priceNotPositive", x.price.toPlainString()));
            } else if (x.price != null && x.price.stripTrailingZeros().scale() > 4) {
                r.problem(Message.of("import.tooManyDecimals", "unitPrice", x.price.toPlainString(), 4));
            }
            if (x.from != null && x.to != null && x.to.isBefore(x.from)) {
                r.problem(Message.of("validity.endsBeforeStart", x.to, x.from));
            }
            if (!r.problems().isEmpty() || list == null || product == null || x.minQty == null || x.price == null) {
                errors.add(new ImportReport.RowError(x.row.line(), x.sku, r.problems()));
                continue;
            }
            Key key = Key.of(list.id(), product.id(), x.minQty, x.from);
            Integer first = seen.putIfAbsent(key, x.row.line());
            if (first != null) {
                r.problem(Message.of("import.duplicateInFile", x.sku + " " + Quantities.shown(x.minQty), first));
            }
            PriceListItem existing = existingByKey.get(key);
            PriceListItem probe = new PriceListItem(list.id(), product.id(), x.minQty, x.price, x.from, x.to);
            List<PriceListItem> sameProduct = itemsByProduct.getOrDefault(product.id(), List.of());
            PriceListItem replaced = existing == null ? replaced(probe, sameProduct) : null;
            for (PriceListItem other : sameProduct) {
                if (other != existing && other != replaced && probe.conflictsWith(other)) {
                    r.problem(Message.of("priceItem.overlap", x.sku, Quantities.shown(x.minQty), list.code(),
                            shown(other.validFrom()), shown(other.validTo())));
                }
            }
            // A higher break must not cost more than a lower one of the same period: a dearer break is a typing error.
            for (PriceListItem other : sameProduct) {
                if (other != existing && other.priceListId() == list.id() && Objects.equals(other.validFrom(), x.from)) {
                    int cmp = other.minQty().compareTo(x.minQty);
                    if ((cmp < 0 && other.unitPrice().compareTo(x.price) < 0)
                            || (cmp > 0 && other.unitPrice().compareTo(x.price) > 0)) {
                        r.problem(Message.of("priceItem.breakOrder", x.sku, Quantities.shown(x.minQty), x.price,
                                Quantities.shown(other.minQty()), other.unitPrice()));
                    }
                }
            }
            if (!r.problems().isEmpty()) {
                errors.add(new ImportReport.RowError(x.row.line(), x.sku, r.problems()));
                continue;
            }
            Change change = replaced != null ? Change.REPLACES : existing == null ? Change.NEW
                    : existing.unitPrice().compareTo(x.price) == 0 && Objects.equals(existing.validTo(), x.to)
                    ? Change.UNCHANGED : Change.CHANGED;
            valid.add(new Planned(x.row.line(), list, product, x.minQty, x.price, x.from, x.to,
                    replaced != null ? replaced : existing, change));
            // Later rows are checked against this one as the file will leave it.
            List<PriceListItem> updatedProduct = new ArrayList<>(sameProduct);
            updatedProduct.remove(existing);
            if (replaced != null) {
                updatedProduct.remove(replaced);
                updatedProduct.add(new PriceListItem(replaced.priceListId(), replaced.productId(), replaced.minQty(),
                        replaced.unitPrice(), replaced.validFrom(), x.from.minusDays(1)));
            }
            updatedProduct.add(probe);
            itemsByProduct.put(product.id(), updatedProduct);
            existingByKey.putIfAbsent(key, null);
        }
        return new Plan(valid, errors, lists);
    }

    /**
     * The open-ended price a new price takes over from: same list, product and break, started before it and with
     * no end. Loading next year's prices then needs no editing of this year's: they end the day before.
     */
    private static PriceListItem replaced(PriceListItem probe, List<PriceListItem> sameProduct) {
        if (probe.validFrom() == null) {
            return null;
        }
        for (PriceListItem other : sameProduct) {
            if (other.priceListId() == probe.priceListId() && other.minQty().compareTo(probe.minQty()) == 0
                    && other.validTo() == null
                    && (other.validFrom() == null || other.validFrom().isBefore(probe.validFrom()))) {
                return other;
            }
        }
        return null;
    }

    /** A SKU as written or in capitals, the one lookup rule of the order pipeline. */
    private static Product product(Map<String, Product> bySku, String sku) {
        Product p = bySku.get(sku);
        return p != null ? p : bySku.get(sku.strip().toUpperCase(Locale.ROOT));
    }
}
