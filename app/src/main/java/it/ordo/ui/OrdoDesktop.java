package it.ordo.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import it.ordo.OrdoContext;
import it.ordo.application.CurrentUser;
import it.ordo.application.Services;
import it.ordo.application.security.Session;
import it.ordo.application.setup.DemoData;
import it.ordo.domain.DomainException;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.infrastructure.DataDirectory;
import it.ordo.infrastructure.WorkstationConfig;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.infrastructure.persistence.DatabaseUnavailableException;
import it.ordo.infrastructure.remote.RemoteServices;
import it.ordo.ui.shell.MainWindow;
import it.ordo.ui.shell.ScreenCatalog;
import it.ordo.ui.shell.ShellViewModel;
import it.ordo.ui.start.FirstRunView;
import it.ordo.ui.start.FirstRunViewModel;
import it.ordo.ui.start.SignInView;
import it.ordo.ui.start.SignInViewModel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
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
    /** In shared mode: the Ordo server, reached with the pinned certificate; no database here. */
    private RemoteServices remote;
    private MainWindow main;
    private boolean dark;
    /** Looked up in init(), off the JavaFX thread: the embedded database's folder and whether it exists. */
    private Path databaseFolder;
    private boolean embeddedDatabaseExists;

    private final java.util.function.Consumer<Path> fileOpener;
    private final java.util.function.Function<String, java.util.Optional<Path>> saveAnswer;

    public OrdoDesktop() {
        this(null, null);
    }

    /**
     * A desktop on this data folder (tests, the screenshot tour). Files such as
     * confirmation PDFs go to {@code fileOpener} instead of the system viewer when it is not null.
     */
    public OrdoDesktop(Path dataDir, java.util.function.Consumer<Path> fileOpener) {
        this(dataDir, fileOpener, null);
    }

    /**
     * The same, with the answers to "save as" ({@code saveAnswer} takes the name proposed and gives where
     * to save) instead of the system's save dialog, which no test can drive.
     */
    public OrdoDesktop(Path dataDir, java.util.function.Consumer<Path> fileOpener,
                       java.util.function.Function<String, java.util.Optional<Path>> saveAnswer) {
        this.fixedDataDir = dataDir;
        this.fileOpener = fileOpener;
        this.saveAnswer = saveAnswer;
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
        if (config.isFirstRun() && !embeddedDatabaseExists || "shared".equals(config.get("database").orElse(null))) {
            // "shared" is an earlier release's direct database connection: workstations now go through a server.
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
            config.set("database", choice.isEmbedded() ? "embedded" : "server")
                    .set("server", choice.isEmbedded() ? null : choice.server().toString())
                    .set("where", choice.where())
                    // No database account on a workstation of a server; an earlier release may have kept one here.
                    .set("url", null).set("account", null).set("account.password", null)
                    .set("demo", choice.isEmbedded() && model.demoProperty().get() ? "true" : null);
            if (!choice.isEmbedded()) {
                config.set(RemoteServices.pinKey(choice.server()), choice.fingerprint());
            }
            saveConfig();
            openDatabase();
        });
        setRoot(view);
    }

    private boolean embedded() {
        return !"server".equals(config.get("database").orElse("embedded"));
    }

    /** The embedded database, with the account an administrator may have given the folder (ordo server start). */
    private DatabaseSettings settings() {
        return DatabaseSettings.embedded(dataDir, config.get("account").orElse(null),
                config.get("account.password").orElse(null));
    }

    private void openDatabase() {
        if (!embedded()) {
            // Nothing to open here: the server is reached when the user signs in, with the pinned certificate.
            URI server = URI.create(config.get("server").orElseThrow());
            String pinned = config.get(RemoteServices.pinKey(server)).orElse(null);
            if (pinned == null) {
                showFirstRun();
                return;
            }
            remote = RemoteServices.connect(server, pinned);
            showSignIn();
            return;
        }
        DatabaseSettings settings = settings();
        if (embeddedDatabaseExists) {
            // The sign-in screen at once, the database opened meanwhile: the user types while Derby, Flyway and
            // Hibernate start, and the sign-in button comes on when they are done.
            SignInViewModel early = SignInViewModel.opening(texts, executor, this::signedIn);
            showSignIn(early);
            executor.run(() -> OrdoContext.open(settings, localUser(), Clock.systemDefaultZone()), ctx -> {
                unsigned = ctx;
                afterOpening(early);
            }, error -> early.failed(texts.get("ui.start.failed", Problems.describe(texts, error))));
            return;
        }
        Label progress = new Label(texts.get("ui.start.opening"));
        progress.setId("start-progress");
        ProgressIndicator spinner = new ProgressIndicator();
        VBox waiting = new VBox(16, spinner, progress);
        waiting.setAlignment(javafx.geometry.Pos.CENTER);
        waiting.setPadding(new Insets(40));
        setRoot(waiting);
        boolean demoWanted = config.get("demo").isPresent();
        Optional<DemoData> demo = DemoData.installed();
        executor.run(() -> {
            // A new database gets the demo company made when the package was built, when there is one.
            if (embedded() && demoWanted && demo.isPresent() && !java.nio.file.Files.exists(settings.embeddedFolder())) {
                demo.get().copyPrebuilt(settings.embeddedFolder(), 42L, Clock.systemDefaultZone(), line -> Platform.runLater(
                        () -> progress.setText(texts.get("ui.start.demo", line))));
            }
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
            afterOpening(null);
        }, error -> {
            spinner.setVisible(false);
            progress.setText(texts.get("ui.start.failed", Problems.describe(texts, error)));
        });
    }

    private static CurrentUser localUser() {
        String name = System.getProperty("user.name", "ordo");
        return () -> name;
    }

    /**
     * Sign-in when the database has users; the trusted local user on an embedded database that has none. An
     * embedded database left empty by a first start that was interrupted gets the demo company it was to get.
     */
    private void afterOpening(SignInViewModel early) {
        boolean demoWanted = config.get("demo").isPresent() && DemoData.installed().isPresent();
        executor.run(() -> new boolean[] {unsigned.authentication().hasUsers(),
                        embedded() && unsigned.setup().isInitialized()},
                found -> {
                    if (!found[1] && !found[0] && embedded() && demoWanted) {
                        closeConnection();
                        embeddedDatabaseExists = false;
                        openDatabase();
                    } else if (found[0]) {
                        if (early != null) {
                            early.ready(unsigned.authentication());
                        } else {
                            showSignIn();
                        }
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
        SignInViewModel model = new SignInViewModel(remote != null ? remote : unsigned.authentication(), texts, executor,
                this::signedIn);
        model.checkDemo();
        showSignIn(model);
        if (remote != null) {
            // The TLS handshake while the user types, not after "Sign in" is pressed.
            RemoteServices server = remote;
            executor.run(() -> {
                server.connectNow();
                return null;
            }, done -> { }, ignored -> { });
        }
    }

    private void showSignIn(SignInViewModel model) {
        config.get("lastUser").ifPresent(model.usernameProperty()::set);
        SignInView view = new SignInView(model, texts, where() == null ? texts.get("ui.signIn.embedded") : where(),
                () -> {
                    closeConnection();
                    showFirstRun();
                });
        setRoot(view);
        view.focus();
    }

    private String where() {
        return embedded() ? null : config.get("where").orElse(config.get("server").orElse(""));
    }

    private void closeConnection() {
        if (unsigned != null) {
            unsigned.close();
            unsigned = null;
        }
        if (remote != null) {
            remote.close();
            remote = null;
        }
    }

    private void signedIn(Session session) {
        config.set("lastUser", session.username());
        saveConfig();
        Services ordo;
        Callable<?> ping;
        if (remote != null) {
            ordo = remote.services();
            // The status bar's "is it still there": the server answers whether this session is still open.
            RemoteServices server = remote;
            ping = server::ping;
        } else {
            OrdoContext local = unsigned.as(session);
            ordo = local;
            ping = () -> local.setup().isInitialized();
        }
        ShellViewModel model = new ShellViewModel(texts, executor, session, ordo.access(), where(), ping,
                Clock.systemDefaultZone());
        main = new MainWindow(texts, executor, executor.runningProperty(), ordo, session, model, new ScreenCatalog(),
                new MainWindow.Host() {
                    @Override
                    public void signOut() {
                        main.closeAll();
                        main = null;
                        if (remote != null) {
                            RemoteServices leaving = remote;
                            executor.run(() -> {
                                leaving.signOut();
                                return null;
                            }, done -> { }, error -> { });
                        }
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

                    @Override
                    public java.util.Optional<Path> chooseSaveFile(javafx.stage.Window owner, String suggestedName,
                            java.util.List<javafx.stage.FileChooser.ExtensionFilter> filters) {
                        return saveAnswer != null ? saveAnswer.apply(suggestedName)
                                : MainWindow.Host.super.chooseSaveFile(owner, suggestedName, filters);
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

    /** The first-run screen's test: the Ordo server's certificate fingerprint, for the user to compare and pin. */
    private String test(URI server) {
        try {
            return RemoteServices.probe(server);
        } catch (DatabaseUnavailableException e) {
            throw new DomainException("ui.connect.unreachable", server.toString());
        }
    }

    @Override
    public void stop() {
        if (main != null) {
            main.closeAll();
        }
        // Let a draft being saved reach the database before it closes.
        executor.drain(5);
        closeConnection();
    }
}
