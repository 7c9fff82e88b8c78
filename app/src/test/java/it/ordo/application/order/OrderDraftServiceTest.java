package it.ordo.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.OrdoContext;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.Session;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A half-entered order is kept per user in the database, replaced on save, and leaves no audit rows. */
@Tag("db")
class OrderDraftServiceTest {

    private TestCompany company;

    @BeforeEach
    void open() {
        company = TestCompany.empty();
    }

    @AfterEach
    void close() {
        company.close();
    }

    private OrdoContext as(String user) {
        return company.ctx.as(new Session(user, EnumSet.of(Role.ORDER_DESK), false));
    }

    private static OrderDraft draft(String customer, String... codeQty) {
        List<OrderDraft.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < codeQty.length; i += 2) {
            lines.add(new OrderDraft.Line(codeQty[i], codeQty[i + 1]));
        }
        return new OrderDraft(customer, Channel.PHONE, "TEL-9", LocalDate.of(2026, 12, 3), Priority.URGENT, 1,
                "Consegna dopo le 14 — \"portone\" 'B' {json}", lines, null);
    }

    @Test
    void eachUserHasOneDraftThatSurvivesAndIsReplacedOnSave() {
        OrdoContext anna = as("anna");
        OrdoContext bruno = as("bruno");
        anna.orderDrafts().save(draft("C-A", "P1", "3", "4006381333931", "2,5"));
        company.clock.advance(Duration.ofMinutes(5));
        anna.orderDrafts().save(draft("C-B", "P3", "1"));
        bruno.orderDrafts().save(draft("C-C", "P2", "7"));

        // Another workstation, same user: a new context on the same database.
        OrderDraft kept = as("anna").orderDrafts().load().orElseThrow();
        assertThat(kept.customerCode()).isEqualTo("C-B");
        assertThat(kept.lines()).containsExactly(new OrderDraft.Line("P3", "1"));
        assertThat(kept.notes()).isEqualTo("Consegna dopo le 14 — \"portone\" 'B' {json}");
        assertThat(kept.requestedDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(kept.priority()).isEqualTo(Priority.URGENT);
        assertThat(kept.shipTo()).isEqualTo(1);
        assertThat(kept.savedAt()).isEqualTo(company.now());
        assertThat(bruno.orderDrafts().load().orElseThrow().customerCode()).isEqualTo("C-C");

        anna.orderDrafts().discard();
        assertThat(anna.orderDrafts().load()).isEmpty();
        assertThat(bruno.orderDrafts().load()).isPresent();
    }

    @Test
    void savingADraftWritesNoAuditRows() throws SQLException {
        long before = auditRows();
        for (int i = 0; i < 5; i++) {
            as("anna").orderDrafts().save(draft("C-A", "P1", String.valueOf(i + 1)));
        }
        as("anna").orderDrafts().discard();

        assertThat(auditRows()).isEqualTo(before);
    }

    @Test
    void anEmptyDraftRemovesTheOldOneAndAnOversizedOneIsRefused() {
        as("anna").orderDrafts().save(draft("C-A", "P1", "3"));
        as("anna").orderDrafts().save(new OrderDraft(null, Channel.PHONE, null, null, Priority.NORMAL, null, null, List.of(), null));
        assertThat(as("anna").orderDrafts().load()).isEmpty();

        String[] many = new String[2 * 1500];
        for (int i = 0; i < 1500; i++) {
            many[2 * i] = "SKU-" + i;
            many[2 * i + 1] = "1";
        }
        assertThatThrownBy(() -> as("anna").orderDrafts().save(draft("C-A", many)))
                .isInstanceOfSatisfying(it.ordo.domain.DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("draft.tooLarge"));
    }

    @Test
    void aChannelOrPriorityThisVersionDoesNotKnowFallsBackToTheDefaultAndTheRestComesBack() {
        java.time.Instant savedAt = company.now();
        OrderDraft read = LocalOrderDraftService.read("""
                {"version":1,"customer":"C-A","channel":"FAX","priority":"VERY_HIGH","notes":"n",
                 "lines":[{"code":"P1","qty":"2"}]}""", savedAt);

        assertThat(read.channel()).isEqualTo(Channel.PHONE);
        assertThat(read.priority()).isEqualTo(Priority.NORMAL);
        assertThat(read.customerCode()).isEqualTo("C-A");
        assertThat(read.lines()).containsExactly(new OrderDraft.Line("P1", "2"));
        assertThat(LocalOrderDraftService.read(LocalOrderDraftService.write(new OrderDraft("C-A", Channel.B2B_PORTAL, null, null,
                Priority.LOW, null, null, List.of(), null)), savedAt))
                .extracting(OrderDraft::channel, OrderDraft::priority).containsExactly(Channel.B2B_PORTAL, Priority.LOW);
    }

    @Test
    void onlyWhoTakesOrdersKeepsDrafts() {
        OrdoContext warehouse = company.ctx.as(new Session("magazzino", EnumSet.of(Role.WAREHOUSE), false));

        assertThatThrownBy(() -> warehouse.orderDrafts().save(draft("C-A", "P1", "1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> warehouse.orderDrafts().load()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> warehouse.orderDrafts().discard()).isInstanceOf(AccessDeniedException.class);
    }

    private long auditRows() throws SQLException {
        try (Connection c = company.ctx.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_log");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            c.rollback();
            return n;
        }
    }
}
