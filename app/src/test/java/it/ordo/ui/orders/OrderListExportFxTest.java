package it.ordo.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderRequest;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.RecordingDesk;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The order list in a real (headless) window, filtered to the web shop's
 * orders: its Export to Excel writes exactly the orders the screen's filter
 * matches, and says so in the status bar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderListExportFxTest {

    static {
        Headless.monocle();
    }

    private TestCompany company;
    private final List<String> notices = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        for (Channel channel : List.of(Channel.WEB, Channel.PHONE, Channel.WEB, Channel.AGENT, Channel.WEB)) {
            company.ctx.orders().place(new OrderRequest(null, channel, "C-A", null, null, Priority.NORMAL, null,
                    List.of(new OrderRequest.LineRequest("P1", null, BigDecimal.ONE))));
        }
    }

    @AfterAll
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        company.close();
    }

    @Test
    void theFilteredListIsWhatTheFileHolds() throws Exception {
        List<OrderListScreen> made = new ArrayList<>();
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            made.add(new OrderListScreen(new RecordingDesk(company.ctx, new ArrayList<>(), notices)));
            stage.setScene(new Scene(new StackPane(made.getFirst().content()), 1366, 768));
            stage.show();
        });
        OrderListScreen screen = made.getFirst();
        WaitForAsyncUtils.asyncFx(() -> screen.model().channelProperty().set(Channel.WEB)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.model().rows()).hasSize(3);

        Path file = dir.resolve("web.xlsx");
        WaitForAsyncUtils.asyncFx(() -> screen.export().exportTo(file)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notices).contains("Exported 3 rows to web.xlsx.");
        assertThat(screen.export().runningProperty().get()).isFalse();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet orders = book.getSheet("Orders");
            assertThat(orders.getLastRowNum()).isEqualTo(3);
            List<String> numbers = new ArrayList<>();
            for (Row row : orders) {
                if (row.getRowNum() > 0) {
                    numbers.add(row.getCell(0).getStringCellValue());
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Web shop");
                }
            }
            assertThat(numbers).containsExactlyElementsOf(screen.model().rows().stream().map(o -> o.number()).toList());
            assertThat(book.getSheet("Orders - filtri").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Web shop");
        }
    }
}
