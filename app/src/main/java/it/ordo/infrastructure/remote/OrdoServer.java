package it.ordo.infrastructure.remote;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import it.ordo.application.NotFoundException;
import it.ordo.application.Services;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.AuthenticationException;
import it.ordo.application.security.Session;
import it.ordo.application.security.SignInService;
import it.ordo.application.security.UserService;
import it.ordo.domain.DomainException;
import it.ordo.domain.StaleDataException;
import it.ordo.domain.ValidationException;
import it.ordo.infrastructure.persistence.DatabaseUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * Ordo's service endpoint for workstations: HTTPS, JSON, versioned under
 * {@code /api/v1/}. Signing in ({@code POST /api/v1/session}) gives a token;
 * every other call is {@code POST /api/v1/<service>/<method>} with the
 * token and the arguments as a JSON array, and runs the use case here, in
 * the server, as the token's user: with that user's roles, the server's
 * clock, and the workstation as the server sees it. A refusal comes back as
 * the same exception, which the workstation throws again.
 */
public final class OrdoServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OrdoServer.class.getName());
    /** The largest request read: an import of some hundred thousand rows fits, a runaway client does not. */
    private static final int MAX_BODY = 64 * 1024 * 1024;
    private static final int WORKSTATION_NAME = 40;
    /** After these use cases the named user's sessions end: their account no longer matches what signed in. */
    private static final Set<String> ENDS_SESSIONS_OF_FIRST_ARGUMENT = Set.of("disable", "resetPassword");

    static {
        // The JDK's server leaves Nagle's algorithm on, and it writes a reply's headers and body apart: the body
        // then waits for the workstation's delayed acknowledgement of the headers. Measured on loopback: a
        // sign-in on a new connection 62 ms with it, 25 ms without (docs/benchmarks.md). Read once, when the
        // first server is made; an administrator who sets it on the command line keeps their choice.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Where and how it listens, and how long a session may stay unused. */
    public record Options(InetSocketAddress address, SSLContext tls, Duration idle, int threads) {
    }

    private final HttpsServer http;
    private final ExecutorService workers;
    private final ScheduledExecutorService janitor;
    private final ServerSessions sessions;
    private final SignInService signIn;
    private final SignInThrottle throttle;
    private final Function<Session, Services> servicesAs;

    private OrdoServer(Options options, Clock clock, SignInService signIn, Function<Session, Services> servicesAs,
                       PublicApi publicApi) throws IOException {
        this.signIn = signIn;
        this.throttle = new SignInThrottle(clock);
        this.servicesAs = servicesAs;
        this.sessions = new ServerSessions(clock, options.idle());
        this.http = HttpsServer.create(options.address(), 64);
        http.setHttpsConfigurator(new HttpsConfigurator(options.tls()) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                params.setSSLParameters(ssl);
            }
        });
        this.workers = Executors.newFixedThreadPool(options.threads(), Thread.ofPlatform().name("ordo-api-", 1)
                .daemon(true).factory());
        http.setExecutor(workers);
        if (signIn != null) {
            http.createContext(Wire.PREFIX, this::handle);
        }
        if (publicApi != null) {
            http.createContext(PublicApi.PREFIX, publicApi);
        }
        this.janitor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("ordo-sessions")
                .daemon(true).factory());
        janitor.scheduleWithFixedDelay(sessions::expire, 1, 1, TimeUnit.MINUTES);
        janitor.scheduleWithFixedDelay(throttle::forgetOld, 1, 1, TimeUnit.MINUTES);
    }

    /**
     * Starts listening. {@code servicesAs} gives the use cases working as a
     * signed-in user (the server's own graph, as that user).
     */
    public static OrdoServer start(Options options, Clock clock, SignInService signIn,
                                   Function<Session, Services> servicesAs) {
        return start(options, clock, signIn, servicesAs, null);
    }

    /**
     * Starts listening for workstations (unless {@code signIn} is null: a single workstation serving only
     * the public API) and, when {@code publicApi} is given, for the systems around the company under
     * {@link PublicApi#PREFIX}: one listener, one TLS identity, one pool of threads for both.
     */
    public static OrdoServer start(Options options, Clock clock, SignInService signIn,
                                   Function<Session, Services> servicesAs, PublicApi publicApi) {
        try {
            OrdoServer server = new OrdoServer(options, clock, signIn, servicesAs, publicApi);
            server.http.start();
            return server;
        } catch (IOException e) {
            throw new DomainException("server.portInUse", options.address().getHostString(),
                    String.valueOf(options.address().getPort()), String.valueOf(e.getMessage()));
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** Sessions open now (for the server's status line and the tests). */
    public int sessions() {
        return sessions.size();
    }

    @Override
    public void close() {
        http.stop(1);
        janitor.shutdownNow();
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(Wire.PREFIX.length());
            String method = exchange.getRequestMethod();
            try {
                if (path.equals("session") && method.equals("POST")) {
                    reply(exchange, 200, signIn(exchange, false));
                } else if (path.equals("session/password") && method.equals("POST")) {
                    reply(exchange, 200, signIn(exchange, true));
                } else if (path.equals("session") && method.equals("GET")) {
                    ObjectNode who = Wire.JSON.getNodeFactory().objectNode();
                    who.set("user", Wire.JSON.valueToTree(sessions.use(token(exchange))
                            .orElseThrow(() -> new AuthenticationException("remote.session.invalid")).user()));
                    reply(exchange, 200, who);
                } else if (path.equals("session") && method.equals("DELETE")) {
                    sessions.revoke(token(exchange));
                    reply(exchange, 200, Wire.JSON.getNodeFactory().objectNode());
                } else if (method.equals("POST") && path.indexOf('/') > 0) {
                    reply(exchange, 200, call(exchange, path.substring(0, path.indexOf('/')),
                            path.substring(path.indexOf('/') + 1)));
                } else {
                    refuse(exchange, 404, new DomainException("remote.noSuchCall", path));
                }
            } catch (DomainException e) {
                refuse(exchange, status(e), e);
            } catch (DatabaseUnavailableException e) {
                LOG.log(System.Logger.Level.WARNING, "database unavailable", e);
                refuse(exchange, 503, new DomainException("remote.databaseUnavailable"));
            } catch (RuntimeException e) {
                // The workstation gets an id to quote, the log the details: no stack traces over the wire.
                String id = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(System.Logger.Level.ERROR, "request " + id + " " + method + " " + path + " failed", e);
                refuse(exchange, 500, new DomainException("remote.serverError", id));
            }
        }
    }

    private ObjectNode signIn(HttpExchange exchange, boolean changingPassword) throws IOException {
        JsonNode body = body(exchange);
        String username = body.path("username").asText(null);
        String source = exchange.getRemoteAddress().getAddress().getHostAddress();
        throttle.check(source);
        Session session;
        try {
            session = changingPassword
                    ? signIn.changePassword(username, body.path("password").asText(null),
                            body.path("newPassword").asText(null))
                    : signIn.login(username, body.path("password").asText(null));
        } catch (AuthenticationException e) {
            throttle.failed(source);
            throw e;
        }
        if (changingPassword) {
            // The old password's sessions, on every workstation, end with it.
            sessions.revokeUser(session.username());
        }
        Session here = session.at(workstation(exchange, exchange.getRequestHeaders().getFirst(Wire.WORKSTATION_HEADER)));
        String token = sessions.open(here, servicesAs);
        ObjectNode result = Wire.JSON.getNodeFactory().objectNode();
        result.put("token", token);
        result.set("user", Wire.JSON.valueToTree(here));
        return result;
    }

    private ObjectNode call(HttpExchange exchange, String serviceName, String methodName) throws IOException {
        String token = token(exchange);
        ServerSessions.Entry entry = sessions.use(token)
                .orElseThrow(() -> new AuthenticationException("remote.session.invalid"));
        ServiceCatalog.Service service = ServiceCatalog.services().service(serviceName)
                .orElseThrow(() -> new DomainException("remote.noSuchCall", serviceName + "/" + methodName));
        JsonNode args = body(exchange);
        int arity = args.isArray() ? args.size() : 0;
        Method target = service.method(methodName, arity)
                .orElseThrow(() -> new DomainException("remote.noSuchCall", serviceName + "/" + methodName));
        Object[] values = new Object[arity];
        for (int i = 0; i < arity; i++) {
            JavaType type = Wire.JSON.getTypeFactory().constructType(target.getGenericParameterTypes()[i]);
            try {
                values[i] = Wire.JSON.convertValue(args.get(i), type);
            } catch (IllegalArgumentException e) {
                throw new DomainException("remote.badArgument", methodName, String.valueOf(i + 1));
            }
        }
        Object result;
        try {
            result = target.invoke(service.accessor().invoke(entry.services()), values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AuthenticationException a && "login.disabled".equals(a.key())) {
                sessions.revokeUser(entry.user().username());
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (service.type() == UserService.class && ENDS_SESSIONS_OF_FIRST_ARGUMENT.contains(methodName)
                && values.length > 0 && values[0] instanceof String username) {
            sessions.revokeUser(username);
        }
        ObjectNode reply = Wire.JSON.getNodeFactory().objectNode();
        reply.set("value", Wire.JSON.valueToTree(result instanceof Optional<?> o ? o.orElse(null) : result));
        return reply;
    }

    /** The machine as the server sees it (its address), with the name it gives for people to read. */
    private static String workstation(HttpExchange exchange, String declared) {
        String address = exchange.getRemoteAddress().getAddress().getHostAddress();
        if (declared == null || declared.isBlank()) {
            return address;
        }
        String name = declared.replaceAll("[^A-Za-z0-9._-]", "");
        name = name.substring(0, Math.min(name.length(), WORKSTATION_NAME));
        return name.isEmpty() ? address : name + " (" + address + ")";
    }

    private static String token(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Wire.TOKEN_HEADER);
        return header != null && header.startsWith(Wire.BEARER) ? header.substring(Wire.BEARER.length()) : null;
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new DomainException("remote.tooLarge", String.valueOf(MAX_BODY / (1024 * 1024)));
            }
            if (bytes.length == 0) {
                return Wire.JSON.getNodeFactory().arrayNode();
            }
            try {
                return Wire.JSON.readTree(bytes);
            } catch (IOException e) {
                throw new DomainException("remote.badRequest", String.valueOf(e.getMessage()));
            }
        }
    }

    private static int status(DomainException e) {
        return switch (e) {
            case ValidationException v -> 422;
            case NotFoundException n -> 404;
            case AccessDeniedException a -> 403;
            case AuthenticationException a when "remote.signIn.tooMany".equals(a.key()) -> 429;
            case AuthenticationException a -> 401;
            case StaleDataException s -> 409;
            default -> "remote.noSuchCall".equals(e.key()) ? 404 : 400;
        };
    }

    private static void refuse(HttpExchange exchange, int status, DomainException e) throws IOException {
        ObjectNode body = Wire.JSON.getNodeFactory().objectNode();
        body.set("error", Wire.error(e));
        reply(exchange, status, body);
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = Wire.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        Wire.finishReading(exchange);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
