package it.ordo.cli;

import it.ordo.application.audit.OrderHistory;
import it.ordo.domain.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ordo order history NUMBER}: the order's whole story from the audit
 * trail, one row per status step or changed field, with time, user and
 * workstation.
 */
@Command(name = "history")
final class OrderHistoryCommand extends BaseCommand {

    /** What a creation row shows; the JSON has every field. */
    private static final Map<String, List<String>> CREATED_SUMMARY = Map.of(
            "ORDER", List.of("customer", "channel", "externalRef", "warehouse", "priority", "grossTotal"),
            "LINE", List.of("sku", "quantity", "unitPrice", "discountPct", "allocatedQty", "backorderedQty"));

    private static final Set<String> PREFIXED = Set.of("shipTo", "billingAddress");

    @Parameters(paramLabel = "NUMBER", descriptionKey = "opt.order.number")
    String number;

    @Option(names = "--json", descriptionKey = "opt.json")
    boolean json;

    @Override
    protected int execute() {
        OrderHistory history = services().audit().orderHistory(number);
        if (json) {
            json(history);
            return Cli.OK;
        }
        out().println(t("cli.history.title", v(history.number())));
        Table table = new Table(t("cli.col.when"), t("cli.col.user"), t("cli.col.workstation"), t("cli.col.what"),
                t("cli.col.change"));
        for (OrderHistory.Entry e : history.entries()) {
            String[] who = {dateTime(e.at()), e.user(), e.workstation() == null ? "" : e.workstation()};
            String what = "LINE".equals(e.subject()) ? t("cli.history.line", e.lineNo() == null ? "?" : e.lineNo())
                    : "STATUS".equals(e.action()) ? t("cli.history.status") : t("cli.history.order");
            List<String> changes = describe(e);
            for (int i = 0; i < changes.size(); i++) {
                boolean first = i == 0;
                table.row(first ? who[0] : "", first ? who[1] : "", first ? who[2] : "", first ? what : "",
                        changes.get(i));
            }
        }
        table.print(out());
        return Cli.OK;
    }

    /** The rows of one entry: a status step or a creation on one row, a change one row per field. */
    private List<String> describe(OrderHistory.Entry e) {
        List<String> rows = new ArrayList<>();
        switch (e.action()) {
            case "STATUS" -> {
                OrderHistory.Change c = e.changes().getFirst();
                String step = value(c.from()) + " → " + value(c.to());
                rows.add(e.reason() == null ? step : step + " (" + render(e.reason()) + ")");
            }
            case "CREATED" -> {
                List<String> parts = new ArrayList<>();
                for (String field : CREATED_SUMMARY.getOrDefault(e.subject(), List.of())) {
                    e.changes().stream().filter(c -> c.field().equals(field) && c.to() != null).findFirst()
                            .ifPresent(c -> parts.add(label(field) + " " + value(c.to())));
                }
                rows.add(t("cli.history.created") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)));
            }
            case "REMOVED" -> rows.add(t("cli.history.removed"));
            default -> e.changes().forEach(c ->
                    rows.add(label(c.field()) + ": " + value(c.from()) + " → " + value(c.to())));
        }
        return rows;
    }

    private String label(String field) {
        int dot = field.indexOf('.');
        if (dot > 0 && PREFIXED.contains(field.substring(0, dot))) {
            return label(field.substring(0, dot)) + " (" + label(field.substring(dot + 1)) + ")";
        }
        String key = "cli.history.field." + field;
        return texts().has(key) ? t(key) : field;
    }

    /** Dates and moments in the reader's format; everything else as recorded. */
    private String value(Message m) {
        if (m == null) {
            return t("cli.history.none");
        }
        if ("text".equals(m.key()) && m.args().getFirst() instanceof String s) {
            if (s.matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z")) {
                return dateTime(Instant.parse(s));
            }
            if (s.matches("\\d{4}-\\d\\d-\\d\\d")) {
                return date(LocalDate.parse(s));
            }
        }
        return render(m);
    }
}
