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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Users on the command line, end to end on a real embedded database: the
 * first administrator from {@code init}, {@code --user} with the password in
 * {@code ORDO_PASSWORD}, the forced password change, user administration, and
 * roles refused with a sentence and exit code 1. Each test has its own users.
 */
class UserCommandLineTest {

    @TempDir
    static Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "Amministratore-1";

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void companyWithItsAdministrator() throws IOException {
        Result init = run(Map.of(), "init", "--company-name", "Distribuzioni Prova S.r.l.", "--vat-number", "00743110157");
        assertThat(init.exit()).isZero();
        Matcher m = Pattern.compile("First user: admin, password (\\S+) ").matcher(init.out());
        assertThat(m.find()).as(init.out()).isTrue();
        String initial = m.group(1);
        // The first administrator can do nothing but choose a password.
        Result before = run(Map.of("ORDO_PASSWORD", initial), "--user", "admin", "user", "list");
        assertThat(before.exit()).isEqualTo(1);
        assertThat(before.err()).contains("must choose a new password first").contains("user passwd");
        Result passwd = run(Map.of("ORDO_PASSWORD", initial, "ORDO_NEW_PASSWORD", ADMIN_PASSWORD),
                "--user", "admin", "user", "passwd");
        assertThat(passwd.exit()).as(passwd.err()).isZero();
        assertThat(passwd.out()).contains("Password of admin changed.");
        // A second init does not make another administrator or show a password again.
        Result again = admin("init");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).doesNotContain("First user");

        Path products = Files.writeString(dir.resolve("products.csv"), """
                sku;description;category;unit;vatRate;unitCost;listPrice
                P1;Vite 4x40;Viteria;PCS;22;5,00;10,00
                """);
        assertThat(admin("product", "import", products.toString()).exit()).isZero();
    }

    @Test
    void onAnEmbeddedDatabaseWithUsersTheLocalUserMustSignInToo() {
        Result anonymous = run(Map.of(), "stock", "P1");
        Result addAdmin = run(Map.of("ORDO_NEW_PASSWORD", "Password-123"), "user", "add", "mallory", "--role", "ADMIN");

        assertThat(anonymous.exit()).isEqualTo(1);
        assertThat(anonymous.err()).contains("This company has users: sign in with --user NAME");
        assertThat(anonymous.out()).isEmpty();
        assertThat(addAdmin.exit()).isEqualTo(1);
        assertThat(usernames()).doesNotContain("mallory");
        assertThat(admin("stock", "P1").out()).contains("MAIN");
    }

    @Test
    void beforeThereAreUsersTheOperatingSystemNamesWhoSetsUpNotAJavaProperty() throws Exception {
        Path data = dir.resolve("first-run");
        String property = System.getProperty("user.name");
        System.setProperty("user.name", "accounting");
        Result init;
        try {
            init = capture(Map.of(), "--data-dir", data.toString(), "init", "--company-name", "Prova S.r.l.",
                    "--vat-number", "00743110157");
        } finally {
            System.setProperty("user.name", property);
        }
        assertThat(init.exit()).as(init.err()).isZero();

        String os = ProcessHandle.current().info().user().orElseThrow();
        String url = "jdbc:derby:" + data.resolve("ordo");
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT DISTINCT username FROM audit_log WHERE entity = 'UserAccount'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(os.substring(os.lastIndexOf('\\') + 1)).isNotEqualTo("accounting");
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006: shut down
            }
        }
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefusedAlike() {
        Result wrong = run(Map.of("ORDO_PASSWORD", "not-the-password"), "--user", "admin", "stock");
        Result unknown = run(Map.of("ORDO_PASSWORD", ADMIN_PASSWORD), "--user", "nobody", "stock");

        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("Wrong username or password.");
        assertThat(wrong.out()).isEmpty();
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo(wrong.err());
    }

    @Test
    void withoutAPasswordInTheEnvironmentOrATerminalItSaysWhatToSet() {
        Result r = run(Map.of(), "--user", "admin", "stock");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("password required: set ORDO_PASSWORD");
    }

    @Test
    void aNewUserChangesThePasswordThenWorksWithinTheirRole() {
        Result add = admin(Map.of("ORDO_NEW_PASSWORD", "Iniziale-desk"), "user", "add", "Desk1", "--role", "order_desk");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("User desk1 added with roles ORDER_DESK");

        Result first = run(Map.of("ORDO_PASSWORD", "Iniziale-desk"), "--user", "desk1", "stock");
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.err()).contains("User \"desk1\" must choose a new password first");
        Result tooShort = run(Map.of("ORDO_PASSWORD", "Iniziale-desk", "ORDO_NEW_PASSWORD", "corta"),
                "--user", "desk1", "user", "passwd");
        assertThat(tooShort.exit()).isEqualTo(1);
        assertThat(tooShort.err()).contains("at least 8 characters");
        Result passwd = run(Map.of("ORDO_PASSWORD", "Iniziale-desk", "ORDO_NEW_PASSWORD", "Mia-password-1"),
                "--user", "desk1", "user", "passwd");
        assertThat(passwd.exit()).as(passwd.err()).isZero();

        Map<String, String> desk = Map.of("ORDO_PASSWORD", "Mia-password-1");
        assertThat(run(desk, "--user", "desk1", "stock", "P1").exit()).isZero();
        Result receive = run(desk, "--user", "desk1", "receive", "--sku", "P1", "--warehouse", "MAIN", "--qty", "5");
        assertThat(receive.exit()).isEqualTo(1);
        assertThat(receive.err().strip()).isEqualTo(
                "User \"desk1\" may not receive goods: that needs one of the roles WAREHOUSE, MANAGER, ADMIN.");
        assertThat(json(run(desk, "--user", "desk1", "stock", "P1", "--json").out()).get(0).get("onHand").decimalValue())
                .isEqualByComparingTo("0");
        Result addUser = run(Map.of("ORDO_PASSWORD", "Mia-password-1", "ORDO_NEW_PASSWORD", "Password-123"),
                "--user", "desk1", "user", "add", "friend", "--role", "ADMIN");
        assertThat(addUser.exit()).isEqualTo(1);
        assertThat(addUser.err()).contains("may not manage users");
        assertThat(usernames()).contains("desk1").doesNotContain("friend");
    }

    @Test
    void theWarehouseCannotPlaceOrdersButReceivesGoods() throws IOException {
        user("magazzino1", "Magazzino-123", "WAREHOUSE");
        Map<String, String> env = Map.of("ORDO_PASSWORD", "Magazzino-123");
        Path order = Files.writeString(dir.resolve("wh-order.json"), """
                {"externalRef": "WH-1", "channel": "WEB", "customer": "C-A", "lines": [{"sku": "P1", "qty": 1}]}
                """);

        Result place = run(env, "--user", "magazzino1", "order", "place", order.toString());
        Result receive = run(env, "--user", "magazzino1", "receive", "--sku", "P1", "--warehouse", "MAIN", "--qty", "3");

        assertThat(place.exit()).isEqualTo(1);
        assertThat(place.err()).contains("may not place orders");
        assertThat(receive.exit()).as(receive.err()).isZero();
        assertThat(receive.out()).contains("Received 3 of P1 in MAIN.");
    }

    @Test
    void userListShowsRolesAndStateButNoPasswords() {
        user("contabile1", "Contabile-123", "ACCOUNTING", "MANAGER");

        Result text = admin("user", "list");
        Result json = admin("user", "list", "--json");

        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("contabile1").contains("ACCOUNTING, MANAGER").contains("active");
        JsonNode row = find(json(json.out()), "contabile1");
        assertThat(row.get("roles").toString()).isEqualTo("[\"ACCOUNTING\",\"MANAGER\"]");
        assertThat(row.get("disabled").asBoolean()).isFalse();
        assertThat(row.get("mustChangePassword").asBoolean()).isFalse();
        assertThat(json.out()).doesNotContain("pbkdf2").doesNotContain("Contabile-123");
    }

    @Test
    void aDisabledUserIsRefusedUntilEnabledAgain() {
        user("servizio1", "Servizio-123", "CUSTOMER_SERVICE");
        Map<String, String> env = Map.of("ORDO_PASSWORD", "Servizio-123");

        Result disable = admin("user", "disable", "servizio1");
        Result refused = run(env, "--user", "servizio1", "order", "list");

        assertThat(disable.exit()).isZero();
        assertThat(disable.out()).contains("User servizio1 disabled.");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("User \"servizio1\" is disabled");
        assertThat(find(json(admin("user", "list", "--json").out()), "servizio1").get("disabled").asBoolean()).isTrue();

        assertThat(admin("user", "enable", "servizio1").exit()).isZero();
        assertThat(run(env, "--user", "servizio1", "order", "list").exit()).isZero();
    }

    @Test
    void aResetPasswordMustBeChangedAndLiftsALock() {
        user("manager1", "Manager-123", "MANAGER");
        for (int i = 0; i < 5; i++) {
            run(Map.of("ORDO_PASSWORD", "wrong-" + i), "--user", "manager1", "stock");
        }
        Result locked = run(Map.of("ORDO_PASSWORD", "Manager-123"), "--user", "manager1", "stock");
        assertThat(locked.exit()).isEqualTo(1);
        assertThat(locked.err()).contains("User \"manager1\" is locked after 5 wrong passwords").contains("15 minute(s)");

        Result reset = admin(Map.of("ORDO_NEW_PASSWORD", "Temporanea-123"), "user", "reset-password", "manager1");

        assertThat(reset.exit()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("Password of manager1 reset");
        Result mustChange = run(Map.of("ORDO_PASSWORD", "Temporanea-123"), "--user", "manager1", "stock");
        assertThat(mustChange.exit()).isEqualTo(1);
        assertThat(mustChange.err()).contains("must choose a new password first");
        assertThat(run(Map.of("ORDO_PASSWORD", "Temporanea-123", "ORDO_NEW_PASSWORD", "Manager-456"),
                "--user", "manager1", "user", "passwd").exit()).isZero();
        assertThat(run(Map.of("ORDO_PASSWORD", "Manager-456"), "--user", "manager1", "stock").exit()).isZero();
    }

    @Test
    void sqlInUsernamesAndPasswordsChangesNothing() {
        List<String> before = usernames();

        Result login = run(Map.of("ORDO_PASSWORD", "' OR '1'='1"), "--user", "admin' OR '1'='1", "user", "list");
        Result login2 = run(Map.of("ORDO_PASSWORD", "x'); UPDATE user_account SET disabled = TRUE; --"),
                "--user", "admin", "stock");
        Result add = admin(Map.of("ORDO_NEW_PASSWORD", "Password-123"), "user", "add",
                "x'); DROP TABLE user_account; --", "--role", "ADMIN");
        Result disable = admin("user", "disable", "' OR username <> '");

        assertThat(login.exit()).isEqualTo(1);
        assertThat(login.err().strip()).isEqualTo("Wrong username or password.");
        assertThat(login2.exit()).isEqualTo(1);
        assertThat(add.exit()).isEqualTo(1);
        assertThat(add.err()).contains("is not valid");
        assertThat(disable.exit()).isEqualTo(1);
        assertThat(disable.err()).contains("Unknown user");
        assertThat(usernames()).isEqualTo(before);
        assertThat(admin("stock").exit()).isZero();
    }

    @Test
    void passwdNeedsAUserAndAnUnknownRoleIsAUsageError() {
        Result passwd = run(Map.of("ORDO_NEW_PASSWORD", "Qualcosa-123"), "user", "passwd");
        Result role = admin(Map.of("ORDO_NEW_PASSWORD", "Password-123"), "user", "add", "capo", "--role", "BOSS");
        Result noRole = admin(Map.of("ORDO_NEW_PASSWORD", "Password-123"), "user", "add", "capo");

        assertThat(passwd.exit()).isEqualTo(2);
        assertThat(passwd.err()).contains("--user NAME");
        assertThat(role.exit()).isEqualTo(2);
        assertThat(role.err()).contains("BOSS");
        assertThat(noRole.exit()).isEqualTo(2);
        assertThat(usernames()).doesNotContain("capo");
    }

    @Test
    void addingAUserWithoutAPasswordSourceSaysWhatToSet() {
        Result r = admin("user", "add", "senzapassword", "--role", "WAREHOUSE");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("password required: set ORDO_NEW_PASSWORD");
        assertThat(usernames()).doesNotContain("senzapassword");
    }

    @Test
    void aSharedDatabaseRequiresAUserBeforeAnythingIsOpened() {
        Result derby = capture(Map.of(), "--db-url", "jdbc:derby://127.0.0.1:1/ordo", "stock");
        Result postgres = capture(Map.of(), "--db-url", "jdbc:postgresql://127.0.0.1:1/ordo", "order", "list");

        assertThat(derby.exit()).isEqualTo(1);
        assertThat(derby.err()).contains("This is a shared database (jdbc:derby://127.0.0.1:1/ordo): sign in with --user NAME");
        assertThat(postgres.exit()).isEqualTo(1);
        assertThat(postgres.err()).contains("sign in with --user NAME");
    }

    // --- helpers

    /** Adds a user with these roles who has already chosen {@code password}. */
    private static void user(String name, String password, String... roles) {
        List<String> args = new ArrayList<>(List.of("user", "add", name));
        for (String role : roles) {
            args.add("--role");
            args.add(role);
        }
        Result add = admin(Map.of("ORDO_NEW_PASSWORD", "Iniziale-" + name), args.toArray(String[]::new));
        assertThat(add.exit()).as(add.err()).isZero();
        Result passwd = run(Map.of("ORDO_PASSWORD", "Iniziale-" + name, "ORDO_NEW_PASSWORD", password),
                "--user", name, "user", "passwd");
        assertThat(passwd.exit()).as(passwd.err()).isZero();
    }

    private static List<String> usernames() {
        List<String> names = new ArrayList<>();
        json(admin("user", "list", "--json").out()).forEach(u -> names.add(u.get("username").asText()));
        return names;
    }

    private static JsonNode find(JsonNode users, String name) {
        for (JsonNode u : users) {
            if (u.get("username").asText().equals(name)) {
                return u;
            }
        }
        throw new AssertionError(name + " not in " + users);
    }

    private static Result admin(String... args) {
        return admin(Map.of(), args);
    }

    private static Result admin(Map<String, String> env, String... args) {
        Map<String, String> all = new HashMap<>(env);
        all.put("ORDO_PASSWORD", ADMIN_PASSWORD);
        List<String> withUser = new ArrayList<>(List.of("--user", "admin"));
        withUser.addAll(List.of(args));
        return run(all, withUser.toArray(String[]::new));
    }

    private static Result run(Map<String, String> env, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.resolve("company").toString();
        return capture(env, all);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static Result capture(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(args, o, e, env);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
