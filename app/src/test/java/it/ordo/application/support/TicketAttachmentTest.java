package it.ordo.application.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.support.AttachmentRules;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.testing.TestCompany;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A photo of the damage is kept in the database with the ticket and read back byte for byte; bad files are refused. */
class TicketAttachmentTest {

    private TestCompany company;
    private TicketView ticket;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        ticket = company.ctx.tickets().open(new NewTicket("C-B", TicketCategory.DAMAGED_GOODS, TicketPriority.HIGH,
                "Scatola schiacciata", null, List.of(), List.of()));
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aPhotoIsKeptAndReadBack() throws IOException {
        byte[] png = photo();
        TicketView t = company.ctx.tickets().attach(ticket.number(), "scatola.png", png);

        assertThat(t.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("scatola.png");
            assertThat(a.contentType()).isEqualTo("image/png");
            assertThat(a.sizeBytes()).isEqualTo(png.length);
        });
        AttachmentFile back = company.ctx.tickets().attachment(ticket.number(), t.attachments().getFirst().id());
        assertThat(back.content()).isEqualTo(png);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(back.content())).getRGB(5, 5) & 0xFFFFFF)
                .isEqualTo(0xFF0000);
    }

    @Test
    void tooLargeOrForbiddenFilesAreRefusedAndNothingIsKept() throws IOException {
        byte[] big = Arrays.copyOf(photo(), AttachmentRules.MAX_BYTES + 1);
        assertThatThrownBy(() -> company.ctx.tickets().attach(ticket.number(), "grande.png", big))
                .hasMessageContaining("ticket.attachment.tooLarge").hasMessageContaining("grande.png");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertThatThrownBy(() -> company.ctx.tickets().attach(ticket.number(), "foto.jpg", exe))
                .hasMessageContaining("ticket.attachment.type");
        assertThatThrownBy(() -> company.ctx.tickets().attach(ticket.number(), "vuoto.pdf", new byte[0]))
                .hasMessageContaining("ticket.attachment.empty");

        assertThat(company.ctx.tickets().show(ticket.number()).attachments()).isEmpty();
    }
}
