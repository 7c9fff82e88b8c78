package it.ordo;

import it.ordo.cli.Cli;
import it.ordo.cli.ResidentProcess;
import it.ordo.launch.Resident;
import it.ordo.launch.ResidentClient;
import it.ordo.ui.DesktopLauncher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Starts Ordo: the desktop when called without arguments, the command line otherwise. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate logs through JBoss Logging: route it to SLF4J like everything else.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        String training = System.getProperty(TRAINING);
        if (training != null) {
            System.exit(train(Path.of(training)));
        }
        String serve = System.getenv(Resident.SERVE);
        if (serve != null && args.length == 0) {
            // Started by the command's client (it.ordo.launch): the resident process of that data folder.
            System.exit(ResidentProcess.serve(Path.of(serve)));
        }
        if (args.length == 0) {
            DesktopLauncher.launch(args);
            return;
        }
        // "ordo --data-dir DIR" and nothing else: the desktop on that data folder.
        if (args.length <= 2 && args[0].startsWith("--data-dir") && (args.length == 2) != args[0].contains("=")) {
            DesktopLauncher.launch(new String[] {args.length == 2 ? "--data-dir=" + args[1] : args[0]});
            return;
        }
        // "ordo resident status|stop" is the client's, also when the command runs here (ORDO_RESIDENT=0, Windows).
        Integer control = ResidentClient.control(args);
        System.exit(control != null ? control : Cli.run(args));
    }

    /**
     * Names a file of commands, one a line with their arguments separated by tabs, that one process runs one
     * after the other: the installer's training run of the ahead-of-time class cache (installer/linux/build.sh),
     * which can record only one process and must see commands on this workstation's own database and in shared
     * mode alike. Stops at the first command that fails. A line {@value #DESKTOP} (with the desktop's
     * {@code --data-dir=DIR}) starts the desktop until its window shows, when there is a display.
     */
    static final String TRAINING = "ordo.training";
    static final String DESKTOP = "desktop";

    private static int train(Path commands) {
        List<String> lines;
        try {
            lines = Files.readAllLines(commands, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println(commands + ": " + e.getMessage());
            return 2;
        }
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] args = line.split("\t");
            if (args[0].equals(DESKTOP)) {
                if (!DesktopLauncher.showOnceForTraining(java.util.Arrays.copyOfRange(args, 1, args.length))) {
                    System.err.println("training: no desktop window (no display?): the cache holds the commands only");
                }
                continue;
            }
            int exit = Cli.run(args);
            if (exit != 0) {
                System.err.println("training stopped: exit " + exit + " from: " + line.replace('\t', ' '));
                return exit;
            }
        }
        return 0;
    }
}
