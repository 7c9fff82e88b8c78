package it.ordo.domain;

import java.util.List;

/** Input broke several rules at once; every reason is kept so the user can fix them all in one go. */
public class ValidationException extends DomainException {

    private final transient List<Message> problems;

    public ValidationException(List<Message> problems) {
        super("validation.failed", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Message> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.toString();
    }
}
