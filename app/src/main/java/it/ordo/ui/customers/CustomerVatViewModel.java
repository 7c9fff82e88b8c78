package it.ordo.ui.customers;

import it.ordo.application.customer.VatService;
import it.ordo.application.customer.VatService.CustomerVat;
import it.ordo.application.customer.VatService.DeclarationRequest;
import it.ordo.application.customer.VatService.DeclarationView;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.customer.CustomerKind;
import it.ordo.i18n.Texts;
import it.ordo.ui.LatestTask;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import it.ordo.ui.TypedNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The VAT side of one customer: its treatment today (with the nature code and legal wording), the VIES record
 * of an EU business, its declarations of intent with what each has left, and the form that registers a new one.
 * Recording (VIES, a declaration) is offered only to a role the permission table allows; what the use case
 * refuses is shown beside the field it is about, and nothing is written then.
 */
public final class CustomerVatViewModel {

    /** The parts of the declaration form a refusal can point at. */
    public enum Field { PROTOCOL, VALIDITY, CEILING, OTHER }

    private final VatService vat;
    private final Texts texts;
    private final TaskExecutor executor;
    private final String code;
    private final boolean mayRecord;

    private final ObjectProperty<CustomerVat> position = new SimpleObjectProperty<>();
    private final ObservableList<DeclarationView> declarations = FXCollections.observableArrayList();
    private final BooleanProperty viesOffered = new SimpleBooleanProperty();
    private final BooleanProperty declarationsShown = new SimpleBooleanProperty();
    private final BooleanProperty declarationFormOffered = new SimpleBooleanProperty();
    private final StringProperty protocol = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> validTo = new SimpleObjectProperty<>();
    private final StringProperty ceiling = new SimpleStringProperty("");
    private final Map<Field, ReadOnlyStringWrapper> problems = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** Reading the position: a newer load supersedes one still running. */
    private final LatestTask loading;

    /**
     * @param mayRecord whether the user may record a VIES check or a declaration (IMPORT_CUSTOMERS); the
     *                  use cases check it again
     */
    public CustomerVatViewModel(VatService vat, Texts texts, TaskExecutor executor, String code, boolean mayRecord) {
        this.vat = vat;
        this.texts = texts;
        this.executor = executor;
        this.loading = executor.latestOnly();
        this.code = code;
        this.mayRecord = mayRecord;
        for (Field f : Field.values()) {
            problems.put(f, new ReadOnlyStringWrapper(""));
        }
    }

    private record Loaded(CustomerVat position, List<DeclarationView> declarations) {
    }

    private Loaded read() {
        return new Loaded(vat.treatment(code), vat.declarations(code));
    }

    public void load() {
        busy.set(true);
        loading.run(this::read, this::apply, this::failed);
    }

    /** Records that the user found the customer's VAT number registered on the Commission's VIES page. */
    public void confirmVies() {
        clearProblems();
        done.set("");
        busy.set(true);
        executor.run(() -> {
            vat.confirmVies(code);
            return read();
        }, loaded -> {
            apply(loaded);
            done.set(texts.get("customers.vat.vies.recorded", loaded.position().vatNumber(),
                    texts.get(loaded.position().treatment().labelKey())));
        }, this::failed);
    }

    /** Registers the declaration in the form; on success the form is emptied and the list shows it. */
    public void registerDeclaration() {
        clearProblems();
        done.set("");
        Optional<BigDecimal> amount = TypedNumber.parse(ceiling.get(), texts.locale());
        if (amount.isEmpty() && ceiling.get() != null && !ceiling.get().isBlank()) {
            problems.get(Field.CEILING).set(texts.get("customers.vat.ceiling.notNumber", ceiling.get().strip()));
            return;
        }
        DeclarationRequest request = new DeclarationRequest(code, protocol.get(), validFrom.get(), validTo.get(),
                amount.orElse(null));
        busy.set(true);
        executor.run(() -> {
            DeclarationView made = vat.registerDeclaration(request);
            return new Registered(made, read());
        }, registered -> {
            apply(registered.loaded());
            protocol.set("");
            validFrom.set(null);
            validTo.set(null);
            ceiling.set("");
            done.set(texts.get("customers.vat.declaration.recorded", registered.made().protocol(),
                    texts.money(registered.made().ceiling())));
        }, this::failed);
    }

    private record Registered(DeclarationView made, Loaded loaded) {
    }

    private void apply(Loaded loaded) {
        busy.set(false);
        message.set("");
        CustomerVat p = loaded.position();
        boolean canDeclare = p.kind() == CustomerKind.IT_BUSINESS || p.kind() == CustomerKind.IT_PERSON;
        declarations.setAll(loaded.declarations());
        viesOffered.set(mayRecord && p.kind() == CustomerKind.EU_BUSINESS);
        declarationsShown.set(canDeclare || !loaded.declarations().isEmpty());
        declarationFormOffered.set(mayRecord && canDeclare);
        position.set(p);
    }

    private void failed(Throwable error) {
        busy.set(false);
        Throwable t = error;
        while (t.getCause() != null && !(t instanceof DomainException)) {
            t = t.getCause();
        }
        if (t instanceof ValidationException invalid) {
            Map<Field, List<String>> said = new EnumMap<>(Field.class);
            for (Message m : invalid.problems()) {
                said.computeIfAbsent(fieldOf(m), f -> new ArrayList<>()).add(texts.render(m));
            }
            said.forEach((f, lines) -> problems.get(f).set(String.join("\n", lines)));
            message.set(texts.get("customers.vat.declaration.refused"));
            return;
        }
        message.set(Problems.describe(texts, error));
    }

    /** Which field of the form a refusal is about, by what the use case said. */
    static Field fieldOf(Message m) {
        return switch (m.key()) {
            case "declaration.protocol.missing", "declaration.protocol.invalid", "declaration.protocol.taken" ->
                    Field.PROTOCOL;
            case "declaration.period.missing", "declaration.period.invalid" -> Field.VALIDITY;
            case "declaration.ceiling.invalid", "import.tooManyDecimals" -> Field.CEILING;
            default -> Field.OTHER;
        };
    }

    private void clearProblems() {
        problems.values().forEach(p -> p.set(""));
        message.set("");
    }

    public String code() {
        return code;
    }

    /** The customer's kind, codes and treatment today; null until loaded. */
    public ReadOnlyObjectProperty<CustomerVat> positionProperty() {
        return position;
    }

    /** The customer's declarations of intent, latest first. */
    public ObservableList<DeclarationView> declarations() {
        return declarations;
    }

    /** Only for an EU business, and only to a role that may record it. */
    public ReadOnlyBooleanProperty viesOfferedProperty() {
        return viesOffered;
    }

    /** For an Italian business or person (who may file one), or any customer that has one recorded. */
    public ReadOnlyBooleanProperty declarationsShownProperty() {
        return declarationsShown;
    }

    /** Only for an Italian business or person, and only to a role that may record it. */
    public ReadOnlyBooleanProperty declarationFormOfferedProperty() {
        return declarationFormOffered;
    }

    public StringProperty protocolProperty() {
        return protocol;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validToProperty() {
        return validTo;
    }

    /** The ceiling as typed ("50000,00" or "50000.00"). */
    public StringProperty ceilingProperty() {
        return ceiling;
    }

    /** What is wrong with a field of the form; empty when nothing. */
    public ReadOnlyStringProperty problem(Field field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** A failure or refusal as a whole; empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What was just recorded; empty until something is. */
    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
