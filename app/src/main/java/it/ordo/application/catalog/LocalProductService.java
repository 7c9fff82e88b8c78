package it.ordo.application.catalog;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.imports.RowReader;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.catalog.Ean13;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.catalog.Unit;
import it.ordo.domain.catalog.VatRates;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.pricing.PriceList;
import it.ordo.domain.pricing.PriceListItem;
import it.ordo.domain.pricing.PricingRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The in-process {@link ProductService}: runs each use case here, on the database. */
public final class LocalProductService implements ProductService {

    private final Transactions tx;
    private final ProductRepository products;
    private final PricingRepository pricing;
    private final InventoryRepository inventory;
    private final Guard guard;

    public LocalProductService(Transactions tx, ProductRepository products, PricingRepository pricing,
                          InventoryRepository inventory, Guard guard) {
        this.tx = tx;
        this.products = products;
        this.pricing = pricing;
        this.inventory = inventory;
        this.guard = guard;
    }

    @Override
    public List<ProductView> list(String text, int offset, int limit) {
        guard.require(Permission.VIEW_PRODUCTS);
        return tx.read(() -> {
            Optional<PriceList> base = pricing.baseList();
            return products.list(text, offset, limit).stream().map(p -> view(p, base)).toList();
        });
    }

    @Override
    public ProductView show(String sku) {
        guard.require(Permission.VIEW_PRODUCTS);
        return tx.read(() -> view(products.findByTypedCode(sku).orElseThrow(() -> new NotFoundException("product", sku)),
                pricing.baseList()));
    }

    @Override
    public long count() {
        guard.require(Permission.VIEW_PRODUCTS);
        return tx.read(products::count);
    }

    private ProductView view(Product p, Optional<PriceList> base) {
        BigDecimal listPrice = base.flatMap(b -> baseItem(b, p.id()).map(PriceListItem::unitPrice)).orElse(null);
        return new ProductView(p.sku(), p.ean(), p.description(), p.category(), p.unit().name(), p.vatRate(),
                p.unitCost(), listPrice, p.weightKg(), p.active());
    }

    private Optional<PriceListItem> baseItem(PriceList base, long productId) {
        return pricing.items(productId, List.of(base.id())).stream()
                .filter(i -> i.minQty().compareTo(BigDecimal.ONE) == 0 && i.validFrom() == null && i.validTo() == null)
                .findFirst();
    }

    /**
     * Inserts or updates products by SKU. Every row is validated; rows with
     * problems are reported and skipped whole, valid rows are applied together.
     * A new product gets a stock row (zero) in every warehouse and its list
     * price in the base list.
     */
    @Override
    public ImportReport importRows(List<ImportRow> rows) {
        guard.require(Permission.IMPORT_PRODUCTS);
        return tx.write(() -> {
            List<ImportReport.RowError> errors = new ArrayList<>();
            Map<String, Integer> seenSku = new HashMap<>();
            Map<String, String> seenEan = new HashMap<>();
            PriceList base = pricing.baseList().orElseGet(() -> {
                PriceList list = new PriceList("BASE", "Listino base", true, null, null, null);
                pricing.store(list);
                return list;
            });
            List<Warehouse> warehouses = inventory.warehouses();
            int inserted = 0;
            int updated = 0;
            for (ImportRow row : rows) {
                RowReader r = new RowReader(row);
                String sku = r.required("sku", 40);
                String ean = r.optional("ean", 20);
                String description = r.required("description", 200);
                String category = r.required("category", 60);
                Unit unit = r.enumValue("unit", Unit.class, null);
                BigDecimal vatRate = r.decimal("vatRate", true);
                BigDecimal unitCost = r.decimal("unitCost", true);
                BigDecimal listPrice = r.decimal("listPrice", true);
                BigDecimal weight = r.decimal("weightKg", false);
                BigDecimal reorderPoint = r.decimal("reorderPoint", false);
                BigDecimal minOrderQty = r.decimal("minOrderQty", false);
                BigDecimal packMultiple = r.decimal("packMultiple", false);
                boolean active = r.bool("active", true);
                if (sku != null && !sku.matches("[A-Za-z0-9._/-]+")) {
                    r.problem(Message.of("product.sku.invalid", sku));
                }
                if (ean != null && !Ean13.isValid(ean)) {
                    r.problem(Message.of("product.ean.invalid", ean));
                }
                if (vatRate != null && !VatRates.isAllowed(vatRate)) {
                    r.problem(Message.of("product.vatRate.invalid", vatRate.toPlainString()));
                }
                requireNonNegative(r, "unitCost", unitCost, 4);
                requireNonNegative(r, "listPrice", listPrice, 4);
                requireNonNegative(r, "weightKg", weight, 3);
                requireNonNegative(r, "reorderPoint", reorderPoint, 3);
                requireNonNegative(r, "minOrderQty", minOrderQty, 3);
                requireNonNegative(r, "packMultiple", packMultiple, 3);
                if (sku != null && seenSku.putIfAbsent(sku, row.line()) != null) {
                    r.problem(Message.of("import.duplicateInFile", sku, seenSku.get(sku)));
                }
                if (ean != null && sku != null) {
                    String otherInFile = seenEan.putIfAbsent(ean, sku);
                    if (otherInFile != null && !otherInFile.equals(sku)) {
                        r.problem(Message.of("product.ean.taken", ean, otherInFile));
                    }
                    products.findByEan(ean).filter(p -> !p.sku().equals(sku))
                            .ifPresent(p -> r.problem(Message.of("product.ean.taken", ean, p.sku())));
                }
                if (!r.problems().isEmpty()) {
                    errors.add(new ImportReport.RowError(row.line(), sku, r.problems()));
                    continue;
                }
                BigDecimal weightKg = weight == null ? BigDecimal.ZERO : weight;
                Optional<Product> existing = products.findBySku(sku);
                Product product;
                try {
                    if (existing.isPresent()) {
                        product = existing.get();
                        product.update(ean, description, category, unit, vatRate, unitCost, weightKg);
                        updated++;
                    } else {
                        product = new Product(sku, ean, description, category, unit, vatRate, unitCost, weightKg);
                        products.store(product);
                        for (Warehouse w : warehouses) {
                            inventory.store(new Stock(product.id(), w.id()));
                        }
                        inserted++;
                    }
                } catch (DomainException e) {
                    errors.add(new ImportReport.RowError(row.line(), sku, List.of(Message.of(e.key(), e.args().toArray()))));
                    continue;
                }
                if (reorderPoint != null) {
                    product.setReorderPoint(reorderPoint); // an absent column keeps the one already set
                }
                if (row.fields().containsKey("minOrderQty") || row.fields().containsKey("packMultiple")) {
                    // Zero or blank clears a rule; without both columns what is set stays, like the reorder point.
                    product.sellInPacks(
                            row.fields().containsKey("minOrderQty") ? positiveOrNull(minOrderQty)
                                    : product.orderQuantity().minimum(),
                            row.fields().containsKey("packMultiple") ? positiveOrNull(packMultiple)
                                    : product.orderQuantity().multiple());
                }
                if (!active) {
                    product.deactivate();
                }
                Optional<PriceListItem> item = existing.isPresent() ? baseItem(base, product.id()) : Optional.empty();
                if (item.isPresent()) {
                    item.get().reprice(listPrice);
                    pricing.changed();
                } else {
                    pricing.store(new PriceListItem(base.id(), product.id(), BigDecimal.ONE, listPrice, null, null));
                }
            }
            return new ImportReport(inserted, updated, errors);
        });
    }

    private static BigDecimal positiveOrNull(BigDecimal value) {
        return value == null || value.signum() == 0 ? null : value;
    }

    private static void requireNonNegative(RowReader r, String column, BigDecimal value, int maxScale) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            r.problem(Message.of("import.negative", column, value.toPlainString()));
        } else if (value.stripTrailingZeros().scale() > maxScale) {
            r.problem(Message.of("import.tooManyDecimals", column, value.toPlainString(), maxScale));
        } else if (value.setScale(0, RoundingMode.DOWN).precision() > 10) {
            r.problem(Message.of("import.tooLarge", column, value.toPlainString()));
        }
    }
}
