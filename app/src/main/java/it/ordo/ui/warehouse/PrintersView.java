package it.ordo.ui.warehouse;

import atlantafx.base.theme.Styles;
import it.ordo.i18n.Texts;
import it.ordo.ui.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * This workstation's printers for the warehouse: documents (PDF) and labels
 * (PDF or ZPL at 203/300 dpi). "None" saves the paper to a file and opens it.
 * The printer list is asked of the print system in the background.
 */
final class PrintersView extends GridPane {

    private static final String NONE = "";

    PrintersView(WarehousePrinters.Store store, Texts texts, TaskExecutor executor, Consumer<String> notice) {
        setHgap(10);
        setVgap(10);
        setPadding(new Insets(16));
        WarehousePrinters.Choice choice = store.load();
        ComboBox<String> documents = printerBox(texts, choice.documents());
        documents.setId("printers-documents");
        ComboBox<String> labels = printerBox(texts, choice.labels());
        labels.setId("printers-labels");
        ComboBox<WarehousePrinters.LabelFormat> format = new ComboBox<>();
        format.setId("printers-format");
        format.getItems().setAll(WarehousePrinters.LabelFormat.values());
        format.setValue(choice.labelFormat());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(WarehousePrinters.LabelFormat f) {
                return f == null ? "" : texts.get("printers.format." + f.name());
            }

            @Override
            public WarehousePrinters.LabelFormat fromString(String s) {
                return null;
            }
        });
        executor.run(WarehousePrinters::names, names -> {
            List<String> all = new ArrayList<>();
            all.add(NONE);
            all.addAll(names);
            String d = documents.getValue();
            String l = labels.getValue();
            documents.getItems().setAll(all);
            labels.getItems().setAll(all);
            documents.setValue(d);
            labels.setValue(l);
        }, e -> notice.accept(e.getMessage()));
        Button save = new Button(texts.get("printers.save"));
        save.setId("printers-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> {
            store.save(new WarehousePrinters.Choice(blankToNull(documents.getValue()), blankToNull(labels.getValue()),
                    format.getValue()));
            notice.accept(texts.get("printers.saved"));
        });
        Label hint = new Label(texts.get("printers.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        addRow(0, new Label(texts.get("printers.documents")), documents);
        addRow(1, new Label(texts.get("printers.labels")), labels);
        addRow(2, new Label(texts.get("printers.format")), format);
        add(save, 1, 3);
        add(hint, 0, 4, 2, 1);
    }

    private static ComboBox<String> printerBox(Texts texts, String chosen) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().add(NONE);
        if (chosen != null) {
            box.getItems().add(chosen);
        }
        box.setValue(chosen == null ? NONE : chosen);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? texts.get("printers.none") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setPrefWidth(280);
        return box;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
