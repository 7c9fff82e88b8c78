package it.ordo.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderView;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.testing.TestCompany;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The confirmation is made when the order is confirmed and kept with it: read back from the database as a
 * real PDF, and every print afterwards is the same file to the byte.
 */
@Tag("db")
class ConfirmationDocumentKeptTest {

    private TestCompany company;

    /** One kept document as the table holds it. */
    record Row(byte[] content, String language, String sha256) {
    }

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void aConfirmedOrderKeepsItsConfirmationAndEveryPrintIsThatFile() throws Exception {
        OrderView order = company.order("C-A", "KEEP-1", "P1", 2);
        assertThat(order.status()).hasToString("CONFIRMED");

        assertThat(company.ctx.documents().keepConfirmation(order.number())).isTrue();

        Row kept = kept(order.number());
        assertThat(kept).as("kept at confirmation, before anyone printed").isNotNull();
        assertThat(pdfText(kept.content())).contains(order.number()).contains("Conferma d'ordine");
        assertThat(kept.language()).isEqualTo("it");
        assertThat(kept.sha256()).isEqualTo(sha256(kept.content()));

        byte[] first = company.ctx.documents().orderConfirmation(order.number());
        company.clock.advance(java.time.Duration.ofDays(3));
        byte[] second = company.ctx.documents().orderConfirmation(order.number());
        assertThat(first).isEqualTo(kept.content());
        assertThat(second).isEqualTo(kept.content());
        assertThat(company.ctx.documents().keepConfirmation(order.number())).as("already kept").isTrue();
        assertThat(count(order.number())).isEqualTo(1);
    }

    @Test
    void anOrderConfirmedWithoutItsDocumentGetsOneAtTheFirstPrintAndKeepsIt() throws Exception {
        // As after a crash between the confirmation and its document, or for orders confirmed before.
        OrderView order = company.order("C-B", "LATE-1", "P1", 3);
        assertThat(kept(order.number())).isNull();

        byte[] first = company.ctx.documents().orderConfirmation(order.number());
        byte[] second = company.ctx.documents().orderConfirmation(order.number());

        assertThat(second).isEqualTo(first);
        assertThat(kept(order.number()).content()).isEqualTo(first);
        assertThat(pdfText(first)).contains(order.number());
    }

    @Test
    void aHeldOrderHasNoneUntilItIsReleasedIntoConfirmed() throws Exception {
        OrderView held = company.order("C-POOR", "HELD-1", "P1", 10); // credit limit 50 €
        assertThat(held.status()).hasToString("ON_HOLD");

        assertThat(company.ctx.documents().keepConfirmation(held.number())).isFalse();
        assertThat(kept(held.number())).isNull();

        OrderView released = company.ctx.orders().release(held.number());
        assertThat(released.status()).hasToString("CONFIRMED");
        assertThat(company.ctx.documents().keepConfirmation(released.number())).isTrue();
        assertThat(pdfText(kept(held.number()).content())).contains(held.number());
    }

    // --- helpers

    private Row kept(String number) throws SQLException {
        try (Connection c = connection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT d.content, d.language, d.sha256 FROM order_document d JOIN sales_order o ON o.id = d.order_id
                     WHERE o.order_number = ? AND d.kind = 'CONFIRMATION'""")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Row(rs.getBytes(1), rs.getString(2), rs.getString(3).strip()) : null;
            }
        }
    }

    private int count(String number) throws SQLException {
        try (Connection c = connection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT COUNT(*) FROM order_document d JOIN sales_order o ON o.id = d.order_id
                     WHERE o.order_number = ?""")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Connection connection() throws SQLException {
        DatabaseSettings settings = company.settings();
        Connection c = settings.user() == null ? DriverManager.getConnection(settings.url())
                : DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        if (settings.isDerby()) {
            c.setSchema("APP");
        }
        return c;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
