package it.ordo.cli;

import it.ordo.domain.Message;

/** An input file that cannot be read or understood, or an output file that cannot be written: exit code 2. */
final class FileProblem extends RuntimeException {

    private final transient Message message;

    FileProblem(String key, Object... args) {
        super(key);
        this.message = Message.of(key, args);
    }

    FileProblem(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.message = Message.of(key, args);
    }

    Message message() {
        return message;
    }
}
