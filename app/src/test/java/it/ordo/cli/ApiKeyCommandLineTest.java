package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator's keys for the public API and the sales agents'
 * customers on the command line, end to end on a real embedded database; and
 * a sales agent signed in with {@code --user} who sees only their customers.
 */
class ApiKeyCommandLineTest {

    @TempDir
    static Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "Amministratore-1";
    private static final String AGENT_PASSWORD = "Agente-Rossi-1";

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void companyWithAnAgent() throws IOException {
        Result init = run(Map.of(), "init", "--company-name", "Distribuzioni Prova S.r.l.", "--vat-number", "00743110157");
        Matcher m = Pattern.compile("First user: admin, password (\\S+) ").matcher(init.out());
        assertThat(m.find()).as(init.out()).isTrue();
        assertThat(run(Map.of("ORDO_PASSWORD", m.group(1), "ORDO_NEW_PASSWORD", ADMIN_PASSWORD),
                "--user", "admin", "user", "passwd").exit()).isZero();
        Path customers = Files.writeString(dir.resolve("customers.csv"), """
                code,name,vatNumber,creditLimit,paymentTerms,address,postalCode,city,tier
                C-G1,Gamma Uno S.r.l.,02839750995,1000,Bonifico,Via Uno 1,20100,Milano,B
                C-G2,Gamma Due S.r.l.,00488410010,2500,Bonifico,Via Tre 3,20100,Milano,C
                """);
        assertThat(admin("customer", "import", customers.toString()).exit()).isZero();
        assertThat(admin(Map.of("ORDO_NEW_PASSWORD", "Temporanea-123"), "user", "add", "rossi", "--role", "SALES_AGENT")
                .exit()).isZero();
        assertThat(run(Map.of("ORDO_PASSWORD", "Temporanea-123", "ORDO_NEW_PASSWORD", AGENT_PASSWORD),
                "--user", "rossi", "user", "passwd").exit()).isZero();
    }

    @Test
    void aKeyIsShownOnceListedByItsHintAndRevoked() {
        Result added = admin("api-key", "add", "webshop", "--channel", "web", "--permission", "PLACE_ORDERS,view_orders");

        assertThat(added.exit()).as(added.err()).isZero();
        String[] lines = added.out().strip().split("\\R");
        assertThat(lines[0]).contains("webshop").contains("WEB").contains("PLACE_ORDERS, VIEW_ORDERS");
        String key = lines[lines.length - 1];
        assertThat(key).matches("ordo_[A-Za-z0-9_-]{43}");
        assertThat(added.err()).contains("only");

        Result list = admin("api-key", "list");
        assertThat(list.out()).contains("webshop").contains(key.substring(0, 12)).doesNotContain(key);
        JsonNode json = json(admin("api-key", "list", "--json").out());
        assertThat(webshop(json).path("channel").asText()).isEqualTo("WEB");
        assertThat(json.toString()).doesNotContain(key);

        Result revoked = admin("api-key", "revoke", "webshop");
        assertThat(revoked.exit()).isZero();
        assertThat(webshop(json(admin("api-key", "list", "--json").out())).path("revoked").asBoolean()).isTrue();
    }

    @Test
    void badRequestsAndOtherUsersAreRefusedWithASentence() {
        Result channel = admin("api-key", "add", "shop2", "--channel", "FAX", "--permission", "VIEW_ORDERS");
        assertThat(channel.exit()).isEqualTo(1);
        assertThat(channel.err()).contains("FAX");
        Result right = admin("api-key", "add", "shop2", "--channel", "WEB", "--permission", "EVERYTHING");
        assertThat(right.exit()).isEqualTo(1);
        assertThat(right.err()).contains("EVERYTHING").contains("PLACE_ORDERS");
        Result noAgent = admin("api-key", "add", "tablet", "--channel", "AGENT", "--permission", "VIEW_ORDERS");
        assertThat(noAgent.exit()).isEqualTo(1);
        assertThat(noAgent.err()).contains("agent");
        Result byAgent = agent("api-key", "list");
        assertThat(byAgent.exit()).isEqualTo(1);
        assertThat(byAgent.err()).contains("rossi");
    }

    @Test
    void anAgentSeesOnlyTheCustomersLinkedToThem() {
        Result linked = admin("agent", "link", "rossi", "C-G2");
        assertThat(linked.exit()).as(linked.err()).isZero();
        assertThat(linked.out()).contains("C-G2").doesNotContain("C-G1");

        Result list = agent("customer", "list");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("C-G2").doesNotContain("C-G1");
        Result other = agent("customer", "show", "C-G1");
        assertThat(other.exit()).isEqualTo(1);
        assertThat(admin("agent", "customers", "rossi", "--json").out()).contains("\"C-G2\"");
        Result key = admin("api-key", "add", "rossi-tablet", "--channel", "AGENT", "--agent", "rossi",
                "--permission", "PLACE_ORDERS,VIEW_ORDERS,VIEW_PRICES");
        assertThat(key.exit()).as(key.err()).isZero();
    }

    @Test
    void apiStartServesThePublicApiOnTheEmbeddedDatabaseUntilStopped() throws Exception {
        Result added = admin("api-key", "add", "kiosk", "--channel", "APP", "--permission", "VIEW_PRICES");
        String[] lines = added.out().strip().split("\\R");
        String key = lines[lines.length - 1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread api = new Thread(() -> Cli.run(new String[] {"api", "start", "--host", "127.0.0.1", "--port", "0",
                "--data-dir", dir.resolve("company").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()), "ordo-api-under-test");
        api.start();
        try {
            Pattern started = Pattern.compile("https://127\\.0\\.0\\.1:(\\d+)/public/v1/");
            Matcher m = started.matcher("");
            boolean listening = false;
            for (long end = System.nanoTime() + 180_000_000_000L; !listening && System.nanoTime() < end; ) {
                Thread.sleep(200);
                m = started.matcher(out.toString(StandardCharsets.UTF_8));
                listening = m.find();
            }
            assertThat(listening).as(out + " / " + err).isTrue();
            java.net.URI base = java.net.URI.create("https://127.0.0.1:" + m.group(1) + "/public/v1/");
            try (java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().sslContext(trustingAnyServer())
                    .build()) {
                var noKey = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("prices?customer=C-G1&product=NOPE"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                var withKey = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("prices?customer=C-G1&product=NOPE"))
                        .header("Authorization", "Bearer " + key).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(noKey.statusCode()).isEqualTo(401);
                // The key works and the use case ran on the company's database: it knows no product NOPE.
                assertThat(withKey.statusCode()).as(withKey.body()).isEqualTo(404);
                assertThat(withKey.body()).contains("NOPE");
            }
        } finally {
            api.interrupt();
            api.join(60_000);
        }
        assertThat(api.isAlive()).isFalse();
    }

    /** The test's client trusts the self-signed certificate api start made (a real client pins or uses a CA). */
    private static javax.net.ssl.SSLContext trustingAnyServer() throws Exception {
        javax.net.ssl.X509ExtendedTrustManager any = new javax.net.ssl.X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a, java.net.Socket s) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a, java.net.Socket s) {
            }

            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a, javax.net.ssl.SSLEngine e) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a, javax.net.ssl.SSLEngine e) {
            }

            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        };
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[] {any}, null);
        return context;
    }

    private static JsonNode webshop(JsonNode list) {
        for (JsonNode k : list) {
            if (k.path("name").asText().equals("webshop")) {
                return k;
            }
        }
        throw new AssertionError("no webshop in " + list);
    }

    private static Result admin(String... args) {
        return admin(Map.of(), args);
    }

    private static Result admin(Map<String, String> env, String... args) {
        return as("admin", ADMIN_PASSWORD, env, args);
    }

    private static Result agent(String... args) {
        return as("rossi", AGENT_PASSWORD, Map.of(), args);
    }

    private static Result as(String user, String password, Map<String, String> env, String... args) {
        Map<String, String> all = new HashMap<>(env);
        all.put("ORDO_PASSWORD", password);
        List<String> withUser = new ArrayList<>(List.of("--user", user));
        withUser.addAll(List.of(args));
        return run(all, withUser.toArray(String[]::new));
    }

    private static Result run(Map<String, String> env, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.resolve("company").toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(all, o, e, env);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
