package it.ordo.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.ordo.application.catalog.ProductView;
import it.ordo.application.inventory.StockLevel;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo product list|show|import}. */
@Command(name = "product")
final class ProductCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ProductCommand.ListProducts.class,
            ProductCommand.ShowProduct.class, ProductCommand.ImportProducts.class);

    @Command(name = "list", sortOptions = false)
    static final class ListProducts extends BaseCommand {

        @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "opt.search")
        String search;

        @Mixin
        Paging paging;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<ProductView> products = services().products().list(search, paging.offset, paging.limit);
            if (json) {
                json(products);
                return Cli.OK;
            }
            if (products.isEmpty()) {
                err().println(t("cli.list.none"));
                return Cli.OK;
            }
            Table table = new Table(t("cli.col.sku"), t("cli.col.ean"), t("cli.col.description"),
                    t("cli.col.category"), t("cli.col.unit"), t("cli.col.vat"), t("cli.col.listPrice"),
                    t("cli.col.active")).right(5, 6);
            for (ProductView p : products) {
                table.row(p.sku(), p.ean(), p.description(), p.category(), p.unit(), percent(p.vatRate()),
                        money(p.listPrice()), p.active() ? "" : t("cli.no"));
            }
            table.print(out());
            return Cli.OK;
        }
    }

    @Command(name = "show")
    static final class ShowProduct extends BaseCommand {

        @Parameters(paramLabel = "SKU", descriptionKey = "opt.product.sku")
        String sku;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            ProductView p = services().products().show(sku);
            List<StockLevel> stock = services().inventory().stock(p.sku(), null, 0, 100);
            if (json) {
                ObjectNode node = Json.writer(texts()).valueToTree(p);
                node.set("stock", Json.writer(texts()).valueToTree(stock));
                json(node);
                return Cli.OK;
            }
            new Block()
                    .add(t("cli.product.sku"), p.sku())
                    .add(t("cli.product.ean"), p.ean())
                    .add(t("cli.product.description"), p.description())
                    .add(t("cli.product.category"), p.category())
                    .add(t("cli.product.unit"), p.unit())
                    .add(t("cli.product.vatRate"), percent(p.vatRate()))
                    .add(t("cli.product.unitCost"), money(p.unitCost()))
                    .add(t("cli.product.listPrice"), p.listPrice() == null ? t("cli.product.notListed")
                            : money(p.listPrice()))
                    .add(t("cli.product.weight"), p.weightKg() == null ? null : qty(p.weightKg()) + " kg")
                    .add(t("cli.product.active"), yesNo(p.active()))
                    .print(out());
            out().println();
            StockCommand.table(this, stock, false).print(out());
            return Cli.OK;
        }
    }

    @Command(name = "import")
    static final class ImportProducts extends BaseCommand {

        @Parameters(paramLabel = "FILE", descriptionKey = "opt.import.file")
        Path file;

        @Override
        protected int execute() {
            return Imports.run(this, file, Imports.PRODUCTS, "products", rows -> services().products().importRows(rows));
        }
    }
}
