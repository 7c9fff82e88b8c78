package it.ordo;

import it.ordo.cli.Cli;
import it.ordo.ui.DesktopLauncher;

/** Starts Ordo: the desktop when called without arguments, the command line otherwise. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate logs through JBoss Logging: route it to SLF4J like everything else.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        if (args.length == 0) {
            DesktopLauncher.launch(args);
            return;
        }
        // "ordo --data-dir DIR" and nothing else: the desktop on that data folder.
        if (args.length <= 2 && args[0].startsWith("--data-dir") && (args.length == 2) != args[0].contains("=")) {
            DesktopLauncher.launch(new String[] {args.length == 2 ? "--data-dir=" + args[1] : args[0]});
            return;
        }
        System.exit(Cli.run(args));
    }
}
