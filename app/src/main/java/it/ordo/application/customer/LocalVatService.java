package it.ordo.application.customer;

import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerKind;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.customer.IntentDeclaration;
import it.ordo.domain.customer.VatDecision;
import it.ordo.domain.customer.ViesConfirmation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@link VatService} in process. */
public final class LocalVatService implements VatService {

    private final Transactions tx;
    private final CustomerRepository customers;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;

    public LocalVatService(Transactions tx, CustomerRepository customers, CurrentUser user, Clock clock, Guard guard) {
        this.tx = tx;
        this.customers = customers;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public DeclarationView registerDeclaration(DeclarationRequest request) {
        guard.require(Permission.IMPORT_CUSTOMERS);
        return tx.write(() -> {
            Customer customer = customer(request.customerCode());
            List<Message> problems = new ArrayList<>(IntentDeclaration.problems(request.protocol(), request.validFrom(),
                    request.validTo(), request.ceiling()));
            if (customer.kind() != CustomerKind.IT_BUSINESS && customer.kind() != CustomerKind.IT_PERSON) {
                problems.add(Message.of("declaration.customerKind", customer.code(), customer.kind().name()));
            }
            if (problems.isEmpty() && customers.declarationExists(request.protocol().strip())) {
                problems.add(Message.of("declaration.protocol.taken", request.protocol().strip()));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            IntentDeclaration d = new IntentDeclaration(customer.id(), request.protocol(), request.validFrom(),
                    request.validTo(), request.ceiling());
            customers.storeDeclaration(d);
            return view(customer, d);
        });
    }

    @Override
    public List<DeclarationView> declarations(String customerCode) {
        guard.require(Permission.VIEW_CUSTOMERS);
        return tx.read(() -> {
            Customer customer = customer(customerCode);
            return customers.declarations(customer.id()).stream().map(d -> view(customer, d)).toList();
        });
    }

    @Override
    public CustomerVat confirmVies(String customerCode) {
        guard.require(Permission.IMPORT_CUSTOMERS);
        return tx.write(() -> {
            Customer customer = customer(customerCode);
            if (user.username() == null || user.username().isBlank()) {
                throw new DomainException("customer.vies.who");
            }
            customer.confirmVies(new ViesConfirmation(user.username(), clock.instant()));
            return vat(customer);
        });
    }

    @Override
    public CustomerVat treatment(String customerCode) {
        guard.require(Permission.VIEW_CUSTOMERS);
        return tx.read(() -> vat(customer(customerCode)));
    }

    private CustomerVat vat(Customer c) {
        VatDecision d = VatDecision.decide(c, c.defaultShipTo(),
                customers.activeDeclaration(c.id(), LocalDate.now(clock), false));
        var vies = c.viesConfirmation();
        return new CustomerVat(c.code(), c.kind(), c.vatNumber(), d.treatment(),
                d.reference().isEmpty() ? null : d.reference(), d.notes(),
                vies.map(ViesConfirmation::confirmedBy).orElse(null), vies.map(ViesConfirmation::confirmedAt).orElse(null),
                c.fiscalCode());
    }

    private Customer customer(String code) {
        return customers.findByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new NotFoundException("customer", code));
    }

    private static DeclarationView view(Customer c, IntentDeclaration d) {
        return new DeclarationView(c.code(), d.protocol(), d.validFrom(), d.validTo(), d.ceiling(), d.used(),
                d.remaining(), d.nearlyExhaustedAfter(BigDecimal.ZERO));
    }
}
