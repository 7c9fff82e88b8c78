package it.ordo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.testing.Headless;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The styles that moved from code into ordo.css still reach the screens: a
 * column of figures is right-aligned, an emphasised cell takes the theme's
 * warning or danger colour, in bold where asked, and the credit bar its colour. Runs on Monocle unless another
 * glass platform was chosen on the command line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdoStylesheetFxTest {

    static {
        Headless.monocle();
    }

    private record Row(String text, String figure) {
    }

    @BeforeAll
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void figuresAlignRightAndEmphasisedCellsTakeTheThemeColours() throws Exception {
        AtomicReference<List<TableCell<Row, String>>> cells = new AtomicReference<>(new java.util.ArrayList<>());
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            TableView<Row> table = new TableView<>(FXCollections.observableArrayList(
                    new Row("plain", "1"), new Row("warning", "2"), new Row("danger", "3")));
            TableColumn<Row, String> text = Columns.text("Text", Row::text, 100);
            TableColumn<Row, String> figure = Columns.rightAligned(Columns.text("Figure", Row::figure, 100));
            figure.setCellFactory(c -> {
                TableCell<Row, String> cell = new TableCell<>() {
                    @Override
                    protected void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : item);
                        Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                        String kind = row == null ? "" : row.text();
                        Columns.emphasize(this, kind.equals("warning") ? Columns.WARNING
                                : kind.equals("danger") ? Columns.DANGER : null, kind.equals("danger"));
                    }
                };
                cells.get().add(cell);
                return cell;
            });
            table.getColumns().addAll(List.of(text, figure));
            Scene scene = new Scene(new StackPane(table), 400, 300);
            scene.getStylesheets().add(OrdoStylesheetFxTest.class.getResource("/it/ordo/ui/ordo.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<Row, String> plain = cell(cells.get(), "1");
        TableCell<Row, String> warning = cell(cells.get(), "2");
        TableCell<Row, String> danger = cell(cells.get(), "3");
        assertThat(plain.getAlignment()).isEqualTo(Pos.CENTER_RIGHT);
        assertThat(danger.getAlignment()).isEqualTo(Pos.CENTER_RIGHT);
        Paint ordinary = plain.getTextFill();
        assertThat(warning.getTextFill()).isNotEqualTo(ordinary);
        assertThat(danger.getTextFill()).isNotEqualTo(ordinary).isNotEqualTo(warning.getTextFill());
        assertThat(((Color) danger.getTextFill()).getRed()).isGreaterThan(((Color) danger.getTextFill()).getBlue());
        assertThat(weight(danger.getFont())).isEqualTo(FontWeight.BOLD);
        assertThat(weight(warning.getFont())).isNotEqualTo(FontWeight.BOLD);
    }

    @Test
    void theCreditBarIsRedOverTheLimitAmberNearItGreenWithin() throws Exception {
        List<ProgressBar> bars = List.of(new ProgressBar(1), new ProgressBar(0.9), new ProgressBar(0.5));
        bars.get(0).getStyleClass().add("ordo-credit-over");
        bars.get(1).getStyleClass().add("ordo-credit-near");
        bars.get(2).getStyleClass().add("ordo-credit-within");
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(new VBox(bars.toArray(ProgressBar[]::new)), 400, 300);
            scene.getStylesheets().add(OrdoStylesheetFxTest.class.getResource("/it/ordo/ui/ordo.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Color over = fill(bars.get(0));
        Color near = fill(bars.get(1));
        Color within = fill(bars.get(2));
        assertThat(over.getRed()).isGreaterThan(over.getGreen());
        assertThat(within.getGreen()).isGreaterThan(within.getRed());
        assertThat(near).isNotEqualTo(over).isNotEqualTo(within);
    }

    private static Color fill(ProgressBar bar) {
        Region filled = (Region) bar.lookup(".bar");
        return (Color) filled.getBackground().getFills().getFirst().getFill();
    }

    private static TableCell<Row, String> cell(List<TableCell<Row, String>> cells, String item) {
        return cells.stream().filter(c -> item.equals(c.getItem())).findFirst().orElseThrow();
    }

    private static FontWeight weight(Font font) {
        return font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
    }
}
