package it.ordo.ui;

import it.ordo.OrdoContext;
import it.ordo.demo.DemoCompany;
import it.ordo.i18n.Texts;
import it.ordo.infrastructure.DataDirectory;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.ui.shell.StatusView;
import it.ordo.ui.shell.StatusViewModel;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop application. Opening the database (and, on the very first start
 * on an empty data folder, creating the demo company) happens in the
 * background while the window shows what is going on.
 */
public final class OrdoDesktop extends Application {

    private final Texts texts = Texts.forDefaultLocale();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private OrdoContext context;

    @Override
    public void start(Stage stage) {
        Label progress = new Label(texts.get("ui.start.opening"));
        ProgressIndicator spinner = new ProgressIndicator();
        VBox waiting = new VBox(16, spinner, progress);
        waiting.setPadding(new Insets(40));
        Scene scene = new Scene(waiting, 720, 420);
        stage.setTitle(texts.get("ui.app.title"));
        stage.setScene(scene);
        stage.show();

        String dataDir = getParameters().getNamed().get("data-dir");
        DatabaseSettings settings = DatabaseSettings.embedded(DataDirectory.resolve(
                dataDir == null ? null : java.nio.file.Path.of(dataDir)));
        executor.run(() -> {
            OrdoContext ctx = OrdoContext.open(settings, () -> System.getProperty("user.name"), Clock.systemDefaultZone());
            if (!ctx.setup().isInitialized()) {
                DemoCompany.generate(ctx, 42L, line -> Platform.runLater(
                        () -> progress.setText(texts.get("ui.start.demo", line))));
            }
            return ctx;
        }, ctx -> {
            context = ctx;
            StatusViewModel model = new StatusViewModel(texts, executor, settings.displayUrl(), () -> ctx.setup().counts());
            scene.setRoot(new StatusView(model, texts));
            model.refresh();
        }, error -> {
            spinner.setVisible(false);
            progress.setText(texts.get("ui.start.failed", String.valueOf(error.getMessage())));
        });
    }

    @Override
    public void stop() {
        executor.close();
        if (context != null) {
            context.close();
        }
    }
}
