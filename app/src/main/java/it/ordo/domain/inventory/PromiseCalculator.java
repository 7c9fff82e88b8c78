package it.ordo.domain.inventory;

import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The earliest date a quantity can be promised: today from what is available,
 * else the expected date of the supply that covers the rest once everything
 * already promised from incoming supply (earlier backorders) has taken its
 * share, earliest arrivals first.
 */
public final class PromiseCalculator {

    private PromiseCalculator() {
    }

    /** The one entry point: quotes, confirmation and the availability question all ask it this way. */
    public static Promise promise(PromiseRequest request) {
        BigDecimal requested = request.quantity();
        LocalDate today = request.today();
        List<Message> why = new ArrayList<>();
        BigDecimal available = request.freeNow();
        BigDecimal fromStock = requested.min(available);
        why.add(Message.of("promise.availableNow", Quantities.shown(available)));
        if (requested.compareTo(available) <= 0) {
            return new Promise(today, fromStock, why);
        }
        BigDecimal missing = requested.subtract(available);
        BigDecimal promisedLeft = request.promisedBefore();
        for (SupplyLine line : request.openSupply()) {
            BigDecimal outstanding = line.outstanding();
            BigDecimal taken = outstanding.min(promisedLeft);
            promisedLeft = promisedLeft.subtract(taken);
            BigDecimal free = outstanding.subtract(taken);
            if (taken.signum() > 0) {
                why.add(Message.of("promise.arrivesPartlyPromised", Quantities.shown(outstanding), line.expectedDate(),
                        line.poNumber(), Quantities.shown(taken)));
            } else {
                why.add(Message.of("promise.arrives", Quantities.shown(outstanding), line.expectedDate(), line.poNumber()));
            }
            if (free.signum() <= 0) {
                continue;
            }
            missing = missing.subtract(free.min(missing));
            if (missing.signum() == 0) {
                LocalDate date = line.expectedDate().isBefore(today) ? today : line.expectedDate();
                return new Promise(date, fromStock, why);
            }
        }
        why.add(Message.of("promise.noSupply", Quantities.shown(missing)));
        return new Promise(null, fromStock, why);
    }
}
