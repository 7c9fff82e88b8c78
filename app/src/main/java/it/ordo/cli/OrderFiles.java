package it.ordo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import it.ordo.application.order.OrderRequest;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Normalization;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Orders arriving as files: JSON (one order, an array, or {"orders": [...]})
 * or CSV with one row per line, rows sharing an externalRef forming one order
 * in file order. A value the file gets wrong for one order (a quantity that is
 * not a number, a date that is not a date, rows of the same order naming
 * different customers) is a problem of that order alone.
 */
final class OrderFiles {

    static final InputFiles.Columns COLUMNS = new InputFiles.Columns(
            List.of("externalRef", "channel", "customer", "warehouse", "sku", "ean", "qty", "requestedDate", "priority",
                    "notes"),
            List.of("customer", "qty"));

    private static final InputFiles.Columns LINE_KEYS = new InputFiles.Columns(List.of("sku", "ean", "qty"), List.of());
    private static final List<String> HEADER_FIELDS = List.of("channel", "customer", "warehouse", "requestedDate",
            "priority");

    /** One order of the file: where it is, what it asks for, and what is already wrong with it. */
    record Entry(String externalRef, Message where, OrderRequest request, List<Message> problems) {
    }

    private OrderFiles() {
    }

    static List<Entry> read(Path file, Set<String> unknown) {
        InputFiles.Content content = InputFiles.read(file);
        return content.format() == InputFiles.Format.JSON ? json(content, unknown) : csv(content, unknown);
    }

    // --- CSV

    private static List<Entry> csv(InputFiles.Content content, Set<String> unknown) {
        Map<String, Draft> orders = new LinkedHashMap<>();
        for (InputFiles.Record r : InputFiles.csvRecords(content, COLUMNS, unknown)) {
            String ref = r.fields().get("externalRef");
            // Without a reference a row cannot be matched to others: it is an order of its own.
            String key = ref != null ? "ref:" + ref : "line:" + r.line();
            Draft draft = orders.computeIfAbsent(key, k -> new Draft(ref, Message.of("cli.order.atLine", r.line())));
            for (String field : HEADER_FIELDS) {
                draft.header(field, r.fields().get(field), r.line());
            }
            draft.note(r.fields().get("notes"));
            draft.line(r.fields().get("sku"), r.fields().get("ean"), r.fields().get("qty"));
        }
        return orders.values().stream().map(Draft::entry).toList();
    }

    // --- JSON

    private static List<Entry> json(InputFiles.Content content, Set<String> unknown) {
        JsonNode root = InputFiles.json(content);
        List<JsonNode> elements = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(elements::add);
        } else if (root.isObject() && root.has("orders") && root.get("orders").isArray()) {
            root.get("orders").forEach(elements::add);
        } else if (root.isObject()) {
            elements.add(root);
        } else {
            throw new FileProblem("cli.file.jsonShape", Verbatim.of(content.path()), Verbatim.of("orders"));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode order = elements.get(i);
            if (!order.isObject()) {
                throw new FileProblem("cli.file.jsonNotObject", Verbatim.of(content.path()), i + 1);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            JsonNode lines = null;
            for (Map.Entry<String, JsonNode> e : order.properties()) {
                if (e.getKey().equals("lines")) {
                    lines = e.getValue();
                    continue;
                }
                Optional<String> name = COLUMNS.canonical(e.getKey());
                if (name.isEmpty() || name.get().equals("sku") || name.get().equals("ean") || name.get().equals("qty")) {
                    unknown.add(e.getKey());
                } else if (InputFiles.scalar(e.getValue()) != null) {
                    fields.put(name.get(), InputFiles.scalar(e.getValue()));
                }
            }
            Draft draft = new Draft(fields.get("externalRef"), Message.of("cli.order.atIndex", i + 1));
            HEADER_FIELDS.forEach(f -> draft.header(f, fields.get(f), 0));
            draft.note(fields.get("notes"));
            if (lines != null && !lines.isNull()) {
                if (!lines.isArray()) {
                    draft.problems.add(Message.of("cli.order.linesNotList"));
                } else {
                    for (JsonNode line : lines) {
                        readLine(draft, line, unknown);
                    }
                }
            }
            entries.add(draft.entry());
        }
        return entries;
    }

    private static void readLine(Draft draft, JsonNode line, Set<String> unknown) {
        if (!line.isObject()) {
            draft.lines.add(new OrderRequest.LineRequest(null, null, null));
            draft.problems.add(Message.of("cli.order.lineNotObject", draft.lines.size()));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : line.properties()) {
            Optional<String> name = LINE_KEYS.canonical(e.getKey());
            if (name.isEmpty()) {
                unknown.add(e.getKey());
            } else if (InputFiles.scalar(e.getValue()) != null) {
                fields.put(name.get(), InputFiles.scalar(e.getValue()));
            }
        }
        draft.line(fields.get("sku"), fields.get("ean"), fields.get("qty"));
    }

    /** An order being put together from the file. */
    private static final class Draft {

        private final String externalRef;
        private final Message where;
        private final Map<String, String> header = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final List<OrderRequest.LineRequest> lines = new ArrayList<>();
        private final List<Message> problems = new ArrayList<>();

        Draft(String externalRef, Message where) {
            this.externalRef = externalRef;
            this.where = where;
        }

        /** The first row with a value sets it; a later row saying otherwise is a problem, not a silent choice. */
        void header(String field, String value, int fileLine) {
            if (value == null || value.isBlank()) {
                return;
            }
            String before = header.putIfAbsent(field, value.strip());
            if (before != null && !sameValue(field, before, value.strip())) {
                problems.add(Message.of("cli.order.conflict", fileLine, Verbatim.of(field), Verbatim.of(value.strip()),
                        Verbatim.of(before)));
            }
        }

        /**
         * Two rows agree when they mean the same: a channel or priority in any
         * case ("high" and "HIGH"), a code by the one rule for codes.
         */
        private static boolean sameValue(String field, String a, String b) {
            return switch (field) {
                case "channel", "priority", "customer", "warehouse" -> Normalization.key(a).equals(Normalization.key(b));
                default -> a.equals(b);
            };
        }

        void note(String value) {
            if (value != null && !value.isBlank() && !notes.contains(value.strip())) {
                notes.add(value.strip());
            }
        }

        void line(String sku, String ean, String rawQty) {
            BigDecimal qty = null;
            if (rawQty != null && !rawQty.isBlank()) {
                qty = Numbers.decimal(rawQty);
                if (qty == null) {
                    problems.add(Message.of("cli.order.badQty", lines.size() + 1, Verbatim.of(rawQty)));
                }
            }
            lines.add(new OrderRequest.LineRequest(sku, ean, qty));
        }

        Entry entry() {
            LocalDate requested = null;
            String rawDate = header.get("requestedDate");
            if (rawDate != null) {
                requested = Numbers.date(rawDate);
                if (requested == null) {
                    problems.add(Message.of("cli.order.badDate", Verbatim.of(rawDate)));
                }
            }
            Channel channel = header.get("channel") == null ? null : parsed(() -> Channel.parse(header.get("channel")));
            Priority priority = header.get("priority") == null ? null
                    : parsed(() -> Priority.parse(header.get("priority")));
            if (lines.isEmpty()) {
                // Named by its reference, or where it is in the file when it has none.
                problems.add(externalRef != null ? Message.of("order.noLines", externalRef)
                        : Message.of("cli.order.noLines", where.encode()));
            }
            OrderRequest request = new OrderRequest(externalRef, channel, header.get("customer"),
                    header.get("warehouse"), requested, priority,
                    notes.isEmpty() ? null : String.join("\n", notes), List.copyOf(lines));
            return new Entry(externalRef, where, request, List.copyOf(problems));
        }

        /** A value of the file read as its type; a wrong one is a problem of this order, named with the allowed values. */
        private <T> T parsed(java.util.function.Supplier<T> parse) {
            try {
                return parse.get();
            } catch (DomainException e) {
                problems.add(Message.of(e.key(), e.args().toArray()));
                return null;
            }
        }
    }
}
