package it.ordo.infrastructure.remote;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import it.ordo.application.NotFoundException;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.AuthenticationException;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.StaleDataException;
import it.ordo.domain.ValidationException;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON both ends write and read: records, enums, BigDecimal (as exact
 * numbers), dates as ISO text, and the refusals of the use cases. A
 * message's arguments are declared {@code Object}, so they travel with their
 * type ({@code {"n":"12.50"}} is a BigDecimal, {@code {"d":"2026-12-05"}} a
 * date): the workstation formats them in its own language exactly as an
 * in-process call would.
 */
final class Wire {

    static final String PREFIX = "/api/v1/";
    static final String TOKEN_HEADER = "Authorization";
    static final String BEARER = "Bearer ";
    static final String WORKSTATION_HEADER = "X-Ordo-Workstation";

    static final ObjectMapper JSON = JsonMapper.builder()
            // Exact decimals: 30.00 stays 30.00, not 3E+1, so money reads and prints as in process.
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("ordo-wire")
                    .addSerializer(Message.class, new MessageSerializer())
                    .addDeserializer(Message.class, new MessageDeserializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // A newer server may add fields to a result: an older workstation reads what it knows.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Wire() {
    }

    /** One argument of a message, with its type. */
    static JsonNode arg(Object value) {
        JsonNodeFactory f = JSON.getNodeFactory();
        if (value == null) {
            return f.nullNode();
        }
        ObjectNode node = f.objectNode();
        switch (value) {
            case String s -> node.put("s", s);
            case Integer i -> node.put("i", i);
            case Long l -> node.put("l", l);
            case BigDecimal d -> node.put("n", d.toPlainString());
            case BigInteger b -> node.put("n", b.toString());
            case Double d -> node.put("n", BigDecimal.valueOf(d).toPlainString());
            case Boolean b -> node.put("b", b);
            case LocalDate d -> node.put("d", d.toString());
            case Instant t -> node.put("t", t.toString());
            case ZonedDateTime z -> node.put("z", z.toString());
            case LocalDateTime t -> node.put("dt", t.toString());
            default -> node.put("s", value.toString());
        }
        return node;
    }

    static Object arg(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String type = node.fieldNames().next();
        String text = node.get(type).asText();
        return switch (type) {
            case "i" -> node.get(type).asInt();
            case "l" -> node.get(type).asLong();
            case "n" -> new BigDecimal(text);
            case "b" -> node.get(type).asBoolean();
            case "d" -> LocalDate.parse(text);
            case "t" -> Instant.parse(text);
            case "z" -> ZonedDateTime.parse(text);
            case "dt" -> LocalDateTime.parse(text);
            default -> text;
        };
    }

    static ArrayNode args(List<?> values) {
        ArrayNode array = JSON.getNodeFactory().arrayNode();
        values.forEach(v -> array.add(arg(v)));
        return array;
    }

    static Object[] args(JsonNode array) {
        List<Object> values = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> values.add(arg(n)));
        }
        return values.toArray();
    }

    /** A refusal as the workstation needs it to throw the same exception again. */
    static ObjectNode error(DomainException e) {
        ObjectNode node = JSON.getNodeFactory().objectNode();
        node.put("key", e.key());
        node.set("args", args(e.args()));
        switch (e) {
            case ValidationException v -> {
                node.put("type", "validation");
                node.set("problems", JSON.valueToTree(v.problems()));
            }
            case NotFoundException n -> node.put("type", "notFound");
            case AccessDeniedException a -> {
                node.put("type", "denied");
                node.put("permission", a.permission().name());
            }
            case AuthenticationException a -> node.put("type", "authentication");
            case StaleDataException s -> {
                node.put("type", "stale");
                node.put("entity", s.entity());
                if (s.entityId() != null) {
                    node.put("entityId", s.entityId());
                }
                node.put("recordKey", s.recordKey());
                node.put("changedBy", s.changedBy());
            }
            default -> node.put("type", "domain");
        }
        return node;
    }

    /** The same exception the use case threw on the server. */
    static DomainException exception(JsonNode node) {
        String key = node.path("key").asText();
        Object[] args = args(node.get("args"));
        return switch (node.path("type").asText()) {
            case "validation" -> new ValidationException(JSON.convertValue(node.get("problems"),
                    JSON.getTypeFactory().constructCollectionType(List.class, Message.class)));
            case "notFound" -> new NotFoundException(key.substring("notFound.".length()),
                    args.length > 0 ? String.valueOf(args[0]) : null);
            case "denied" -> new AccessDeniedException(String.valueOf(args[0]),
                    Permission.valueOf(node.path("permission").asText()));
            case "authentication" -> new AuthenticationException(key, args);
            case "stale" -> stale(node, args);
            default -> new DomainException(key, args);
        };
    }

    private static StaleDataException stale(JsonNode node, Object[] args) {
        String entity = node.path("entity").isNull() ? null : node.path("entity").asText(null);
        Long id = node.hasNonNull("entityId") ? node.get("entityId").asLong() : null;
        String recordKey = node.hasNonNull("recordKey") ? node.get("recordKey").asText() : null;
        if (node.hasNonNull("changedBy") && args.length > 3 && args[3] instanceof ZonedDateTime at) {
            return new StaleDataException(entity, id, recordKey, node.get("changedBy").asText(), at);
        }
        return new StaleDataException(entity, id, recordKey);
    }

    private static final class MessageSerializer extends JsonSerializer<Message> {
        @Override
        public void serialize(Message m, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("key", m.key());
            gen.writeFieldName("args");
            gen.writeTree(args(m.args() == null ? List.of() : m.args()));
            gen.writeEndObject();
        }
    }

    private static final class MessageDeserializer extends JsonDeserializer<Message> {
        @Override
        public Message deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            // List.of refuses nulls, and a message may name something not known yet.
            return new Message(node.path("key").asText(), java.util.Arrays.asList(args(node.get("args"))));
        }
    }

    /** The most of a refused request's body read through before replying, so its connection can serve the next call. */
    private static final long DRAIN_LIMIT = 1024 * 1024;

    /**
     * Reads what is left of the request body before the reply is sent. The JDK server closes a connection
     * whose request was not read to its end when the reply finishes; the client has by then put that
     * connection back in its pool, and its next call fails with "EOF reached while reading". A call refused
     * before its body was read (an expired session, say) must not cost the workstation its next call.
     */
    static void finishReading(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            long left = DRAIN_LIMIT;
            byte[] buffer = new byte[8192];
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= read;
            }
        } catch (IOException alreadyRead) {
            // Closed after reading it: nothing left.
        }
    }
}
