package it.ordo.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.OrdoContext;
import it.ordo.application.Services;
import it.ordo.application.inventory.StockLevel;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.setup.SetupService;
import it.ordo.domain.DomainException;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The permission table, enforced by the services themselves: every use case,
 * called as a user holding a single role, either runs (whatever the business
 * answer) or is refused with {@link AccessDeniedException}, exactly as
 * {@link Permission} says. Refused calls change nothing.
 */
public class PermissionEnforcementTest {

    private static TestCompany company;

    /**
     * One row per use case: what it is called, the permission it needs, and a call that reaches past the guard.
     * {@code checkedFirst}: a permission the use case checks before its own (null when none), so a role
     * lacking that one is refused for it.
     */
    public record UseCase(String name, Permission permission, Consumer<Services> call, Permission checkedFirst,
                   boolean localOnly) {

        UseCase(String name, Permission permission, Consumer<Services> call) {
            this(name, permission, call, null, false);
        }

        UseCase(String name, Permission permission, Consumer<Services> call, Permission checkedFirst) {
            this(name, permission, call, checkedFirst, false);
        }

        /** A use case of the set-up and the checks, which run where the database is (not served to workstations). */
        static UseCase local(String name, Permission permission, Consumer<OrdoContext> call) {
            return new UseCase(name, permission, s -> call.accept((OrdoContext) s), null, true);
        }

        /** The permission a role is refused for. */
        Permission refusedFor(Role role) {
            return checkedFirst != null && !checkedFirst.roles().contains(role) ? checkedFirst : permission;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<UseCase> USE_CASES = useCases(() -> company);

    /**
     * Use cases a sales agent is refused although their permission lists SALES_AGENT: they do not apply
     * the agent's customers (Guard.requireScoped), so they refuse agents altogether rather than show
     * every customer's records.
     */
    static final Set<String> NOT_FOR_AGENTS = Set.of("customer VAT treatment", "customer declarations", "to pick",
            "shipment show", "DDT labels", "price list search", "discount rules");

    /** The customer the table's use cases are about, linked to the sales agent of {@link #as} and of the server. */
    public static final String AGENTS_CUSTOMER = "C-A";

    /** Whether the role may run the use case: its permission lists the role, and for an agent it is scoped. */
    public static boolean allowed(UseCase useCase, Role role) {
        return useCase.permission().roles().contains(role)
                && !(role == Role.SALES_AGENT && NOT_FOR_AGENTS.contains(useCase.name()));
    }

    /** The table, for this company (the remote test runs it through the Ordo server on a company of its own). */
    public static List<UseCase> useCases(Supplier<TestCompany> company) {
        return List.of(
            new UseCase("customer list", Permission.VIEW_CUSTOMERS, c -> c.customers().list(null, 0, 5)),
            new UseCase("customer show", Permission.VIEW_CUSTOMERS, c -> c.customers().show("C-A")),
            new UseCase("customer count", Permission.VIEW_CUSTOMERS, c -> c.customers().count()),
            new UseCase("customer VAT treatment", Permission.VIEW_CUSTOMERS, c -> c.vat().treatment("C-A")),
            new UseCase("customer declarations", Permission.VIEW_CUSTOMERS, c -> c.vat().declarations("C-A")),
            // C-A is an Italian business: the VIES confirmation is refused after the guard, nothing written.
            new UseCase("customer vies", Permission.IMPORT_CUSTOMERS, c -> c.vat().confirmVies("C-A")),
            new UseCase("customer declare", Permission.IMPORT_CUSTOMERS, c -> c.vat().registerDeclaration(
                    new it.ordo.application.customer.VatService.DeclarationRequest("C-A", "bad", null, null, null))),
            new UseCase("customer import", Permission.IMPORT_CUSTOMERS, c -> c.customers().importRows(List.of())),
            new UseCase("product list", Permission.VIEW_PRODUCTS, c -> c.products().list(null, 0, 5)),
            new UseCase("product show", Permission.VIEW_PRODUCTS, c -> c.products().show("P1")),
            new UseCase("product count", Permission.VIEW_PRODUCTS, c -> c.products().count()),
            new UseCase("product import", Permission.IMPORT_PRODUCTS, c -> c.products().importRows(List.of())),
            new UseCase("stock", Permission.VIEW_STOCK, c -> c.inventory().stock("P1", null, 0, 5)),
            new UseCase("availability", Permission.VIEW_STOCK,
                    c -> c.inventory().availability("P1", BigDecimal.ONE, null)),
            new UseCase("price", Permission.VIEW_PRICES,
                    c -> c.pricing().price("C-A", "P1", BigDecimal.ONE, TestCompany.TODAY)),
            new UseCase("supply add", Permission.PLAN_SUPPLY,
                    c -> c.inventory().addSupply("NOPE", "MIL", BigDecimal.ONE, TestCompany.TODAY, null)),
            new UseCase("supply move", Permission.PLAN_SUPPLY,
                    c -> c.inventory().moveSupply("PO-NOPE", "NOPE", "MIL", TestCompany.TODAY)),
            new UseCase("receive", Permission.RECEIVE_GOODS,
                    c -> c.inventory().receive("NOPE", "MIL", BigDecimal.ONE, null)),
            new UseCase("order place", Permission.PLACE_ORDER, c -> c.orders().place(
                    new OrderRequest("PERM", Channel.PHONE, "NOPE", null, null, null, null, List.of()))),
            new UseCase("order entry quote", Permission.PLACE_ORDER,
                    c -> c.orderEntry().quote("C-A", "P1", BigDecimal.ONE, null, null)),
            new UseCase("order entry products", Permission.PLACE_ORDER, c -> c.orderEntry().findProducts("vite", 5)),
            new UseCase("order entry preview", Permission.PLACE_ORDER, c -> c.orderEntry().preview("C-A", List.of())),
            new UseCase("order draft save", Permission.PLACE_ORDER, c -> c.orderDrafts().save(
                    new it.ordo.application.order.OrderDraft(null, null, null, null, null, null, null, List.of(), null))),
            new UseCase("order draft load", Permission.PLACE_ORDER, c -> c.orderDrafts().load()),
            new UseCase("order draft discard", Permission.PLACE_ORDER, c -> c.orderDrafts().discard()),
            new UseCase("order hold", Permission.HOLD_ORDER, c -> c.orders().hold("ORD-0000-000000", null)),
            new UseCase("order release", Permission.RELEASE_ORDER, c -> c.orders().release("ORD-0000-000000")),
            // Each call releases a fresh order held at confirmation: over its credit limit of 50 €.
            new UseCase("order release of a credit hold", Permission.RELEASE_CREDIT_HOLD,
                    c -> c.orders().release(company.get().order("C-POOR", null, "P1", "10").number()), Permission.RELEASE_ORDER),
            new UseCase("order cancel", Permission.CANCEL_ORDER, c -> c.orders().cancel("ORD-0000-000000", null)),
            new UseCase("order pick", Permission.FULFIL_ORDER, c -> c.orders().startPicking("ORD-0000-000000")),
            new UseCase("order pack", Permission.FULFIL_ORDER, c -> c.orders().pack("ORD-0000-000000")),
            new UseCase("order ship", Permission.FULFIL_ORDER, c -> c.fulfilment().shipAllocated("ORD-0000-000000")),
            new UseCase("order deliver", Permission.FULFIL_ORDER, c -> c.orders().deliver("ORD-0000-000000")),
            new UseCase("order show", Permission.VIEW_ORDERS, c -> c.orders().show("ORD-0000-000000")),
            new UseCase("order list", Permission.VIEW_ORDERS, c -> c.orders().search(OrderQuery.latest(null, null, 5)).rows()),
            new UseCase("order document", Permission.PRINT_ORDER_DOCUMENT,
                    c -> c.documents().orderConfirmation("ORD-0000-000000")),
            // The warehouse (its use cases need no order of the test company to be refused or let through).
            new UseCase("to pick", Permission.VIEW_ORDERS, c -> c.fulfilment().toPick("MIL")),
            new UseCase("start picking", Permission.FULFIL_ORDER,
                    c -> c.fulfilment().startPicking(List.of("ORD-0000-000000"))),
            new UseCase("shipment show", Permission.VIEW_ORDERS, c -> c.fulfilment().shipment("DDT-0000-000000")),
            new UseCase("set bin", Permission.FULFIL_ORDER, c -> c.fulfilment().setBin("NOPE", "MIL", "A-01")),
            new UseCase("DDT labels", Permission.VIEW_ORDERS,
                    c -> c.shippingDocuments().labelsZpl("DDT-0000-000000", 203)),
            // Customer care.
            new UseCase("ticket search", Permission.VIEW_TICKETS,
                    c -> c.tickets().search(it.ordo.application.support.TicketQuery.all(5))),
            new UseCase("ticket open", Permission.HANDLE_TICKETS, c -> c.tickets().open(
                    new it.ordo.application.support.NewTicket("NOPE", null, null, null, null, List.of(), List.of()))),
            new UseCase("customer story", Permission.VIEW_TICKETS, c -> c.stories().story("C-A")),
            new UseCase("return list", Permission.VIEW_RETURNS, c -> c.returns().list("C-A", 0, 5)),
            new UseCase("returns authorised", Permission.VIEW_RETURNS,
                    c -> c.returns().authorised(TestCompany.TODAY, TestCompany.TODAY, 0, 5)),
            new UseCase("return open", Permission.HANDLE_RETURNS, c -> c.returns().open(
                    new it.ordo.application.returns.NewReturn("ORD-0000-000000", null, "test", null, List.of()))),
            new UseCase("return request", Permission.HANDLE_RETURNS, c -> c.returns().request(
                    new it.ordo.application.returns.NewReturn("ORD-0000-000000", null, "test", null, List.of()))),
            new UseCase("return authorise", Permission.HANDLE_RETURNS, c -> c.returns().authorise("RMA-0000-000000")),
            new UseCase("return refuse", Permission.HANDLE_RETURNS,
                    c -> c.returns().refuse("RMA-0000-000000", "test")),
            new UseCase("return receive", Permission.RECEIVE_RETURNS,
                    c -> c.returns().receive("RMA-0000-000000", List.of())),
            new UseCase("return inspect", Permission.RECEIVE_RETURNS,
                    c -> c.returns().inspect("RMA-0000-000000", List.of())),
            new UseCase("return credit", Permission.HANDLE_RETURNS, c -> c.returns().credit("RMA-0000-000000")),
            new UseCase("credit notes", Permission.VIEW_RETURNS,
                    c -> c.returns().creditNotes(TestCompany.TODAY, TestCompany.TODAY)),
            new UseCase("return window", Permission.MANAGE_RETURN_WINDOW, c -> c.returns().setReturnWindowDays(30)),
            new UseCase("return close", Permission.HANDLE_RETURNS, c -> c.returns().close("RMA-0000-000000")),
            new UseCase("return label", Permission.VIEW_RETURNS, c -> c.returns().labelPdf("RMA-0000-000000")),
            new UseCase("mail content", Permission.VIEW_MAIL, c -> c.mail().content(-1)),
            new UseCase("mail outbox", Permission.VIEW_MAIL, c -> c.mail().outbox(null, 0, 5)),
            new UseCase("mail retry", Permission.SEND_MAIL, c -> c.mail().retry(-1)),
            new UseCase("mail set aside", Permission.CONFIGURE_MAIL,
                    c -> c.mail().setAsideBefore(TestCompany.TODAY)),
            new UseCase("mail settings", Permission.CONFIGURE_MAIL, c -> c.mail().configure(
                    new it.ordo.application.notification.MailServerSettings("", 0, false, null, "not an address"))),
            // Reporting.
            new UseCase("sales export", Permission.EXPORT_SALES, c -> c.salesExport().sales(
                    new it.ordo.application.reporting.SalesPeriod(TestCompany.TODAY, TestCompany.TODAY))),
            new UseCase("KPI dashboard", Permission.VIEW_MANAGEMENT_FIGURES, c -> c.kpis().dashboard()),
            new UseCase("KPI dashboard's first paint", Permission.VIEW_MANAGEMENT_FIGURES, c -> c.kpis().headline()),
            new UseCase("customer's twelve months", Permission.VIEW_ORDERS, c -> c.kpis().customerYear("C-A")),
            // Commercial conditions.
            new UseCase("price list search", Permission.VIEW_PRICES, c -> c.priceLists().search(null)),
            new UseCase("price list import", Permission.MANAGE_PRICES, c -> c.priceLists().importItems(List.of())),
            new UseCase("discount rules", Permission.VIEW_PRICES, c -> c.conditions().rules(
                    it.ordo.application.pricing.ConditionsService.RuleSet.DISCOUNTS)),
            new UseCase("discount import", Permission.MANAGE_PRICES, c -> c.conditions().importRules(
                    it.ordo.application.pricing.ConditionsService.RuleSet.DISCOUNTS, List.of())),
            UseCase.local("check", Permission.CHECK_INTEGRITY, c -> c.integrity().check()),
            UseCase.local("status counts", Permission.VIEW_STATUS, c -> c.setup().counts()),
            UseCase.local("is set up", Permission.VIEW_STATUS, c -> c.setup().isInitialized()),
            UseCase.local("set up company", Permission.SET_UP, c -> c.setup().initialize(new SetupService.CompanyData(
                    "Altra S.r.l.", "00743110157", "Via Roma 1", "20121", "Milano", "MI", null, null, null))),
            UseCase.local("add warehouse", Permission.SET_UP, c -> c.setup().addWarehouse("MIL", "Milano", "Milano")),
            new UseCase("first administrator", Permission.SET_UP, c -> c.users().createFirstAdmin()),
            new UseCase("user list", Permission.MANAGE_USERS, c -> c.users().list()),
            new UseCase("user add", Permission.MANAGE_USERS,
                    c -> c.users().add("not a name!", Set.of(Role.ADMIN), "Password-123")),
            new UseCase("user disable", Permission.MANAGE_USERS, c -> c.users().disable("nobody")),
            new UseCase("user enable", Permission.MANAGE_USERS, c -> c.users().enable("nobody")),
            new UseCase("user reset password", Permission.MANAGE_USERS,
                    c -> c.users().resetPassword("nobody", "x")),
            new UseCase("API key list", Permission.MANAGE_API_CLIENTS, c -> c.apiKeys().list()),
            new UseCase("API key add", Permission.MANAGE_API_CLIENTS, c -> c.apiKeys().add(
                    new it.ordo.application.api.NewApiKey("", null, Set.of(), null, null))),
            new UseCase("API key revoke", Permission.MANAGE_API_CLIENTS, c -> c.apiKeys().revoke("nobody")),
            new UseCase("agent customers", Permission.MANAGE_USERS, c -> c.agents().customers("nobody")),
            new UseCase("agent link", Permission.MANAGE_USERS, c -> c.agents().link("nobody", "C-A")),
            new UseCase("agent unlink", Permission.MANAGE_USERS, c -> c.agents().unlink("nobody", "C-A")),
            new UseCase("channel order place", Permission.PLACE_ORDER, c -> c.channelOrders().place(
                    new OrderRequest(null, Channel.WEB, "C-A", null, null, null, null, List.of()), null)),
            new UseCase("channel order track", Permission.VIEW_ORDERS, c -> c.channelOrders().track("ORD-0000-000000")),
            new UseCase("channel order by reference", Permission.VIEW_ORDERS,
                    c -> c.channelOrders().trackByReference(Channel.WEB, "NOPE")),
            new UseCase("channel order cancel", Permission.CANCEL_ORDER,
                    c -> c.channelOrders().cancel(Channel.WEB, "ORD-0000-000000", null)),
            new UseCase("shipping settings", Permission.SET_UP, c -> c.fulfilment().saveShippingSettings(
                    new it.ordo.application.fulfilment.ShippingSettingsView("12", 0, List.of()))),
            new UseCase("stock report", Permission.VIEW_MANAGEMENT_FIGURES,
                    c -> c.managementReports().stock(null, 90)),
            new UseCase("history import begin", Permission.IMPORT_HISTORY, c -> c.history().begin(
                    new it.ordo.application.intake.HistoryStart("", "f.csv", "ab", "EUR"))),
            new UseCase("history import chunk", Permission.IMPORT_HISTORY, c -> c.history().importChunk(
                    new it.ordo.application.intake.HistoryChunk(0, true, new it.ordo.application.intake.HistoryOptions(
                            "test", null, null, Channel.WEB), List.of()))),
            new UseCase("history import finish", Permission.IMPORT_HISTORY, c -> c.history().finish(-1)));
    }

    @BeforeAll
    static void open() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "10");
        // A user exists, so "first administrator" changes nothing when it is allowed.
        company.ctx.users().add("boss", Set.of(Role.ADMIN), "Password-123");
        company.ctx.users().add("sales_agent", Set.of(Role.SALES_AGENT), "Password-123");
        company.ctx.agents().link("sales_agent", AGENTS_CUSTOMER);
    }

    @AfterAll
    static void close() {
        company.close();
    }

    static OrdoContext as(Role... roles) {
        return company.ctx.as(new Session(roles[0].name().toLowerCase(), EnumSet.of(roles[0], roles), false));
    }

    static Stream<Arguments> everyUseCaseForEveryRole() {
        List<Arguments> rows = new ArrayList<>();
        for (UseCase useCase : USE_CASES) {
            for (Role role : Role.values()) {
                rows.add(Arguments.of(useCase, role, allowed(useCase, role)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("everyUseCaseForEveryRole")
    void eachUseCaseIsOpenToExactlyTheRolesOfItsPermission(UseCase useCase, Role role, boolean allowed) {
        OrdoContext ctx = as(role);
        if (allowed) {
            try {
                useCase.call().accept(ctx);
            } catch (AccessDeniedException e) {
                throw new AssertionError(role + " should be allowed to " + useCase, e);
            } catch (DomainException businessAnswer) {
                // unknown code, illegal state, ...: the guard let the call through, which is what is tested
            }
        } else {
            assertThatThrownBy(() -> useCase.call().accept(ctx))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.permission()).isEqualTo(useCase.refusedFor(role));
                        assertThat(e.key()).isEqualTo("security.denied");
                        assertThat(e.args().get(0)).isEqualTo(role.name().toLowerCase());
                        assertThat(e.args().get(1)).isEqualTo("permission." + useCase.refusedFor(role).name());
                    });
        }
    }

    /**
     * Permissions that leave figures out of what a use case shows instead of refusing it: each has its own test
     * here, for every role.
     */
    static final Set<Permission> REDACTIONS = Set.of(Permission.VIEW_CREDIT);

    @Test
    void everyPermissionIsExercisedByAUseCaseOfTheTable() {
        assertThat(java.util.stream.Stream.concat(USE_CASES.stream().map(UseCase::permission), REDACTIONS.stream())
                .distinct()).containsExactlyInAnyOrder(Permission.values());
    }

    /**
     * The warehouse ships to customers but does not see their credit: the credit limit and the credit used by
     * open orders are left out of every customer view (list, show), and sorting by credit limit sorts by code.
     */
    @ParameterizedTest
    @EnumSource(Role.class)
    void creditFiguresAreShownOnlyToWhoMaySeeCredit(Role role) {
        OrdoContext ctx = as(role);
        boolean sees = Permission.VIEW_CREDIT.roles().contains(role);
        var shown = ctx.customers().show(AGENTS_CUSTOMER);
        var listed = ctx.customers().list(null, it.ordo.domain.customer.CustomerSort.CREDIT_LIMIT, false, 0, 50);

        assertThat(listed).isNotEmpty();
        if (sees) {
            assertThat(shown.creditLimit()).isEqualByComparingTo(company.ctx.customers().show(AGENTS_CUSTOMER).creditLimit());
            assertThat(shown.openExposure()).isNotNull();
            assertThat(listed).allSatisfy(c -> assertThat(c.creditLimit()).isNotNull());
        } else {
            assertThat(shown.creditLimit()).isNull();
            assertThat(shown.openExposure()).isNull();
            assertThat(listed).allSatisfy(c -> {
                assertThat(c.creditLimit()).isNull();
                assertThat(c.openExposure()).isNull();
            });
            assertThat(listed).extracting(it.ordo.application.customer.CustomerView::code).isSorted();
        }
    }

    @Test
    void theWarehouseCannotPlaceOrdersAndNothingIsWritten() {
        long before = company.ctx.orders().search(OrderQuery.latest(null, null, 1000)).rows().size();
        OrderRequest order = new OrderRequest("WH-1", Channel.PHONE, "C-A", "MIL", null, null, null,
                List.of(new OrderRequest.LineRequest("P1", null, BigDecimal.ONE)));

        assertThatThrownBy(() -> as(Role.WAREHOUSE).orders().place(order)).isInstanceOf(AccessDeniedException.class);

        assertThat(company.ctx.orders().search(OrderQuery.latest(null, null, 1000)).rows()).hasSize((int) before);
        assertThat(as(Role.ORDER_DESK).orders().place(order).status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void aCreditHoldOfABlockedCustomerIsReleasedByAccountingNotByTheDesk() {
        company.customers(TestCompany.row("code", "C-BLOCK", "name", "Bloccata S.r.l.", "vatNumber", "01114601006",
                "tier", "B", "creditLimit", "100000", "paymentTerms", "Bonifico 30 gg", "acceptsBackorders", "true",
                "address", "Via Roma 2", "postalCode", "40121", "city", "Bologna", "country", "IT", "blocked", "true"));
        String held = as(Role.ORDER_DESK).orders().place(new OrderRequest(null, Channel.PHONE, "C-BLOCK", null, null,
                null, null, List.of(new OrderRequest.LineRequest("P1", null, BigDecimal.ONE)))).number();
        OrderView before = company.ctx.orders().show(held);
        assertThat(before.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(before.creditHold()).isTrue();

        assertThatThrownBy(() -> as(Role.ORDER_DESK).orders().release(held))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.RELEASE_CREDIT_HOLD));
        assertThatThrownBy(() -> as(Role.ADMIN).orders().release(held)).isInstanceOf(AccessDeniedException.class);
        assertThat(company.ctx.orders().show(held).status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(company.ctx.orders().show(held).version()).isEqualTo(before.version());

        assertThat(as(Role.ACCOUNTING).orders().release(held).status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void anOrderPutOnHoldByHandIsStillReleasedByTheDesk() {
        String number = as(Role.ORDER_DESK).orders().place(new OrderRequest(null, Channel.PHONE, "C-A", null, null,
                null, null, List.of(new OrderRequest.LineRequest("P1", null, BigDecimal.ONE)))).number();
        OrderView held = as(Role.ORDER_DESK).orders().hold(number, "customer asked to wait");
        assertThat(held.creditHold()).isFalse();
        assertThat(as(Role.ORDER_DESK).orders().release(number).status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void theOrderDeskCannotReceiveGoodsOrPlanSupplyAndStockStaysAsItWas() {
        BigDecimal onHand = onHand("P2");

        assertThatThrownBy(() -> as(Role.ORDER_DESK).inventory().receive("P2", "MIL", BigDecimal.TEN, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Role.ORDER_DESK, Role.CUSTOMER_SERVICE, Role.ACCOUNTING).inventory()
                .addSupply("P2", "MIL", BigDecimal.TEN, TestCompany.TODAY.plusDays(5), null))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(onHand("P2")).isEqualByComparingTo(onHand);
        as(Role.WAREHOUSE).inventory().receive("P2", "MIL", BigDecimal.TEN, null);
        assertThat(onHand("P2")).isEqualByComparingTo(onHand.add(BigDecimal.TEN));
    }

    @Test
    void onlyAnAdministratorAddsUsers() {
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
            assertThatThrownBy(() -> as(role).users().add("intruso-" + role.name().toLowerCase(), Set.of(Role.ADMIN),
                    "Password-123")).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(Role.MANAGER, Role.ACCOUNTING, Role.WAREHOUSE).users().list())
                .isInstanceOf(AccessDeniedException.class);

        as(Role.ADMIN).users().add("nuova", Set.of(Role.ORDER_DESK), "Password-123");

        assertThat(company.ctx.users().list()).extracting(UserView::username)
                .contains("nuova").noneMatch(name -> name.startsWith("intruso"));
    }

    @Test
    void severalRolesAddUp() {
        OrdoContext deskAndWarehouse = as(Role.ORDER_DESK, Role.WAREHOUSE);

        assertThat(deskAndWarehouse.access().allows(Permission.PLACE_ORDER)).isTrue();
        assertThat(deskAndWarehouse.access().allows(Permission.RECEIVE_GOODS)).isTrue();
        assertThat(deskAndWarehouse.access().allows(Permission.IMPORT_PRODUCTS)).isFalse();
    }

    @Test
    void aUserWithNoRolesMayDoNothing() {
        OrdoContext nobody = company.ctx.as(new Session("nobody", Set.of(), false));

        for (UseCase useCase : USE_CASES) {
            assertThatThrownBy(() -> useCase.call().accept(nobody)).as(useCase.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theDeniedMessageNamesTheUserWhatAndWhoMay() {
        AccessDeniedException e = new AccessDeniedException("warehouse", Permission.PLACE_ORDER);

        assertThat(new it.ordo.i18n.Texts(java.util.Locale.ENGLISH).describe(e)).isEqualTo(
                "User \"warehouse\" may not place orders: that needs one of the roles ORDER_DESK, CUSTOMER_SERVICE, MANAGER, ADMIN, SALES_AGENT.");
        assertThat(new it.ordo.i18n.Texts(java.util.Locale.ITALIAN).describe(e)).isEqualTo(
                "L'utente \"warehouse\" non può inserire ordini: serve uno dei ruoli ORDER_DESK, CUSTOMER_SERVICE, MANAGER, ADMIN, SALES_AGENT.");
    }

    private static BigDecimal onHand(String sku) {
        return company.ctx.inventory().stock(sku, "MIL", 0, 1).stream().map(StockLevel::onHand).findFirst().orElseThrow();
    }
}
