package it.ordo.application.order;

import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A half-entered order as the operator left it: codes and quantities as typed,
 * nothing checked yet (the lines are checked again when the draft is restored).
 * Channel and priority were chosen from lists, so they are typed; none given
 * means the screen's defaults (PHONE, NORMAL).
 *
 * @param shipTo  index of the chosen shipping address, null for the default
 * @param savedAt when it was saved; null on a draft not saved yet
 */
public record OrderDraft(String customerCode, Channel channel, String externalRef, LocalDate requestedDate,
                         Priority priority, Integer shipTo, String notes, List<Line> lines, Instant savedAt) {

    public OrderDraft {
        channel = channel == null ? Channel.PHONE : channel;
        priority = priority == null ? Priority.NORMAL : priority;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A line as typed: the code (SKU or EAN) and the quantity text. */
    public record Line(String code, String quantity) {
    }

    /** Whether there is anything worth keeping. */
    public boolean isEmpty() {
        return (customerCode == null || customerCode.isBlank()) && lines.isEmpty()
                && (externalRef == null || externalRef.isBlank()) && (notes == null || notes.isBlank());
    }
}
