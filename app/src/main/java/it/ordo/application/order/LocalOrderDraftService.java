package it.ordo.application.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.ordo.application.CurrentUser;
import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderDraftRepository;
import it.ordo.domain.order.Priority;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The in-process {@link OrderDraftService}: runs each use case here, on the database. */
public final class LocalOrderDraftService implements OrderDraftService {

    /** The size of the payload column. */
    static final int MAX_PAYLOAD = 32000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transactions tx;
    private final OrderDraftRepository drafts;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;

    public LocalOrderDraftService(Transactions tx, OrderDraftRepository drafts, CurrentUser user, Clock clock, Guard guard) {
        this.tx = tx;
        this.drafts = drafts;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
    }

    /** Replaces the user's draft with this one; an empty draft just removes the old one. Returns when it was saved. */
    @Override
    public Instant save(OrderDraft draft) {
        // The user's own draft: a sales agent keeps one like the desk (its customer is checked when it is placed).
        guard.requireScoped(Permission.PLACE_ORDER);
        Instant now = clock.instant();
        if (draft == null || draft.isEmpty()) {
            tx.write(() -> drafts.delete(user.username()));
            return now;
        }
        String payload = write(draft);
        if (payload.length() > MAX_PAYLOAD) {
            throw new DomainException("draft.tooLarge", draft.lines().size());
        }
        tx.write(() -> drafts.save(user.username(), now, payload));
        return now;
    }

    /** The user's draft, with the time it was saved, if there is one. */
    @Override
    public Optional<OrderDraft> load() {
        guard.requireScoped(Permission.PLACE_ORDER);
        return tx.read(() -> drafts.find(user.username())).map(stored -> read(stored.payload(), stored.savedAt()));
    }

    /** Forgets the user's draft (the order was confirmed, or the operator threw it away). */
    @Override
    public void discard() {
        guard.requireScoped(Permission.PLACE_ORDER);
        tx.write(() -> drafts.delete(user.username()));
    }

    static String write(OrderDraft d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("customer", d.customerCode());
        root.put("channel", d.channel().name());
        root.put("externalRef", d.externalRef());
        root.put("requestedDate", d.requestedDate() == null ? null : d.requestedDate().toString());
        root.put("priority", d.priority().name());
        if (d.shipTo() != null) {
            root.put("shipTo", d.shipTo());
        }
        root.put("notes", d.notes());
        ArrayNode lines = root.putArray("lines");
        for (OrderDraft.Line l : d.lines()) {
            lines.addObject().put("code", l.code()).put("qty", l.quantity());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OrderDraft read(String payload, Instant savedAt) {
        try {
            JsonNode root = JSON.readTree(payload);
            List<OrderDraft.Line> lines = new ArrayList<>();
            for (JsonNode l : root.path("lines")) {
                lines.add(new OrderDraft.Line(text(l, "code"), text(l, "qty")));
            }
            String date = text(root, "requestedDate");
            return new OrderDraft(text(root, "customer"), named(Channel.class, text(root, "channel")),
                    text(root, "externalRef"), date == null ? null : LocalDate.parse(date),
                    named(Priority.class, text(root, "priority")),
                    root.hasNonNull("shipTo") ? root.get("shipTo").asInt() : null, text(root, "notes"), lines, savedAt);
        } catch (IOException | RuntimeException e) {
            // A draft that cannot be read is not worth an error on every start: it is simply not restored.
            return new OrderDraft(null, null, null, null, null, null, null, List.of(), savedAt);
        }
    }

    /**
     * A channel or priority as stored; a name this version does not know (written by a newer one, or renamed
     * since) gives null, the screen's default, so the rest of the draft still comes back.
     */
    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
