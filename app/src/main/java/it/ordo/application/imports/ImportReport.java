package it.ordo.application.imports;

import it.ordo.domain.Message;
import java.util.List;

/** What an import did: rows inserted and updated, and each refused row with all its reasons. */
public record ImportReport(int inserted, int updated, List<RowError> errors) {

    public record RowError(int line, String key, List<Message> problems) {
    }

    public boolean clean() {
        return errors.isEmpty();
    }
}
