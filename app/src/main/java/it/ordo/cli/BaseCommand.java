package it.ordo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import it.ordo.OrdoContext;
import it.ordo.application.Services;
import it.ordo.domain.Message;
import it.ordo.i18n.Texts;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command has at hand: the shared context, the output streams, the texts and the formats. */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    /** The command's work; returns the exit code. */
    protected abstract int execute() throws Exception;

    final OrdoCommand root() {
        return (OrdoCommand) spec.root().userObject();
    }

    /** The database itself: for the commands that run where it is (set-up, backup, check), never through a server. */
    final OrdoContext ctx() {
        return root().context(spec.commandLine());
    }

    /** The use cases, in process or through the Ordo server ({@code --server}): what most commands need. */
    final Services services() {
        return root().services(spec.commandLine());
    }

    final PrintStream out() {
        return root().out();
    }

    final PrintStream err() {
        return root().err();
    }

    final Texts texts() {
        return root().texts();
    }

    final String t(String key, Object... args) {
        return texts().get(key, args);
    }

    final String render(Message m) {
        return texts().render(m);
    }

    final String render(List<Message> messages) {
        return texts().render(messages);
    }

    final String money(BigDecimal amount) {
        return texts().money(amount);
    }

    final String qty(BigDecimal value) {
        return texts().number(value);
    }

    final String percent(BigDecimal value) {
        return value == null ? "" : texts().number(value) + "%";
    }

    final String date(LocalDate value) {
        return value == null ? "" : texts().date(value);
    }

    final String dateTime(Instant value) {
        return value == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts().locale()).withZone(services().clock().getZone()).format(value);
    }

    final String yesNo(boolean value) {
        return t(value ? "cli.yes" : "cli.no");
    }

    /** Prints a value as JSON on standard output. */
    final void json(Object value) {
        try {
            out().println(Json.writer(texts()).writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    final CommandLine.ParameterException usageError(String key, Object... args) {
        return new CommandLine.ParameterException(spec.commandLine(), t(key, args));
    }

    static Verbatim v(Object value) {
        return Verbatim.of(value);
    }
}
