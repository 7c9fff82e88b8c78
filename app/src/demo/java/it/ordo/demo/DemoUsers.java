package it.ordo.demo;

import it.ordo.OrdoContext;
import it.ordo.domain.security.PasswordHasher;
import it.ordo.domain.security.Role;
import it.ordo.domain.security.UserAccount;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One user per role, all with the password {@value #PASSWORD} and no forced
 * change, so a demonstration can sign in as each desk in turn. Written
 * straight to the repository: "demo" is shorter than a person may choose.
 */
final class DemoUsers {

    static final String PASSWORD = "demo";

    static final Map<String, Role> USERS = users();

    private DemoUsers() {
    }

    private static Map<String, Role> users() {
        Map<String, Role> users = new LinkedHashMap<>();
        users.put("desk", Role.ORDER_DESK);
        users.put("warehouse", Role.WAREHOUSE);
        users.put("service", Role.CUSTOMER_SERVICE);
        users.put("accounting", Role.ACCOUNTING);
        users.put("manager", Role.MANAGER);
        users.put("admin", Role.ADMIN);
        return users;
    }

    static void create(OrdoContext ctx) {
        PasswordHasher hasher = ctx.passwordHasher();
        Map<String, String> hashes = new LinkedHashMap<>();
        USERS.keySet().forEach(name -> hashes.put(name, hasher.hash(PASSWORD))); // slow on purpose: outside the transaction
        Instant now = ctx.clock().instant();
        ctx.transactions().write(() -> USERS.forEach((name, role) -> {
            if (ctx.userRepository().findByUsername(name).isEmpty()) {
                ctx.userRepository().store(new UserAccount(name, hashes.get(name), EnumSet.of(role), false, now));
            }
        }));
    }
}
