package it.ordo.infrastructure.remote;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.ordo.application.Services;
import it.ordo.application.Workstation;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Session;
import it.ordo.application.security.SignInService;
import it.ordo.domain.DomainException;
import it.ordo.infrastructure.persistence.DatabaseUnavailableException;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLHandshakeException;

/**
 * A workstation's way to the Ordo server: the same {@link Services} the
 * screens and commands use in process, each call sent to the server and run
 * there. Every service interface is served by one {@link Proxy}, so a new
 * service needs no code here. The server is trusted by the fingerprint
 * pinned on this workstation ({@link Tls}); no database account is involved.
 */
public final class RemoteServices implements SignInService, AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(10);

    private final URI server;
    private final String pinned;
    private final Tls.Pinning trust;
    private final HttpClient http;
    private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();
    private volatile String token;
    private volatile Session user;

    private RemoteServices(URI server, String pinned) {
        this.server = base(server);
        this.pinned = pinned;
        this.trust = new Tls.Pinning(pinned);
        this.http = HttpClient.newBuilder().sslContext(trust.context()).connectTimeout(CONNECT_TIMEOUT)
                // The JDK's server speaks HTTP/1.1; asking for it saves a protocol negotiation per connection.
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The server at this address, trusted only if it presents the certificate with this fingerprint. */
    public static RemoteServices connect(URI server, String pinnedFingerprint) {
        if (pinnedFingerprint == null || pinnedFingerprint.isBlank()) {
            throw new IllegalArgumentException("a server is trusted by its pinned fingerprint; probe it first");
        }
        return new RemoteServices(server, pinnedFingerprint);
    }

    /**
     * The first connection to a server: the fingerprint of the certificate it
     * presents, for the person at the workstation to compare with the one the
     * server printed, and to pin. Nothing but the handshake is sent.
     */
    public static String probe(URI server) {
        RemoteServices probe = new RemoteServices(server, null);
        try {
            probe.send(HttpRequest.newBuilder(probe.server.resolve("api/v1/session")).method("GET",
                    HttpRequest.BodyPublishers.noBody()));
        } catch (DomainException answered) {
            // any answer will do: the handshake is over and the certificate seen
        }
        if (probe.trust.seen() == null) {
            throw new DomainException("remote.noCertificate", probe.server.toString());
        }
        return probe.trust.seen();
    }

    /**
     * Opens the connection now (TCP and the TLS handshake, the certificate checked against the pin), so that
     * signing in does not wait for it: the sign-in screen calls it while the user types. Nothing is sent but a
     * question the server answers without a session; a server that cannot be reached is left for the sign-in
     * to report.
     */
    public void connectNow() {
        try {
            send(HttpRequest.newBuilder(server.resolve("api/v1/session")).GET());
        } catch (DomainException | DatabaseUnavailableException answeredOrAway) {
            // "no session" is the expected answer; an unreachable server is reported by the sign-in itself
        }
    }

    /**
     * Signs in on the server; the session's use cases run there as this user.
     *
     * @throws it.ordo.application.security.AuthenticationException as signing in in process would
     */
    public Session signIn(String username, String password) {
        ObjectNode body = Wire.JSON.getNodeFactory().objectNode();
        body.put("username", username);
        body.put("password", password);
        return opened(post("session", body, false));
    }

    /** As {@link #signIn}: for the sign-in screen, which signs in the same way in process. */
    @Override
    public Session login(String username, String password) {
        return signIn(username, password);
    }

    /** Changes the user's own password (as the first sign-in may require); the user's other sessions end. */
    @Override
    public Session changePassword(String username, String currentPassword, String newPassword) {
        ObjectNode body = Wire.JSON.getNodeFactory().objectNode();
        body.put("username", username);
        body.put("password", currentPassword);
        body.put("newPassword", newPassword);
        return opened(post("session/password", body, false));
    }

    private Session opened(JsonNode reply) {
        token = reply.path("token").asText();
        user = Wire.JSON.convertValue(reply.get("user"), Session.class);
        return user;
    }

    /** The signed-in user as the server knows them (roles, workstation). */
    public Session user() {
        return user;
    }

    /** The use cases, run on the server as the signed-in user. */
    public Services services() {
        return (Services) Proxy.newProxyInstance(Services.class.getClassLoader(), new Class<?>[] {Services.class},
                servicesHandler());
    }

    private InvocationHandler servicesHandler() {
        return (proxy, method, args) -> {
            if (ServiceCatalog.isServiceAccessor(method)) {
                return proxies.computeIfAbsent(method.getReturnType(), type -> Proxy.newProxyInstance(
                        type.getClassLoader(), new Class<?>[] {type}, serviceHandler(method.getName())));
            }
            return switch (method.getName()) {
                // The screens hide what the roles do not allow; the server checks every call anyway.
                case "access" -> new Guard(requireUser());
                case "clock" -> Clock.systemDefaultZone();
                // Files are read and written where they are, on this workstation: customers' order files, and
                // the Excel a list or a report is exported to.
                case "intakeFiles" -> new it.ordo.infrastructure.spreadsheet.PoiIntakeFiles();
                case "spreadsheets" -> new it.ordo.infrastructure.reporting.PoiSpreadsheets();
                case "toString" -> "Ordo server " + server;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args)
                        : unsupported(method);
            };
        };
    }

    private InvocationHandler serviceHandler(String serviceName) {
        return (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> serviceName + " on " + server;
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> proxy == args[0];
                };
            }
            JsonNode body = Wire.JSON.valueToTree(args == null ? new Object[0] : args);
            JsonNode value = post(serviceName + "/" + method.getName(), body, true).get("value");
            return result(method, value);
        };
    }

    private static Object unsupported(Method method) {
        throw new UnsupportedOperationException(method.getName() + " is not served over the network");
    }

    private static Object result(Method method, JsonNode value) {
        Type type = method.getGenericReturnType();
        if (method.getReturnType() == void.class) {
            return null;
        }
        if (method.getReturnType() == Optional.class) {
            Type inner = ((ParameterizedType) type).getActualTypeArguments()[0];
            return value == null || value.isNull() ? Optional.empty()
                    : Optional.of(Wire.JSON.convertValue(value, Wire.JSON.getTypeFactory().constructType(inner)));
        }
        JavaType javaType = Wire.JSON.getTypeFactory().constructType(type);
        return Wire.JSON.convertValue(value, javaType);
    }

    private Session requireUser() {
        if (user == null) {
            throw new IllegalStateException("not signed in");
        }
        return user;
    }

    private JsonNode post(String path, JsonNode body, boolean signedIn) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(server.resolve("api/v1/" + path))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Wire.JSON.writeValueAsBytes(body)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (signedIn) {
            if (token == null) {
                throw new IllegalStateException("not signed in");
            }
            request.header(Wire.TOKEN_HEADER, Wire.BEARER + token);
        }
        request.header("Content-Type", "application/json");
        return send(request);
    }

    private JsonNode send(HttpRequest.Builder request) {
        request.timeout(CALL_TIMEOUT).header(Wire.WORKSTATION_HEADER, Workstation.name());
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (SSLHandshakeException e) {
            if (pinned != null && trust.seen() != null && !Tls.same(pinned, trust.seen())) {
                throw new DomainException("remote.certificateChanged", server.toString(), pinned, trust.seen());
            }
            throw new DatabaseUnavailableException(server.toString(), e);
        } catch (IOException e) {
            throw new DatabaseUnavailableException(server.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailableException(server.toString(), e);
        }
        JsonNode reply;
        try {
            reply = Wire.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new DomainException("remote.badReply", server.toString(), String.valueOf(response.statusCode()));
        }
        if (response.statusCode() == 200) {
            return reply;
        }
        if (reply != null && reply.has("error")) {
            throw Wire.exception(reply.get("error"));
        }
        throw new DomainException("remote.badReply", server.toString(), String.valueOf(response.statusCode()));
    }

    /**
     * Whether the server is there and this session still open: the status bar asks now and then.
     *
     * @throws it.ordo.application.security.AuthenticationException when the session has ended
     */
    public Session ping() {
        return Wire.JSON.convertValue(send(HttpRequest.newBuilder(server.resolve("api/v1/session"))
                .header(Wire.TOKEN_HEADER, Wire.BEARER + requireToken()).GET()).get("user"), Session.class);
    }

    private String requireToken() {
        String current = token;
        if (current == null) {
            throw new IllegalStateException("not signed in");
        }
        return current;
    }

    /** Ends the session on the server; the token is worth nothing after. */
    public void signOut() {
        String current = token;
        if (current == null) {
            return;
        }
        try {
            send(HttpRequest.newBuilder(server.resolve("api/v1/session"))
                    .header(Wire.TOKEN_HEADER, Wire.BEARER + current).DELETE());
        } finally {
            token = null;
        }
    }

    @Override
    public void close() {
        try {
            signOut();
        } catch (RuntimeException unreachable) {
            // the server ends the session itself after the idle time
        }
        http.close();
    }

    /** The workstation setting that holds the fingerprint pinned for this server ({@code host:port}). */
    public static String pinKey(URI server) {
        int port = server.getPort() < 0 ? 443 : server.getPort();
        return "server.fingerprint." + server.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }

    /** {@code https://host:8443} and {@code https://host:8443/} both name the server's root. */
    private static URI base(URI server) {
        String text = server.toString();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    /** For the tests of token expiry and revocation: the token this workstation holds. */
    String token() {
        return token;
    }

    /** For those tests: a workstation that presents a token it got somehow (an old one, a stolen one). */
    void useToken(String other) {
        this.token = other;
    }
}
