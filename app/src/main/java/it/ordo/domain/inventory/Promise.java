package it.ordo.domain.inventory;

import it.ordo.domain.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What can be promised for a requested quantity.
 *
 * @param date        earliest date the whole quantity can leave, or null when no known supply covers it
 * @param fromStock   how much is available right now
 * @param explanation the reasoning, one sentence per source, for the operator to read out
 */
public record Promise(LocalDate date, BigDecimal fromStock, List<Message> explanation) {

    public boolean coversAll() {
        return date != null;
    }
}
