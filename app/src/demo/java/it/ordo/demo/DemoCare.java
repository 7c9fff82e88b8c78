package it.ordo.demo;

import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderView;
import it.ordo.application.returns.LineOutcome;
import it.ordo.application.returns.NewReturn;
import it.ordo.application.setup.DemoData.Services;
import it.ordo.application.support.NewTicket;
import it.ordo.application.support.TicketView;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnStatus;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.domain.support.TicketStatus;
import it.ordo.domain.notification.MailKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Customer care of the demo company, through the use cases: tickets on the
 * latest shipped and delivered orders, opened by the service desk over the
 * last days (so the queue has overdue ones), in every state, with notes and
 * replies (the replies wait in the outbox: the demo sets no mail server), and
 * returns from some of them in every state: requested, refused, authorised,
 * received, inspected back to stock, quarantine or scrap, a refund credited
 * with its credit note, a replacement order placed and a repair recorded.
 */
final class DemoCare {

    private static final String[][] STORIES = {
        {"DAMAGED_GOODS", "HIGH", "Merce arrivata danneggiata", "Il cliente ha ricevuto la merce con l'imballo schiacciato."},
        {"MISSING_ITEM", "NORMAL", "Manca un collo", "Arrivati due colli su tre."},
        {"WRONG_ITEM", "NORMAL", "Articolo diverso dall'ordinato", "Consegnato un articolo simile ma non quello ordinato."},
        {"LATE_DELIVERY", "URGENT", "Consegna in ritardo", "Il cliente ha un cantiere fermo in attesa della merce."},
        {"INVOICE_OR_PRICE", "LOW", "Prezzo diverso dal listino", "Il cliente chiede conferma dello sconto applicato."},
        {"PRODUCT_INFORMATION", "LOW", "Scheda tecnica", "Richiesta la scheda tecnica dell'articolo."},
    };

    private static final TicketStatus[][] PATHS = {
        {},
        {TicketStatus.OPEN},
        {TicketStatus.WAITING},
        {TicketStatus.RESOLVED},
        {TicketStatus.RESOLVED, TicketStatus.CLOSED},
        {TicketStatus.CLOSED, TicketStatus.REOPENED},
    };

    /** Which shipped order (by its place in the list) gets a return, and how far it goes: one in every state. */
    private static final java.util.Map<Integer, ReturnStatus> RETURNS = java.util.Map.of(
            0, ReturnStatus.INSPECTED, 1, ReturnStatus.CREDITED, 2, ReturnStatus.REPLACED, 3, ReturnStatus.AUTHORISED,
            6, ReturnStatus.RECEIVED, 7, ReturnStatus.REFUSED, 8, ReturnStatus.REQUESTED, 9, ReturnStatus.REPAIRED);

    private DemoCare() {
    }

    /** Returns what it made, for the progress report. */
    static String create(Services ctx, Random random) {
        List<OrderListing> shipped = new ArrayList<>();
        shipped.addAll(ctx.orders().search(OrderQuery.latest(OrderStatus.DELIVERED, null, 8)).rows());
        shipped.addAll(ctx.orders().search(OrderQuery.latest(OrderStatus.SHIPPED, null, 4)).rows());
        int tickets = 0;
        int returns = 0;
        for (int i = 0; i < shipped.size(); i++) {
            OrderView order = ctx.orders().show(shipped.get(i).number());
            // Ticket i was opened i + 1 days ago: the service levels (hours) have run out on the ones still open.
            Clock then = Clock.offset(ctx.clock(), Duration.ofDays(-(i + 1)));
            Services desk = ctx.as(new DemoUser("service"), then);
            Services warehouse = ctx.as(new DemoUser("warehouse"), then);
            String[] story = STORIES[i % STORIES.length];
            int lineNo = 1 + random.nextInt(order.lines().size());
            TicketView t = desk.tickets().open(new NewTicket(order.customerCode(), TicketCategory.valueOf(story[0]),
                    TicketPriority.valueOf(story[1]), story[2], story[3], List.of(),
                    List.of(new NewTicket.LineRef(order.number(), lineNo))));
            tickets++;
            if (i == 0) {
                // This customer does not want "delivered" e-mails: the Outbox shows them skipped, saying so.
                desk.mail().setReceives(order.customerCode(), MailKind.ORDER_DELIVERED, false);
            }
            if (i % 2 == 0) {
                desk.tickets().note(t.number(), "Verificato con il magazzino: spedizione regolare.");
            }
            if (i % 3 == 0) {
                desk.tickets().reply(t.number(), "Gentile cliente, abbiamo preso in carico la sua segnalazione.");
            }
            for (TicketStatus step : PATHS[i % PATHS.length]) {
                desk.tickets().changeStatus(t.number(), step);
            }
            if (RETURNS.containsKey(i)) {
                OrderView.Line line = order.lines().get(lineNo - 1);
                BigDecimal qty = line.quantity().min(BigDecimal.ONE.max(line.quantity().divide(BigDecimal.TWO,
                        0, java.math.RoundingMode.DOWN)));
                ReturnStatus goal = RETURNS.get(i);
                ReturnWish wish = goal == ReturnStatus.REPAIRED ? ReturnWish.REPAIR
                        : i % 2 == 0 ? ReturnWish.REPLACEMENT : ReturnWish.REFUND;
                String reason = goal == ReturnStatus.REPAIRED ? "Non funziona: da riparare in garanzia." : story[2];
                NewReturn asked = new NewReturn(order.number(), t.number(), reason, wish,
                        List.of(new NewReturn.LineQty(lineNo, qty)));
                returns++;
                if (goal == ReturnStatus.REQUESTED || goal == ReturnStatus.REFUSED) {
                    var rma = desk.returns().request(asked);
                    if (goal == ReturnStatus.REFUSED) {
                        desk.returns().refuse(rma.rmaNumber(), "Il collo risulta consegnato integro, firmato senza riserva:"
                                + " apriamo una verifica con il vettore.");
                    }
                    continue;
                }
                var rma = desk.returns().open(asked);
                if (goal == ReturnStatus.RECEIVED) {
                    // The parcel is in, its line waits for the technician's inspection.
                    warehouse.returns().receive(rma.rmaNumber(), List.of());
                } else if (goal != ReturnStatus.AUTHORISED) {
                    warehouse.returns().receive(rma.rmaNumber(), List.of(new LineOutcome(lineNo,
                            i == 0 || goal == ReturnStatus.REPAIRED ? ReturnOutcome.QUARANTINE
                                    : i == 2 ? ReturnOutcome.SCRAP : ReturnOutcome.RESTOCK)));
                }
                if (goal == ReturnStatus.CREDITED) {
                    desk.returns().credit(rma.rmaNumber());
                } else if (goal == ReturnStatus.REPLACED || goal == ReturnStatus.REPAIRED) {
                    // Replaced: the wrong item came back unusable, scrapped, and a replacement order placed.
                    desk.returns().close(rma.rmaNumber());
                }
            }
        }
        return tickets + " tickets, " + returns + " returns";
    }
}
