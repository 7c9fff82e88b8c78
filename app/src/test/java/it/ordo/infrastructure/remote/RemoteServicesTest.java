package it.ordo.infrastructure.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.NotFoundException;
import it.ordo.application.Services;
import it.ordo.application.audit.OrderHistory;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.reporting.CellType;
import it.ordo.application.reporting.SheetColumn;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.AuthenticationException;
import it.ordo.application.security.Permission;
import it.ordo.domain.StaleDataException;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workstations that hold only the server's address and a user's password:
 * orders placed, confirmed and listed through a real HTTPS server on the
 * loopback address, refusals rethrown as the same exceptions, and tokens
 * that stop working at sign-out, when the user is disabled and when unused.
 */
@Tag("db")
class RemoteServicesTest {

    @TempDir
    static Path tls;

    private static TestCompany company;
    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        fixture = new ServerFixture(company, tls, Role.ORDER_DESK, Role.CUSTOMER_SERVICE, Role.MANAGER, Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        fixture.close();
        company.close();
    }

    private static OrderRequest order(String ref, String customer, String qty) {
        return new OrderRequest(ref, Channel.PHONE, customer, null, null, null, null,
                List.of(new OrderRequest.LineRequest("P1", null, new BigDecimal(qty))));
    }

    @Test
    void aListIsExportedToExcelOnTheWorkstationThroughTheServer() throws Exception {
        try (RemoteServices desk = fixture.workstation(Role.ORDER_DESK)) {
            Services services = desk.services();
            OrderView placed = services.orders().place(order("REMOTE-XLSX", "C-A", "2"));
            var rows = services.orders().search(OrderQuery.latest(null, "C-A", 50)).rows();

            // The rows come from the server; the file is written here, where the user chose to save it.
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (SpreadsheetWriter writer = services.spreadsheets().writer(SpreadsheetFormat.XLSX, out,
                    services.clock().getZone())) {
                writer.startSheet(new SheetLayout("Orders", List.of(SheetColumn.of("Number", CellType.TEXT),
                        SheetColumn.of("Gross", CellType.MONEY))));
                for (var row : rows) {
                    writer.row(List.of(row.number(), row.grossTotal()));
                }
            }

            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                    out.toByteArray()))) {
                var sheet = book.getSheet("Orders");
                assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
                assertThat(java.util.stream.IntStream.rangeClosed(1, rows.size())
                        .mapToObj(i -> sheet.getRow(i).getCell(0).getStringCellValue()))
                        .contains(placed.number());
            }
        }
    }

    @Test
    void anOrderIsPlacedConfirmedAndListedThroughTheServer() {
        try (RemoteServices desk = fixture.workstation(Role.ORDER_DESK)) {
            Services services = desk.services();
            OrderView placed = services.orders().place(order("REMOTE-1", "C-A", "3"));

            assertThat(placed.status()).isEqualTo(OrderStatus.CONFIRMED);
            assertThat(placed.number()).startsWith("ORD-");
            // The same order as the server's own database has it: money exact, stock allocated there.
            OrderView local = company.ctx.orders().show(placed.number());
            assertThat(placed).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(local);
            assertThat(placed.grossTotal()).isEqualTo(new BigDecimal("36.60"));
            assertThat(services.orders().search(OrderQuery.latest(null, "C-A", 10)).rows())
                    .anySatisfy(row -> assertThat(row.number()).isEqualTo(placed.number()));
            assertThat(services.access().allows(Permission.PLACE_ORDER)).isTrue();
            assertThat(services.access().allows(Permission.MANAGE_USERS)).isFalse();

            // Who, from where and when come from the server: its session and its clock.
            OrderHistory history = fixture.workstation(Role.CUSTOMER_SERVICE).services().audit()
                    .orderHistory(placed.number());
            assertThat(history.entries()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.user()).isEqualTo("order-desk");
                assertThat(e.workstation()).endsWith("(127.0.0.1)");
                assertThat(e.at()).isEqualTo(company.now());
            });
        }
    }

    @Test
    void refusalsCrossTheWireAsTheSameExceptions() {
        try (RemoteServices desk = fixture.workstation(Role.ORDER_DESK)) {
            Services services = desk.services();
            assertThatThrownBy(() -> services.orders().place(order("REMOTE-BAD", "C-A", "-1")))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.problems()).isNotEmpty());
            assertThatThrownBy(() -> services.customers().show("NOPE"))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.key()).isEqualTo("notFound.customer");
                        assertThat(e.args()).containsExactly("NOPE");
                    });
            assertThatThrownBy(() -> services.inventory().receive("P1", "MIL", BigDecimal.ONE, null))
                    .isInstanceOfSatisfying(AccessDeniedException.class,
                            e -> assertThat(e.permission()).isEqualTo(Permission.RECEIVE_GOODS));

            OrderView placed = services.orders().place(order("REMOTE-2", "C-A", "1"));
            services.orders().hold(placed.number(), "asked to wait", placed.version());
            assertThatThrownBy(() -> services.orders().cancel(placed.number(), "late", placed.version()))
                    .isInstanceOfSatisfying(StaleDataException.class,
                            e -> assertThat(e.changedBy()).isEqualTo("order-desk"));
            // An Optional, a void and a byte[] come back as they are in process.
            assertThat(services.orderDrafts().load()).isEmpty();
            services.orderDrafts().discard();
            OrderView confirmed = services.orders().place(order("REMOTE-3", "C-A", "1"));
            assertThat(fixture.workstation(Role.MANAGER).services().documents().orderConfirmation(confirmed.number()))
                    .startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    @Test
    void theFirstConnectionSeesTheServersFingerprintAndAChangedCertificateIsRefused(@TempDir Path otherFolder) {
        assertThat(RemoteServices.probe(fixture.address)).isEqualTo(fixture.identity.fingerprint());

        // A workstation that pinned another certificate (the real server's, while this one pretends to be it).
        String other = Tls.serverIdentity(otherFolder, null, null).fingerprint();
        assertThat(other).isNotEqualTo(fixture.identity.fingerprint());
        RemoteServices fooled = RemoteServices.connect(fixture.address, other);
        assertThatThrownBy(() -> fooled.signIn("order-desk", ServerFixture.PASSWORD))
                .isInstanceOfSatisfying(it.ordo.domain.DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("remote.certificateChanged");
                    assertThat(e.args()).containsExactly(fixture.address + "/", other, fixture.identity.fingerprint());
                });
    }

    @Test
    void connectingWhileTheUserTypesOpensNoSessionAndStillHoldsToThePin(@TempDir Path otherFolder) {
        int before = fixture.server.sessions();
        try (RemoteServices early = RemoteServices.connect(fixture.address, fixture.identity.fingerprint())) {
            early.connectNow();
            assertThat(early.user()).as("nobody is signed in by connecting").isNull();
            assertThat(fixture.server.sessions()).isEqualTo(before);
            assertThat(early.signIn("order-desk", ServerFixture.PASSWORD).username()).isEqualTo("order-desk");
        }

        // Connecting early to an impostor says nothing; the sign-in refuses it as before.
        RemoteServices fooled = RemoteServices.connect(fixture.address,
                Tls.serverIdentity(otherFolder, null, null).fingerprint());
        fooled.connectNow();
        assertThatThrownBy(() -> fooled.signIn("order-desk", ServerFixture.PASSWORD))
                .isInstanceOfSatisfying(it.ordo.domain.DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("remote.certificateChanged"));
    }

    @Test
    void aWrongPasswordIsRefusedAsInProcess() {
        RemoteServices remote = RemoteServices.connect(fixture.address, fixture.identity.fingerprint());
        assertThatThrownBy(() -> remote.signIn("order-desk", "wrong-password"))
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.key()).isEqualTo("login.failed"));
    }

    @Test
    void aTokenAfterSignOutIsRefused() {
        RemoteServices desk = fixture.workstation(Role.ORDER_DESK);
        String token = desk.token();
        desk.services().customers().count();
        desk.signOut();

        RemoteServices thief = RemoteServices.connect(fixture.address, fixture.identity.fingerprint());
        thief.useToken(token);
        assertThatThrownBy(() -> thief.services().customers().count())
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.key()).isEqualTo("remote.session.invalid"));
    }

    @Test
    void aRefusedCallDoesNotCostTheWorkstationItsNextCall() {
        // A call refused before its body is read (here: a session that no longer exists) once made the server
        // close the connection the client had already put back in its pool, and the next call failed with
        // "EOF reached while reading". Each round refuses a call, then signs in at once on the same client.
        try (RemoteServices desk = RemoteServices.connect(fixture.address, fixture.identity.fingerprint())) {
            for (int round = 0; round < 40; round++) {
                desk.useToken("no-such-session-" + round);
                assertThatThrownBy(() -> desk.services().customers().count())
                        .isInstanceOf(AuthenticationException.class);
                desk.signIn(ServerFixture.username(Role.ORDER_DESK), ServerFixture.PASSWORD);
            }
            assertThat(desk.services().customers().count()).isPositive();
        }
    }

    @Test
    void aTokenOfADisabledUserIsRefusedAtItsNextCall() {
        company.ctx.users().add("temporary", java.util.Set.of(Role.ORDER_DESK), "Temporanea-123");
        company.ctx.authentication().changePassword("temporary", "Temporanea-123", ServerFixture.PASSWORD);
        RemoteServices worker = RemoteServices.connect(fixture.address, fixture.identity.fingerprint());
        worker.signIn("temporary", ServerFixture.PASSWORD);
        assertThat(worker.services().customers().count()).isPositive();

        try (RemoteServices admin = fixture.workstation(Role.ADMIN)) {
            admin.services().users().disable("temporary");
        }

        assertThatThrownBy(() -> worker.services().customers().count())
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> worker.signIn("temporary", ServerFixture.PASSWORD))
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.key()).isEqualTo("login.disabled"));
    }

    @Test
    void aTokenUnusedForTheIdleTimeIsRefused() {
        RemoteServices desk = fixture.workstation(Role.ORDER_DESK);
        desk.services().customers().count();
        company.clock.advance(ServerFixture.IDLE.minus(Duration.ofMinutes(1)));
        desk.services().customers().count(); // used in time: its idle time starts again

        company.clock.advance(ServerFixture.IDLE.plus(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> desk.services().customers().count())
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.key()).isEqualTo("remote.session.invalid"));
    }

    @Test
    void changingThePasswordEndsTheUsersOtherSessions() {
        company.ctx.users().add("changer", java.util.Set.of(Role.ORDER_DESK), "Temporanea-123");
        RemoteServices first = RemoteServices.connect(fixture.address, fixture.identity.fingerprint());
        // The initial password must be changed: the session it opens may do nothing else.
        first.signIn("changer", "Temporanea-123");
        assertThatThrownBy(() -> first.services().customers().count())
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.key()).isEqualTo("security.mustChangePassword"));
        RemoteServices second = RemoteServices.connect(fixture.address, fixture.identity.fingerprint());
        second.changePassword("changer", "Temporanea-123", ServerFixture.PASSWORD);

        assertThat(second.services().customers().count()).isPositive();
        assertThatThrownBy(() -> first.services().customers().count())
                .isInstanceOfSatisfying(AuthenticationException.class,
                        e -> assertThat(e.key()).isEqualTo("remote.session.invalid"));
    }
}
