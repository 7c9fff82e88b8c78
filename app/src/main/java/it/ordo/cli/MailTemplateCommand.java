package it.ordo.cli;

import it.ordo.application.notification.MailTemplateRow;
import it.ordo.application.notification.MailTemplates;
import it.ordo.domain.notification.MailTemplateKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ordo mail template list|show|set|reset|preview}: the customer e-mails' texts, per template and language.
 * The body of {@code set} and {@code preview} is read from a UTF-8 file on this workstation.
 */
@Command(name = "template")
final class MailTemplateCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(MailTemplateCommand.ListTemplates.class,
            MailTemplateCommand.Show.class, MailTemplateCommand.Set.class, MailTemplateCommand.Reset.class,
            MailTemplateCommand.Preview.class);

    @Command(name = "list")
    static final class ListTemplates extends BaseCommand {

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<MailTemplateRow> rows = services().mail().templates();
            if (json) {
                json(rows);
                return Cli.OK;
            }
            Table table = new Table(t("cli.mail.template"), t("cli.customer.language"), t("cli.mail.template.changed"),
                    t("cli.mail.template.subject"));
            for (MailTemplateRow r : rows) {
                table.row(r.key(), r.language(), r.changed() ? t("cli.mail.template.changedBy", r.updatedBy(),
                        dateTime(r.updatedAt())) : t("cli.mail.template.shipped"), v(r.subject()));
            }
            table.print(out());
            return Cli.OK;
        }
    }

    /** The template and language every subcommand but list names. */
    abstract static class OneTemplate extends BaseCommand {

        @Parameters(index = "0", paramLabel = "TEMPLATE", descriptionKey = "opt.mail.template")
        String template;

        @Option(names = "--language", required = true, paramLabel = "it|en", descriptionKey = "opt.mail.language")
        String language;

        MailTemplateKey key() {
            return MailTemplateKey.parse(template);
        }

        void print(MailTemplateRow r) {
            new Block()
                    .add(t("cli.mail.template"), r.key().name())
                    .add(t("cli.customer.language"), r.language())
                    .add(t("cli.mail.template.changed"), r.changed()
                            ? t("cli.mail.template.changedBy", r.updatedBy(), dateTime(r.updatedAt()))
                            : t("cli.mail.template.shipped"))
                    .add(t("cli.mail.template.placeholders"), String.join(" ", r.placeholders().stream()
                            .map(p -> "{" + p + "}").toList()) + "  " + t("cli.mail.template.required", r.required()))
                    .add(t("cli.mail.template.subject"), v(r.subject()))
                    .add(t("cli.mail.template.body"), v(r.body()))
                    .print(out());
        }

        String read(Path file) throws IOException {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    @Command(name = "show")
    static final class Show extends OneTemplate {

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            MailTemplateRow r = services().mail().template(key(), language);
            if (json) {
                json(r);
            } else {
                print(r);
            }
            return Cli.OK;
        }
    }

    @Command(name = "set", sortOptions = false)
    static final class Set extends OneTemplate {

        @Option(names = "--subject", required = true, paramLabel = "TEXT", descriptionKey = "opt.mail.template.subject")
        String subject;

        @Option(names = "--body-file", required = true, paramLabel = "FILE", descriptionKey = "opt.mail.template.body")
        Path body;

        @Override
        protected int execute() throws IOException {
            MailTemplateRow r = services().mail().saveTemplate(key(), language, subject, read(body));
            out().println(t("cli.mail.template.saved", r.key().name(), r.language()));
            return Cli.OK;
        }
    }

    @Command(name = "reset")
    static final class Reset extends OneTemplate {

        @Override
        protected int execute() {
            MailTemplateRow r = services().mail().resetTemplate(key(), language);
            out().println(t("cli.mail.template.reset", r.key().name(), r.language()));
            return Cli.OK;
        }
    }

    /** The template in use, or the texts given, as the customer of an order would read them. */
    @Command(name = "preview", sortOptions = false)
    static final class Preview extends OneTemplate {

        @Option(names = "--order", required = true, paramLabel = "NUMBER", descriptionKey = "opt.mail.template.order")
        String order;

        @Option(names = "--subject", paramLabel = "TEXT", descriptionKey = "opt.mail.template.subject")
        String subject;

        @Option(names = "--body-file", paramLabel = "FILE", descriptionKey = "opt.mail.template.body")
        Path body;

        @Override
        protected int execute() throws IOException {
            MailTemplateRow current = services().mail().template(key(), language);
            MailTemplates.Rendered r = services().mail().previewTemplate(key(), language,
                    subject != null ? subject : current.subject(), body != null ? read(body) : current.body(), order);
            out().println(r.subject());
            out().println();
            out().println(r.body());
            return Cli.OK;
        }
    }
}
