package it.ordo.cli;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.i18n.Texts;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Messages rendered through Texts, with one protection: Texts shows any
 * numeric-looking text argument as a locale number, which turns a Partita IVA,
 * an EAN or a CAP into "12,345,678,901". Digit strings with a leading zero or
 * of five digits or more are codes far more often than quantities, so they are
 * passed through as typed.
 */
final class Sentences {

    private static final Pattern CODE = Pattern.compile("0\\d+|\\d{4,}");

    private Sentences() {
    }

    static String render(Texts texts, Message message) {
        if (message == null) {
            return "";
        }
        List<Object> args = message.args().stream()
                .map(a -> a instanceof String s && CODE.matcher(s).matches() ? (Object) Verbatim.of(s) : a)
                .toList();
        if (args.equals(message.args())) {
            return texts.render(message);
        }
        try {
            return texts.render(new Message(message.key(), args));
        } catch (IllegalArgumentException formattedAsNumber) {
            return texts.render(message); // the pattern formats that argument as a number after all
        }
    }

    static String render(Texts texts, List<Message> messages) {
        return messages.stream().map(m -> render(texts, m)).collect(Collectors.joining("; "));
    }

    /** A refusal as Texts.describe words it: a validation lists every reason on its own line. */
    static String describe(Texts texts, DomainException e) {
        if (e instanceof ValidationException v) {
            return v.problems().stream().map(m -> "  - " + render(texts, m))
                    .collect(Collectors.joining("\n", texts.get("validation.failed", v.problems().size()) + "\n", ""));
        }
        return render(texts, new Message(e.key(), e.args()));
    }
}
