package it.ordo.infrastructure.remote;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Services;
import it.ordo.application.api.ApiAccess;
import it.ordo.application.api.ApiCaller;
import it.ordo.application.order.LineQuote;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderTracking;
import it.ordo.application.order.PlacedOrder;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.AuthenticationException;
import it.ordo.domain.DomainException;
import it.ordo.domain.StaleDataException;
import it.ordo.domain.ValidationException;
import it.ordo.domain.api.ApiScope;
import it.ordo.domain.order.Priority;
import it.ordo.i18n.Texts;
import it.ordo.infrastructure.persistence.DatabaseUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public API for the systems around the company: web shop, B2B portal,
 * agents' app, chatbots. It lives in the Ordo server beside the
 * workstations' endpoint (same HTTPS listener, TLS, threads and use cases),
 * under its own prefix {@code /public/v1/}: the workstations' {@code /api/v1/}
 * is the desktop's remote procedure call, signed in as a person and changing
 * with each release of the desktop, while this is a resource-shaped contract
 * (docs/openapi.yaml) that other companies' software is written against,
 * authenticated by a client's key, rate-limited per key and strict about
 * what it reads. Each request runs the same use cases as the desk, as the
 * key's client (or, for an agents' app, as its sales agent).
 */
public final class PublicApi implements HttpHandler {

    public static final String PREFIX = "/public/v1/";
    /** The largest body read: an order of a thousand lines fits easily. */
    static final int MAX_BODY = 256 * 1024;
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** How much of an oversized body is read and dropped before answering 413. */
    private static final long DRAIN = 4L * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(PublicApi.class.getName());

    /** Strict reading: a field the API does not know is refused, so a misspelt "quantiy" is not silently ignored. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** An order as a client sends it; the channel is the key's own. */
    public record PlaceOrder(String externalRef, String customer, String warehouse, LocalDate requestedDate,
                             Priority priority, String notes, Integer shipTo, List<Line> lines) {
    }

    /** One line: a SKU or an EAN-13, and the quantity. */
    public record Line(String sku, String ean, BigDecimal quantity) {
    }

    /** Why an order is cancelled (optional). */
    public record Cancel(String reason) {
    }

    /** A price and availability answer: one line as New order shows it. */
    public record PriceAnswer(String customer, String sku, String ean, String description, String unit,
                              BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct, BigDecimal netAmount,
                              BigDecimal vatRate, BigDecimal vatAmount, BigDecimal grossAmount, String warehouse,
                              BigDecimal available, LineQuote.Availability availability, LocalDate promisedDate) {
    }

    /** A refusal to answer with: the HTTP status and the message, in the client's language. */
    private static final class Refusal extends RuntimeException {
        final int status;
        final String code;
        final Map<String, String> headers = new HashMap<>();

        Refusal(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private final ApiAccess access;
    private final Function<CurrentUser, Services> servicesAs;
    private final RateLimiter limiter;
    private final Map<CurrentUser, Services> services = new ConcurrentHashMap<>();

    public PublicApi(ApiAccess access, Function<CurrentUser, Services> servicesAs, RateLimiter limiter) {
        this.access = access;
        this.servicesAs = servicesAs;
        this.limiter = limiter;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Texts texts = texts(exchange);
            String path = exchange.getRequestURI().getRawPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            try {
                route(exchange, method, path, texts);
            } catch (Refusal r) {
                r.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                refuse(exchange, r.status, r.code, r.getMessage(), List.of());
            } catch (ValidationException e) {
                refuse(exchange, 422, e.key(), texts.describe(e), e.problems().stream().map(texts::render).toList());
            } catch (DomainException e) {
                refuse(exchange, status(e), e.key(), texts.describe(e), List.of());
            } catch (DatabaseUnavailableException e) {
                LOG.log(System.Logger.Level.WARNING, "database unavailable", e);
                refuse(exchange, 503, "remote.databaseUnavailable", texts.get("remote.databaseUnavailable"), List.of());
            } catch (RuntimeException e) {
                String id = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(System.Logger.Level.ERROR, "public request " + id + " " + method + " " + path + " failed", e);
                refuse(exchange, 500, "remote.serverError", texts.get("remote.serverError", id), List.of());
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path, Texts texts) throws IOException {
        String[] parts = path.split("/", -1);
        boolean known = parts[0].equals("orders") || parts[0].equals("prices");
        if (!known || parts.length > 3) {
            throw new Refusal(404, "api.noSuchResource", texts.get("api.noSuchResource", "/public/v1/" + path));
        }
        ApiCaller caller = caller(exchange, texts);
        Services as = services.computeIfAbsent(caller.user(), servicesAs);
        Map<String, String> query = query(exchange);
        if (parts[0].equals("prices") && parts.length == 1) {
            allow(method, "GET", texts);
            require(caller, ApiScope.VIEW_PRICES, texts);
            BigDecimal qty = decimal(query.getOrDefault("quantity", "1"), "quantity", texts);
            LineQuote q = as.orderEntry().quote(required(query, "customer", texts), required(query, "product", texts),
                    qty, query.get("warehouse"), null);
            reply(exchange, 200, new PriceAnswer(query.get("customer"), q.sku(), q.ean(), q.description(), q.unit(),
                    q.quantity(), q.unitPrice(), q.discountPct(), q.netAmount(), q.vatRate(), q.vatAmount(),
                    q.grossAmount(), q.warehouse(), q.available(), q.availability(), q.promiseDate()));
        } else if (parts[0].equals("orders") && parts.length == 1 && method.equals("POST")) {
            require(caller, ApiScope.PLACE_ORDERS, texts);
            PlaceOrder body = body(exchange, PlaceOrder.class, texts);
            List<OrderRequest.LineRequest> lines = body.lines() == null ? List.of() : body.lines().stream()
                    .map(l -> new OrderRequest.LineRequest(l.sku(), l.ean(), l.quantity())).toList();
            PlacedOrder placed = as.channelOrders().place(new OrderRequest(body.externalRef(), caller.channel(),
                    body.customer(), body.warehouse(), body.requestedDate(), body.priority(), body.notes(), lines,
                    body.shipTo()), exchange.getRequestHeaders().getFirst(IDEMPOTENCY_KEY));
            exchange.getResponseHeaders().set("Location", PREFIX + "orders/" + placed.order().number());
            exchange.getResponseHeaders().set("Idempotent-Replayed", String.valueOf(placed.replayed()));
            reply(exchange, placed.replayed() ? 200 : 201, placed.order());
        } else if (parts[0].equals("orders") && parts.length == 1) {
            allow(method, "GET", texts);
            require(caller, ApiScope.VIEW_ORDERS, texts);
            reply(exchange, 200, as.channelOrders().trackByReference(caller.channel(),
                    required(query, "reference", texts)));
        } else if (parts[0].equals("orders") && parts.length == 2) {
            allow(method, "GET", texts);
            require(caller, ApiScope.VIEW_ORDERS, texts);
            reply(exchange, 200, as.channelOrders().track(segment(parts[1])));
        } else if (parts[0].equals("orders") && parts[2].equals("cancel")) {
            allow(method, "POST", texts);
            require(caller, ApiScope.CANCEL_ORDERS, texts);
            Cancel body = body(exchange, Cancel.class, texts);
            OrderTracking cancelled = as.channelOrders().cancel(caller.channel(), segment(parts[1]),
                    body == null ? null : body.reason());
            reply(exchange, 200, cancelled);
        } else {
            throw new Refusal(404, "api.noSuchResource", texts.get("api.noSuchResource", "/public/v1/" + path));
        }
    }

    private ApiCaller caller(HttpExchange exchange, Texts texts) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String key = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        ApiCaller caller = access.authenticate(key).orElseThrow(() -> {
            Refusal r = new Refusal(401, "api.key.invalid", texts.get(key == null ? "api.key.missing" : "api.key.invalid"));
            r.headers.put("WWW-Authenticate", "Bearer realm=\"ordo\"");
            return r;
        });
        long wait = limiter.acquire(caller.client(), caller.requestsPerMinute());
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999) / 1000);
            Refusal r = new Refusal(429, "api.rateLimited", texts.get("api.rateLimited", caller.requestsPerMinute(), seconds));
            r.headers.put("Retry-After", String.valueOf(seconds));
            throw r;
        }
        return caller;
    }

    private static void require(ApiCaller caller, ApiScope scope, Texts texts) {
        if (!caller.may(scope)) {
            throw new Refusal(403, "api.scope.denied", texts.get("api.scope.denied", caller.client(), scope.name()));
        }
    }

    private static void allow(String method, String allowed, Texts texts) {
        if (!method.equals(allowed)) {
            Refusal r = new Refusal(405, "api.methodNotAllowed", texts.get("api.methodNotAllowed", method, allowed));
            r.headers.put("Allow", allowed);
            throw r;
        }
    }

    private static <T> T body(HttpExchange exchange, Class<T> type, Texts texts) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 12
                    && Long.parseLong(length) > MAX_BODY) {
                throw tooLarge(in, texts);
            }
            bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw tooLarge(in, texts);
            }
        }
        if (bytes.length == 0) {
            if (type == Cancel.class) {
                return null;
            }
            throw new Refusal(400, "api.json.empty", texts.get("api.json.empty"));
        }
        try {
            return JSON.readValue(bytes, type);
        } catch (UnrecognizedPropertyException e) {
            throw new Refusal(400, "api.json.unknownField", texts.get("api.json.unknownField",
                    e.getPropertyName(), path(e), e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", "))));
        } catch (InvalidFormatException e) {
            throw new Refusal(400, "api.json.badValue", texts.get("api.json.badValue", path(e),
                    String.valueOf(e.getValue())));
        } catch (MismatchedInputException e) {
            throw new Refusal(400, "api.json.badValue", texts.get("api.json.badType", path(e)));
        } catch (JsonProcessingException e) {
            throw new Refusal(400, "api.json.invalid", texts.get("api.json.invalid",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage()));
        }
    }

    /** Where in the document a problem is, as {@code lines[1].quantity}. */
    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? "-" : b.toString();
    }

    /**
     * The refusal of a body over the limit. A little of the rest is read and dropped first, so a client
     * still sending gets the answer rather than a reset connection; a body far over it is cut off.
     */
    private static Refusal tooLarge(InputStream in, Texts texts) throws IOException {
        long dropped = 0;
        byte[] sink = new byte[16 * 1024];
        for (int n; dropped < DRAIN && (n = in.read(sink)) > 0; ) {
            dropped += n;
        }
        return new Refusal(413, "api.tooLarge", texts.get("api.tooLarge", MAX_BODY / 1024));
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String required(Map<String, String> query, String name, Texts texts) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            throw new Refusal(400, "api.parameter.missing", texts.get("api.parameter.missing", name));
        }
        return value;
    }

    private static BigDecimal decimal(String text, String name, Texts texts) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(400, "api.parameter.notNumber", texts.get("api.parameter.notNumber", name, text));
        }
    }

    private static String segment(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    /** English unless the client asks for Italian first (Accept-Language). */
    private static Texts texts(HttpExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst("Accept-Language");
        boolean italian = accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("it");
        // Locale.ROOT is the English base bundle itself, whatever the server's own language.
        return new Texts(italian ? Locale.ITALIAN : Locale.ROOT);
    }

    private static int status(DomainException e) {
        return switch (e) {
            case NotFoundException n -> 404;
            case AccessDeniedException a -> 403;
            case AuthenticationException a -> 401;
            case StaleDataException s -> 409;
            // The order is past the point where this is allowed (picked, shipped, cancelled already).
            default -> e.key().startsWith("order.transition") || e.key().startsWith("order.status")
                    || e.key().equals("error.constraint") ? 409 : 422;
        };
    }

    private static void refuse(HttpExchange exchange, int status, String code, String message, List<String> problems)
            throws IOException {
        ObjectNode body = JSON.getNodeFactory().objectNode();
        ObjectNode error = body.putObject("error");
        error.put("status", status);
        error.put("code", code);
        error.put("message", message);
        if (!problems.isEmpty()) {
            ArrayNode list = error.putArray("problems");
            problems.forEach(list::add);
        }
        reply(exchange, status, body);
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        Wire.finishReading(exchange);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
