package it.ordo.ui.entry;

import static it.ordo.ui.entry.EntryControls.amount;

import atlantafx.base.theme.Styles;
import it.ordo.application.order.OrderView;
import it.ordo.i18n.Texts;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Net, VAT per rate and gross as confirmation will compute them, and the warning of a credit hold to come. */
final class OrderTotalsView {

    private final VBox root;

    OrderTotalsView(OrderLinesViewModel vm, Texts texts) {
        GridPane totals = new GridPane();
        totals.setHgap(12);
        totals.setVgap(2);
        totals.setMinWidth(320);
        Runnable showTotals = () -> {
            totals.getChildren().clear();
            int row = 0;
            totals.addRow(row++, new Label(texts.get("entry.totals.net")), amount(texts, vm.netTotalProperty().get(), false));
            for (OrderView.VatRow v : vm.vatRows()) {
                totals.addRow(row++, EntryControls.muted(texts.get("entry.totals.vat", texts.number(v.rate()),
                        texts.money(v.taxable()))), amount(texts, v.vat(), false));
            }
            Label gross = new Label(texts.get("entry.totals.gross"));
            gross.getStyleClass().add(Styles.TITLE_4);
            totals.addRow(row, gross, amount(texts, vm.grossTotalProperty().get(), true));
        };
        vm.grossTotalProperty().addListener(o -> showTotals.run());
        vm.netTotalProperty().addListener(o -> showTotals.run());
        vm.vatRows().addListener((ListChangeListener<OrderView.VatRow>) c -> showTotals.run());
        showTotals.run();
        Label credit = new Label();
        credit.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        credit.setWrapText(true);
        credit.setMaxWidth(320);
        credit.textProperty().bind(vm.creditWarningProperty());
        credit.managedProperty().bind(credit.textProperty().isNotEmpty());
        credit.setGraphic(new FontIcon(Material2MZ.WARNING));
        credit.visibleProperty().bind(credit.textProperty().isNotEmpty());
        root = new VBox(4, totals, credit);
    }

    Node root() {
        return root;
    }
}
