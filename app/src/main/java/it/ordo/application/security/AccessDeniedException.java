package it.ordo.application.security;

import it.ordo.domain.DomainException;
import it.ordo.domain.security.Role;
import java.util.stream.Collectors;

/** The user's roles do not include one that may run this use case. */
public class AccessDeniedException extends DomainException {

    private final Permission permission;

    public AccessDeniedException(String username, Permission permission) {
        super("security.denied", username, "permission." + permission.name(),
                permission.roles().stream().map(Role::name).collect(Collectors.joining(", ")));
        this.permission = permission;
    }

    /** A refusal with its own sentence ({@code key}), for rights narrower than a role (a sales agent's customers). */
    protected AccessDeniedException(Permission permission, String key, Object... args) {
        super(key, args);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
