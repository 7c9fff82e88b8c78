package it.ordo.infrastructure.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import it.ordo.domain.audit.AuditEntry;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The {@code changes} column: a JSON object {@code {"field": [old, new]}},
 * amounts as plain JSON numbers, lists of values as arrays. Written by hand
 * (it is on the path of every commit), read with Jackson.
 */
final class AuditJson {

    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private AuditJson() {
    }

    /** Audit times are stored in UTC, as Hibernate stores the application's instants. */
    static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    /**
     * The changes as JSON within {@code max} characters: long texts (notes)
     * are shortened, never the list of fields.
     */
    static String write(List<AuditListener.Change> changes, int max) {
        for (int limit : new int[] {Integer.MAX_VALUE, 500, 100, 20}) {
            String json = render(changes, limit);
            if (json.length() <= max) {
                return json;
            }
        }
        return "{}";
    }

    private static String render(List<AuditListener.Change> changes, int limit) {
        StringBuilder sb = new StringBuilder(32 + changes.size() * 40).append('{');
        for (AuditListener.Change c : changes) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            quote(sb, c.field(), Integer.MAX_VALUE).append(":[");
            value(sb, c.from(), limit).append(',');
            value(sb, c.to(), limit).append(']');
        }
        return sb.append('}').toString();
    }

    private static StringBuilder value(StringBuilder sb, Object v, int limit) {
        if (v == null) {
            return sb.append("null");
        }
        if (v instanceof AuditListener.Literal literal) {
            return sb.append(literal.text());
        }
        if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                quote(sb, String.valueOf(list.get(i)), limit);
            }
            return sb.append(']');
        }
        return quote(sb, v.toString(), limit);
    }

    private static StringBuilder quote(StringBuilder sb, String s, int limit) {
        String text = s.length() <= limit ? s : s.substring(0, limit) + "…";
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append("\\u00").append(HEX[ch >> 4]).append(HEX[ch & 0xF]);
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"');
    }

    /** Reads the column back: each value as text, lists joined with ", ". */
    static List<AuditEntry.FieldChange> read(String json) {
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return changes;
        }
        try {
            JsonNode root = READER.readTree(json);
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode pair = field.getValue();
                changes.add(new AuditEntry.FieldChange(field.getKey(), text(pair.get(0)), text(pair.get(1))));
            }
        } catch (JsonProcessingException e) {
            changes.add(new AuditEntry.FieldChange("?", null, json));
        }
        return changes;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            return String.join(", ", items);
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        return node.asText();
    }
}
