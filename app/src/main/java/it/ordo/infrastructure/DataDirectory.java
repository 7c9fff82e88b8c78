package it.ordo.infrastructure;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a single workstation keeps its embedded database: the --data-dir
 * option, else ORDO_DATA_DIR, else the per-user folder of the operating system
 * (%LOCALAPPDATA%\Ordo on Windows, ~/.local/share/ordo elsewhere).
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path resolve(Path option, Map<String, String> env, String osName, String userHome) {
        return resolve(option, (Function<String, String>) env::get, osName, userHome);
    }

    /** As above, with the environment as a look-up (the caller's, in the resident process: it.ordo.launch). */
    public static Path resolve(Path option, Function<String, String> env, String osName, String userHome) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String fromEnv = env.apply("ORDO_DATA_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String local = env.apply("LOCALAPPDATA");
            return local != null ? Path.of(local, "Ordo") : Path.of(userHome, "AppData", "Local", "Ordo");
        }
        String xdg = env.apply("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "ordo") : Path.of(userHome, ".local", "share", "ordo");
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
