package it.ordo.application.order;

import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.fulfilment.FulfilmentService;
import it.ordo.application.fulfilment.ShipmentView;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Normalization;
import it.ordo.domain.ValidationException;
import it.ordo.domain.api.ApiClientRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.SalesOrder;
import it.ordo.application.notification.MailTemplates;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The in-process {@link ChannelOrderService}: every order goes through
 * {@link OrderService#place}, every view through {@link OrderService#show},
 * so an order from a channel is priced, checked and allocated as the desk's.
 */
public final class LocalChannelOrderService implements ChannelOrderService {

    /** The sentences a customer reads about their order, in Italian and English. */
    private static final String STATUS_TEXTS = "it.ordo.i18n.api";

    private final Transactions tx;
    private final OrderService orders;
    private final FulfilmentService fulfilment;
    private final OrderRepository orderRepository;
    private final CustomerRepository customers;
    private final ApiClientRepository idempotency;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;

    public LocalChannelOrderService(Transactions tx, OrderService orders, FulfilmentService fulfilment,
                                    OrderRepository orderRepository, CustomerRepository customers,
                                    ApiClientRepository idempotency, CurrentUser user, Clock clock, Guard guard) {
        this.tx = tx;
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.orderRepository = orderRepository;
        this.customers = customers;
        this.idempotency = idempotency;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public PlacedOrder place(OrderRequest request, String idempotencyKey) {
        guard.requireScoped(Permission.PLACE_ORDER);
        String key = Normalization.clean(idempotencyKey);
        if (key != null && key.length() > MAX_IDEMPOTENCY_KEY) {
            throw new ValidationException(List.of(Message.of("api.idempotencyKey.tooLong", MAX_IDEMPOTENCY_KEY)));
        }
        Optional<PlacedOrder> earlier = earlier(request, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            String number = tx.write(() -> {
                OrderView placed = orders.place(request);
                if (key != null) {
                    // In the order's own transaction: a retry racing this one finds the key taken and waits for it.
                    idempotency.remember(user.username(), key, placed.number(), clock.instant());
                }
                return placed.number();
            });
            return new PlacedOrder(track(number), false);
        } catch (DomainException e) {
            // The same order sent twice at once: the unique reference (or key) let one through, which is the answer.
            // The loser learns it either from the constraint (both inserted) or from placement's own duplicate check
            // (the other had committed just after our look above).
            if ("error.constraint".equals(e.key()) || isDuplicateReference(e)) {
                return earlier(request, key).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private static boolean isDuplicateReference(DomainException e) {
        return e instanceof ValidationException v && v.problems().size() == 1
                && "order.duplicate".equals(v.problems().getFirst().key());
    }

    private Optional<PlacedOrder> earlier(OrderRequest request, String key) {
        Optional<String> number = tx.read(() -> {
            if (key != null) {
                Optional<String> byKey = idempotency.orderFor(user.username(), key);
                if (byKey.isPresent()) {
                    return byKey;
                }
            }
            String ref = Normalization.clean(request.externalRef());
            if (ref == null || request.channel() == null) {
                return Optional.empty();
            }
            return orderRepository.findByExternal(request.channel(), ref).map(SalesOrder::number);
        });
        return number.map(n -> new PlacedOrder(track(n), true));
    }

    @Override
    public OrderTracking track(String number) {
        guard.requireScoped(Permission.VIEW_ORDERS);
        // One read transaction for the order, its customer's language and its shipments (the calls join it).
        return tx.read(() -> tracking(orders.show(number)));
    }

    @Override
    public OrderTracking trackByReference(Channel channel, String externalRef) {
        guard.requireScoped(Permission.VIEW_ORDERS);
        String ref = Normalization.clean(externalRef);
        String number = tx.read(() -> ref == null || channel == null ? Optional.<String>empty()
                : orderRepository.findByExternal(channel, ref).map(SalesOrder::number))
                .orElseThrow(() -> new NotFoundException("order", externalRef));
        return track(number);
    }

    @Override
    public OrderTracking cancel(Channel channel, String number, String reason) {
        guard.requireScoped(Permission.CANCEL_ORDER);
        OrderView order = orders.show(number);
        if (order.channel() != channel) {
            throw new NotFoundException("order", number);
        }
        orders.cancel(order.number(), reason, order.version());
        return track(order.number());
    }

    private OrderTracking tracking(OrderView o) {
        String language = tx.read(() -> customers.findByCode(o.customerCode()).map(Customer::language).orElse("it"));
        Locale locale = MailTemplates.locale(language);
        // The customer's language whatever the server's: no fallback to the default locale's bundle.
        ResourceBundle texts = ResourceBundle.getBundle(STATUS_TEXTS, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<OrderTracking.Shipment> shipments = fulfilment.shipmentsOf(o.number()).stream()
                .filter(s -> !s.cancelled()).map(LocalChannelOrderService::shipment).toList();
        String promised = o.promisedDate() == null ? texts.getString("status.noDate")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(o.promisedDate());
        String text = new MessageFormat(texts.getString("status." + o.status().name()), locale)
                .format(new Object[] {o.number(), promised});
        List<OrderTracking.Line> lines = o.lines().stream().map(l -> new OrderTracking.Line(l.lineNo(), l.sku(),
                l.description(), l.unit(), l.quantity(), l.unitPrice(), l.discountPct(), l.netAmount(), l.allocated(),
                l.backordered(), l.promisedDate())).toList();
        return new OrderTracking(o.number(), o.channel(), o.externalRef(), o.customerCode(), language, o.status(), text,
                o.requestedDate(), o.promisedDate(), o.netTotal(), o.vatTotal(), o.grossTotal(), lines, shipments,
                o.vatTreatment(), o.amountDue());
    }

    private static OrderTracking.Shipment shipment(ShipmentView s) {
        return new OrderTracking.Shipment(s.ddtNumber(), s.transportStart() != null ? s.transportStart() : s.issuedAt(),
                s.carrier() == null ? null : s.carrier().name(),
                s.parcels().stream().map(p -> new OrderTracking.Parcel(p.parcelNo(), p.trackingNumber(), p.trackingLink()))
                        .toList());
    }
}
