package it.ordo.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import it.ordo.OrdoContext;
import it.ordo.application.CurrentUser;
import it.ordo.application.security.Session;
import it.ordo.application.setup.DemoData;
import it.ordo.application.setup.SetupService;
import it.ordo.domain.DomainException;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.infrastructure.DataDirectory;
import it.ordo.infrastructure.WorkstationConfig;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.ui.shell.MainWindow;
import it.ordo.ui.shell.ScreenCatalog;
import it.ordo.ui.shell.ShellViewModel;
import it.ordo.ui.start.ConnectionChoice;
import it.ordo.ui.start.FirstRunView;
import it.ordo.ui.start.FirstRunViewModel;
import it.ordo.ui.start.SignInView;
import it.ordo.ui.start.SignInViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop application and the only desktop class that touches the
 * infrastructure: it reads this workstation's settings, opens the database in
 * the background (creating the demo company on a first embedded start), and
 * walks the user through first run, sign-in and the main window.
 */
public final class OrdoDesktop extends Application {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final Path fixedDataDir;
    private Path dataDir;
    private WorkstationConfig config;
    private Texts texts;
    private Scene scene;
    private Stage stage;
    private OrdoContext unsigned;
    private MainWindow main;
    private boolean dark;
    /** Looked up in init(), off the JavaFX thread: the embedded database's folder and whether it exists. */
    private Path databaseFolder;
    private boolean embeddedDatabaseExists;

    private final java.util.function.Consumer<Path> fileOpener;

    public OrdoDesktop() {
        this(null, null);
    }

    /**
     * A desktop on this data folder (tests, the screenshot tour). Files such as
     * confirmation PDFs go to {@code fileOpener} instead of the system viewer when it is not null.
     */
    public OrdoDesktop(Path dataDir, java.util.function.Consumer<Path> fileOpener) {
        this.fixedDataDir = dataDir;
        this.fileOpener = fileOpener;
    }

    @Override
    public void init() {
        String named = getParameters() == null ? null : getParameters().getNamed().get("data-dir");
        dataDir = fixedDataDir != null ? fixedDataDir : DataDirectory.resolve(named == null ? null : Path.of(named));
        // Stack traces go to a file the user can send to support, never to the screen.
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            try {
                Files.createDirectories(dataDir.resolve("logs"));
                System.setProperty("org.slf4j.simpleLogger.logFile", dataDir.resolve("logs").resolve("ordo.log").toString());
            } catch (java.io.IOException e) {
                // Logging stays on standard error: the desktop still works.
            }
        }
        config = WorkstationConfig.load(dataDir);
        databaseFolder = DatabaseSettings.databaseFolder(dataDir);
        embeddedDatabaseExists = Files.exists(databaseFolder.resolve("service.properties"));
        Locale locale = config.get("language").map(Locale::forLanguageTag)
                .orElse("it".equals(Locale.getDefault().getLanguage()) ? Locale.ITALY : Locale.getDefault());
        Locale.setDefault(locale);
        texts = new Texts(locale);
        dark = config.get("theme").map("dark"::equals).orElse(false);
    }

    @Override
    public void start(Stage primary) {
        if (config == null) {
            init(); // started by a test harness that skips init()
        }
        stage = primary;
        // A bug must not show a stack trace or kill the window: it is logged, and the user reads what to do.
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            String text = Problems.describe(texts, error);
            if (main != null) {
                main.notify(text);
            }
        });
        applyTheme();
        scene = new Scene(new StackPane(), 1280, 760);
        scene.getStylesheets().add(OrdoDesktop.class.getResource("/it/ordo/ui/ordo.css").toExternalForm());
        stage.setTitle(texts.get("ui.app.title"));
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.show();
        if (config.isFirstRun() && !embeddedDatabaseExists) {
            showFirstRun();
        } else {
            if (config.isFirstRun()) {
                // A data folder made by the command line: it already holds this workstation's database.
                config.set("database", "embedded");
                saveConfig();
            }
            openDatabase();
        }
    }

    private void showFirstRun() {
        FirstRunViewModel model = new FirstRunViewModel(texts, executor, this::test);
        if (DemoData.installed().isEmpty()) {
            model.demoUnavailable();
        }
        FirstRunView view = new FirstRunView(model, texts, databaseFolder.toString(), choice -> {
            config.set("database", choice.isEmbedded() ? "embedded" : "shared")
                    .set("url", choice.url())
                    .set("where", choice.where())
                    .set("account", choice.account())
                    .set("account.password", choice.password())
                    .set("demo", choice.isEmbedded() && model.demoProperty().get() ? "true" : null);
            saveConfig();
            openDatabase();
        });
        setRoot(view);
    }

    private boolean embedded() {
        return !"shared".equals(config.get("database").orElse("embedded"));
    }

    private DatabaseSettings settings() {
        if (embedded()) {
            return DatabaseSettings.embedded(dataDir, config.get("account").orElse(null),
                    config.get("account.password").orElse(null));
        }
        return DatabaseSettings.remote(config.get("url").orElseThrow(), config.get("account").orElse(null),
                config.get("account.password").orElse(null));
    }

    private void openDatabase() {
        Label progress = new Label(texts.get("ui.start.opening"));
        progress.setId("start-progress");
        ProgressIndicator spinner = new ProgressIndicator();
        VBox waiting = new VBox(16, spinner, progress);
        waiting.setAlignment(javafx.geometry.Pos.CENTER);
        waiting.setPadding(new Insets(40));
        setRoot(waiting);
        DatabaseSettings settings = settings();
        boolean demoWanted = config.get("demo").isPresent();
        Optional<DemoData> demo = DemoData.installed();
        executor.run(() -> {
            OrdoContext ctx = OrdoContext.open(settings, embedded() ? localUser() : CurrentUser.NOBODY, Clock.systemDefaultZone());
            try {
                if (embedded() && !ctx.setup().isInitialized() && demoWanted && demo.isPresent()) {
                    ctx.generateDemo(demo.get(), 42L, line -> Platform.runLater(
                            () -> progress.setText(texts.get("ui.start.demo", line))));
                }
                return ctx;
            } catch (RuntimeException e) {
                ctx.close();
                throw e;
            }
        }, ctx -> {
            unsigned = ctx;
            afterOpening();
        }, error -> {
            spinner.setVisible(false);
            progress.setText(texts.get("ui.start.failed", Problems.describe(texts, error)));
        });
    }

    private static CurrentUser localUser() {
        String name = System.getProperty("user.name", "ordo");
        return () -> name;
    }

    /** Sign-in when the database has users; the trusted local user on an embedded database that has none. */
    private void afterOpening() {
        executor.run(() -> new boolean[] {unsigned.authentication().hasUsers(),
                        embedded() && unsigned.setup().isInitialized()},
                found -> {
                    if (found[0]) {
                        showSignIn();
                    } else if (found[1]) {
                        signedIn(new Session(System.getProperty("user.name", "ordo"), EnumSet.allOf(Role.class), false));
                    } else {
                        Label empty = new Label(texts.get("ui.start.noCompany"));
                        empty.setWrapText(true);
                        empty.setPadding(new Insets(40));
                        setRoot(new StackPane(empty));
                    }
                }, error -> showProblemScreen(error));
    }

    private void showProblemScreen(Throwable error) {
        Label problem = new Label(texts.get("ui.start.failed", Problems.describe(texts, error)));
        problem.setWrapText(true);
        problem.setPadding(new Insets(40));
        setRoot(new StackPane(problem));
    }

    private void showSignIn() {
        SignInViewModel model = new SignInViewModel(unsigned.authentication(), texts, executor, this::signedIn);
        config.get("lastUser").ifPresent(model.usernameProperty()::set);
        model.checkDemo();
        SignInView view = new SignInView(model, texts, where() == null ? texts.get("ui.signIn.embedded") : where(),
                () -> {
                    unsigned.close();
                    unsigned = null;
                    showFirstRun();
                });
        setRoot(view);
        view.focus();
    }

    private String where() {
        return embedded() ? null : config.get("where").orElse(config.get("url").orElse(""));
    }

    private void signedIn(Session session) {
        config.set("lastUser", session.username());
        saveConfig();
        OrdoContext ordo = unsigned.as(session);
        ShellViewModel model = new ShellViewModel(texts, executor, session, ordo.access(), where(),
                () -> ordo.setup().isInitialized(), Clock.systemDefaultZone());
        main = new MainWindow(texts, executor, executor.runningProperty(), ordo, session, model, new ScreenCatalog(),
                new MainWindow.Host() {
                    @Override
                    public void signOut() {
                        main.closeAll();
                        main = null;
                        showSignIn();
                    }

                    @Override
                    public void switchLanguage(Locale locale) {
                        config.set("language", locale.toLanguageTag());
                        saveConfig();
                        Locale.setDefault(locale);
                        texts = new Texts(locale);
                        stage.setTitle(texts.get("ui.app.title"));
                        main.closeAll();
                        signedIn(session);
                    }

                    @Override
                    public void switchTheme(boolean toDark) {
                        dark = toDark;
                        config.set("theme", dark ? "dark" : "light");
                        saveConfig();
                        applyTheme();
                    }

                    @Override
                    public boolean darkTheme() {
                        return dark;
                    }

                    @Override
                    public void openFile(Path file) {
                        if (fileOpener != null) {
                            fileOpener.accept(file);
                        } else {
                            getHostServices().showDocument(file.toUri().toString());
                        }
                    }
                });
        setRoot(main);
        main.openStart();
    }

    /** Writes the settings file in the background: the JavaFX thread never waits on a file. */
    private void saveConfig() {
        executor.run(() -> {
            synchronized (config) {
                config.save();
            }
            return null;
        }, done -> { }, error -> Problems.describe(texts, error));
    }

    /** The main window, when signed in: for the end-to-end tests and the screenshot tour. */
    public MainWindow mainWindow() {
        return main;
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void setRoot(Parent root) {
        if (!(root instanceof MainWindow)) {
            root.getStyleClass().add("ordo-start");
        }
        scene.setRoot(root);
    }

    /** The first-run screen's connection test: opens the shared database, counts what it holds, closes it again. */
    private String test(ConnectionChoice choice) {
        DatabaseSettings candidate = DatabaseSettings.remote(choice.url(), choice.account(), choice.password());
        OrdoContext probe;
        try {
            probe = OrdoContext.open(candidate, () -> "connection-test", Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            throw new DomainException(refusedAccount(e) ? "ui.connect.refused" : "ui.connect.unreachable", choice.where());
        }
        try (probe) {
            if (!probe.setup().isInitialized()) {
                throw new DomainException("ui.connect.notOrdo", choice.where());
            }
            SetupService.Counts counts = probe.setup().counts();
            return texts.get("ui.connect.summary", texts.get("ui.firstRun.kind." + choice.kind().name()),
                    texts.number(java.math.BigDecimal.valueOf(counts.customers())),
                    texts.number(java.math.BigDecimal.valueOf(counts.orders())));
        }
    }

    /** Derby says 08004 for a refused account, PostgreSQL 28P01/28000. */
    private static boolean refusedAccount(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("08004") || sql.getSQLState().startsWith("28"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void stop() {
        if (main != null) {
            main.closeAll();
        }
        // Let a draft being saved reach the database before it closes.
        executor.drain(5);
        if (unsigned != null) {
            unsigned.close();
        }
    }
}
