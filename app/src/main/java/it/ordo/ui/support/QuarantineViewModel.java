package it.ordo.ui.support;

import it.ordo.application.returns.QuarantineRow;
import it.ordo.application.returns.ReturnService;
import it.ordo.domain.returns.QuarantineDecision;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import it.ordo.ui.TypedNumber;
import java.math.BigDecimal;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The goods returns left in quarantine, and the warehouse's judgement of
 * them: a quantity of the chosen row back to stock, or scrapped at cost.
 */
public final class QuarantineViewModel {

    private final ReturnService returns;
    private final Texts texts;
    private final TaskExecutor executor;
    private final ObservableList<QuarantineRow> rows = FXCollections.observableArrayList();
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public QuarantineViewModel(ReturnService returns, Texts texts, TaskExecutor executor) {
        this.returns = returns;
        this.texts = texts;
        this.executor = executor;
    }

    public void refresh() {
        executor.run(returns::quarantine, rows::setAll, this::failed);
    }

    public void settle(QuarantineRow row, QuarantineDecision decision) {
        if (row == null) {
            return;
        }
        BigDecimal qty = TypedNumber.parse(quantity.get(), texts.locale()).orElse(null);
        if (qty == null) {
            message.set(texts.get("care.quarantine.badQuantity", quantity.get()));
            return;
        }
        String why = note.get();
        busy.set(true);
        executor.run(() -> returns.settleQuarantine(row.sku(), row.warehouse(), qty, decision, why), left -> {
            busy.set(false);
            message.set(texts.get(decision == QuarantineDecision.RELEASE ? "care.quarantine.released"
                    : "care.quarantine.scrapped", texts.number(qty), left.sku(), left.warehouse(),
                    texts.number(left.quantity())));
            quantity.set("");
            note.set("");
            refresh();
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Problems.describe(texts, error));
    }

    public ObservableList<QuarantineRow> rows() {
        return rows;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
