package it.ordo.demo;

import it.ordo.application.setup.DemoData;
import it.ordo.domain.security.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One user per role, all with the password {@value #PASSWORD} and no forced
 * change, so a demonstration can sign in as each desk in turn. "demo" is
 * shorter than a person may choose: the use case for demo users allows it on
 * a database that has no users yet.
 */
final class DemoUsers {

    static final String PASSWORD = it.ordo.application.security.AuthenticationService.DEMO_PASSWORD;

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
        // Two sales agents in the field, each with customers of their own (DemoAgents).
        users.put("rossi", Role.SALES_AGENT);
        users.put("bianchi", Role.SALES_AGENT);
        return users;
    }

    static void create(DemoData.Services ctx) {
        ctx.users().addDemoUsers(USERS, PASSWORD);
    }
}
