package it.ordo.ui.entry;

import it.ordo.application.customer.CustomerView;
import it.ordo.application.order.OrderDraft;
import it.ordo.application.order.OrderRequest;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import it.ordo.domain.order.VatTreatment;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order's header: channel (the customer's usual one), external
 * reference, requested date, priority, ship-to address (by its position in
 * the customer's list) and notes. It also makes the {@link OrderRequest}
 * that confirmation sends.
 */
public final class OrderHeaderViewModel {

    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.PHONE);
    private final StringProperty externalRef = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> requestedDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.NORMAL);
    private final ObservableList<String> shipToOptions = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> shipTo = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<VatShown> vat = new SimpleObjectProperty<>();

    /** The customer's VAT treatment, shown beside it, and what its legal note cites (null when nothing). */
    record VatShown(VatTreatment treatment, String reference) {
    }

    /** The fields the operator edits: a change of any is kept with the draft. */
    List<ObservableValue<?>> edits() {
        return List.of(channel, externalRef, requestedDate, priority, shipTo, notes);
    }

    /** The addresses the order can ship to; with {@code defaults}, the customer's channel and first address too. */
    void customerChanged(CustomerView c, boolean defaults) {
        shipToOptions.setAll(c == null ? List.of() : c.shippingAddresses());
        vat.set(c == null || c.vatTreatment() == null ? null : new VatShown(c.vatTreatment(), c.vatReference()));
        if (c != null && defaults) {
            channel.set(Arrays.stream(Channel.values()).filter(v -> v.name().equals(c.defaultChannel()))
                    .findFirst().orElse(Channel.PHONE));
            shipTo.set(c.shippingAddresses().isEmpty() ? null : 0);
        }
    }

    /** What the draft kept. */
    void restore(OrderDraft d) {
        channel.set(d.channel());
        externalRef.set(d.externalRef() == null ? "" : d.externalRef());
        requestedDate.set(d.requestedDate());
        priority.set(d.priority());
        shipTo.set(d.shipTo());
        notes.set(d.notes() == null ? "" : d.notes());
    }

    /** The header of a draft being kept, the rest as given. */
    OrderDraft draft(String customerCode, List<OrderDraft.Line> lines) {
        return new OrderDraft(customerCode, channel.get(), blankToNull(externalRef.get()), requestedDate.get(),
                priority.get(), shipTo.get(), blankToNull(notes.get()), lines, null);
    }

    /** The order to confirm: the one place the screen builds an {@link OrderRequest}. */
    OrderRequest request(String customerCode, List<OrderRequest.LineRequest> lines) {
        return new OrderRequest(blankToNull(externalRef.get()), channel.get(), customerCode, null,
                requestedDate.get(), priority.get(), blankToNull(notes.get()), lines, shipTo.get());
    }

    /** How VAT applies to the chosen customer's orders; null with no customer. */
    ObjectProperty<VatShown> vatProperty() {
        return vat;
    }

    void clear() {
        shipToOptions.clear();
        vat.set(null);
        channel.set(Channel.PHONE);
        externalRef.set("");
        requestedDate.set(null);
        priority.set(Priority.NORMAL);
        shipTo.set(null);
        notes.set("");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public List<Channel> channels() {
        return List.of(Channel.values());
    }

    public List<Priority> priorities() {
        return List.of(Priority.values());
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty externalRefProperty() {
        return externalRef;
    }

    public ObjectProperty<LocalDate> requestedDateProperty() {
        return requestedDate;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    public ObservableList<String> shipToOptions() {
        return shipToOptions;
    }

    public ObjectProperty<Integer> shipToProperty() {
        return shipTo;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
