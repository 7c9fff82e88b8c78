package it.ordo.cli;

import it.ordo.OrdoContext;
import it.ordo.application.Services;
import it.ordo.application.security.Permission;
import it.ordo.application.security.UserView;
import it.ordo.domain.security.Role;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ordo user add|list|disable|enable|unlock|reset-password|passwd}: the
 * administrator's user management, and every user's own password change.
 * Passwords come from the environment or a terminal prompt, never from options.
 */
@Command(name = "user")
final class UserCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(UserCommand.Add.class, UserCommand.ListUsers.class,
            UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.Unlock.class,
            UserCommand.ResetPassword.class, UserCommand.Passwd.class);

    @Command(name = "add", sortOptions = false)
    static final class Add extends BaseCommand {

        @Parameters(paramLabel = "NAME", descriptionKey = "opt.user.name")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", required = true, descriptionKey = "opt.user.role")
        List<Role> roles;

        @Override
        protected int execute() {
            Services ctx = services();
            // Refuse before asking for a password that could not be used.
            ctx.access().require(Permission.MANAGE_USERS);
            String password = root().secrets().newPassword(t("cli.password.initialPrompt", v(name)),
                    t("cli.password.repeatPrompt"));
            UserView user = ctx.users().add(name, roles, password);
            out().println(t("cli.user.added", v(user.username()), v(String.join(", ", user.roles()))));
            return Cli.OK;
        }
    }

    @Command(name = "list", sortOptions = false)
    static final class ListUsers extends BaseCommand {

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<UserView> users = services().users().list();
            if (json) {
                json(users);
                return Cli.OK;
            }
            if (users.isEmpty()) {
                err().println(t("cli.list.none"));
                return Cli.OK;
            }
            Table table = new Table(t("cli.col.username"), t("cli.col.roles"), t("cli.col.state"),
                    t("cli.col.mustChange"), t("cli.col.lastLogin"));
            for (UserView u : users) {
                table.row(u.username(), String.join(", ", u.roles()), state(u), u.mustChangePassword() ? t("cli.yes") : "",
                        dateTime(u.lastLoginAt()));
            }
            table.print(out());
            return Cli.OK;
        }

        private String state(UserView u) {
            if (u.disabled()) {
                return t("cli.user.state.disabled");
            }
            if (u.locked()) {
                return t("cli.user.state.locked", v(dateTime(u.lockedUntil())));
            }
            return t("cli.user.state.active");
        }
    }

    @Command(name = "disable")
    static final class Disable extends BaseCommand {

        @Parameters(paramLabel = "NAME", descriptionKey = "opt.user.name")
        String name;

        @Override
        protected int execute() {
            UserView user = services().users().disable(name);
            out().println(t("cli.user.disabled", v(user.username())));
            return Cli.OK;
        }
    }

    @Command(name = "enable")
    static final class Enable extends BaseCommand {

        @Parameters(paramLabel = "NAME", descriptionKey = "opt.user.name")
        String name;

        @Override
        protected int execute() {
            UserView user = services().users().enable(name);
            out().println(t("cli.user.enabled", v(user.username())));
            return Cli.OK;
        }
    }

    /** Lifts a lock of wrong passwords (a user who remembers the password again, or was locked by someone else). */
    @Command(name = "unlock")
    static final class Unlock extends BaseCommand {

        @Parameters(paramLabel = "NAME", descriptionKey = "opt.user.name")
        String name;

        @Override
        protected int execute() {
            UserView user = services().users().unlock(name);
            out().println(t("cli.user.unlocked", v(user.username())));
            return Cli.OK;
        }
    }

    @Command(name = "reset-password")
    static final class ResetPassword extends BaseCommand {

        @Parameters(paramLabel = "NAME", descriptionKey = "opt.user.name")
        String name;

        @Override
        protected int execute() {
            Services ctx = services();
            ctx.access().require(Permission.MANAGE_USERS);
            String password = root().secrets().newPassword(t("cli.password.temporaryPrompt", v(name)),
                    t("cli.password.repeatPrompt"));
            UserView user = ctx.users().resetPassword(name, password);
            out().println(t("cli.user.reset", v(user.username())));
            return Cli.OK;
        }
    }

    /** The signed-in user's own password: the one command a user who must change it may run. */
    @Command(name = "passwd")
    static final class Passwd extends BaseCommand {

        @Override
        protected int execute() {
            if (root().userName == null) {
                throw usageError("cli.user.passwdNeedsUser");
            }
            String username;
            String password;
            if (root().server != null) {
                ServerSignIn remote = root().serverSignIn(spec.commandLine());
                username = remote.user().username();
                password = root().secrets().newPassword(t("cli.password.newPrompt", v(username)),
                        t("cli.password.repeatPrompt"));
                remote.changePassword(password);
            } else {
                OrdoContext ctx = ctx();
                username = ctx.user().username();
                password = root().secrets().newPassword(t("cli.password.newPrompt", v(username)),
                        t("cli.password.repeatPrompt"));
                ctx.authentication().changePassword(username, root().signInPassword(), password);
            }
            out().println(t("cli.user.passwordChanged", v(username)));
            return Cli.OK;
        }
    }
}
