package it.ordo.demo;

import it.ordo.application.CurrentUser;

/** Who is working in the replayed history: the order desk, the web shop, the warehouse. */
final class DemoUser implements CurrentUser {

    private volatile String name;

    DemoUser(String name) {
        this.name = name;
    }

    void set(String newName) {
        name = newName;
    }

    @Override
    public String username() {
        return name;
    }
}
