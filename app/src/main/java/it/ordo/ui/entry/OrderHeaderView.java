package it.ordo.ui.entry;

import static it.ordo.ui.entry.EntryControls.fieldLabel;

import it.ordo.domain.order.Channel;
import it.ordo.i18n.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The header row: channel, external reference, requested date, priority, ship-to address, notes. */
final class OrderHeaderView {

    private final HBox root;

    OrderHeaderView(OrderHeaderViewModel vm, Texts texts) {
        ComboBox<Channel> channel = new ComboBox<>();
        channel.getItems().setAll(vm.channels());
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        TextField ref = new TextField();
        ref.setPrefColumnCount(8);
        ref.setMinWidth(70);
        ref.textProperty().bindBidirectional(vm.externalRefProperty());
        DatePicker requested = new DatePicker();
        requested.setPrefWidth(140);
        requested.setMinWidth(118); // a date is never cut to its calendar icon
        requested.valueProperty().bindBidirectional(vm.requestedDateProperty());
        requested.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return texts.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.trim(),
                            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale()));
                } catch (DateTimeParseException e) {
                    return vm.requestedDateProperty().get();
                }
            }
        });
        channel.setConverter(EntryControls.named(texts, "entry.channel."));
        ComboBox<it.ordo.domain.order.Priority> priority = new ComboBox<>();
        priority.getItems().setAll(vm.priorities());
        priority.setConverter(EntryControls.named(texts, "entry.priority."));
        priority.setMinWidth(Region.USE_PREF_SIZE);
        channel.setMinWidth(Region.USE_PREF_SIZE);
        priority.valueProperty().bindBidirectional(vm.priorityProperty());
        ComboBox<Integer> shipTo = new ComboBox<>();
        shipTo.setPrefWidth(300);
        shipTo.setMinWidth(110); // the whole row fits 1366 px in Italian too; the full address is in its tooltip
        HBox.setHgrow(shipTo, Priority.SOMETIMES);
        shipTo.setMaxWidth(520);
        Runnable shipToItems = () -> {
            Integer chosen = vm.shipToProperty().get();
            shipTo.getItems().setAll(IntStream.range(0, vm.shipToOptions().size()).boxed().toList());
            shipTo.setValue(chosen);
        };
        vm.shipToOptions().addListener((ListChangeListener<String>) c -> shipToItems.run());
        shipTo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null || i >= vm.shipToOptions().size() ? "" : vm.shipToOptions().get(i);
            }

            @Override
            public Integer fromString(String s) {
                return vm.shipToOptions().indexOf(s);
            }
        });
        shipTo.valueProperty().bindBidirectional(vm.shipToProperty());
        // A long address that the box cuts shows whole in its tooltip and in the list when it opens.
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> shipTo.getConverter().toString(shipTo.getValue()), shipTo.valueProperty(), vm.shipToOptions()));
        shipTo.setTooltip(whole);
        TextField notes = new TextField();
        notes.setPrefColumnCount(8);
        notes.setMinWidth(50);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        HBox.setHgrow(notes, Priority.ALWAYS);
        // The customer's VAT treatment (intra-EU, export, split payment...) beside the customer, whose confirmation
        // will print its legal note.
        Label vat = new Label();
        vat.setId("vatTreatment");
        vat.textProperty().bind(Bindings.createStringBinding(() -> {
            OrderHeaderViewModel.VatShown v = vm.vatProperty().get();
            return v == null ? "" : texts.get(v.treatment().labelKey())
                    + (v.reference() == null ? "" : " · " + v.reference());
        }, vm.vatProperty()));
        // Italian VAT is what the order desk expects: only a different treatment takes room in the row.
        vat.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.vatProperty().get() != null
                && vm.vatProperty().get().treatment() != it.ordo.domain.order.VatTreatment.DOMESTIC,
                vm.vatProperty()));
        vat.managedProperty().bind(vat.visibleProperty());
        root = new HBox(8, vat, fieldLabel(texts, "entry.header.channel", channel), channel,
                fieldLabel(texts, "entry.header.externalRef", ref), ref,
                fieldLabel(texts, "entry.header.requestedDate", requested), requested,
                fieldLabel(texts, "entry.header.priority", priority), priority,
                fieldLabel(texts, "entry.header.shipTo", shipTo), shipTo,
                fieldLabel(texts, "entry.header.notes", notes), notes);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    Node root() {
        return root;
    }
}
