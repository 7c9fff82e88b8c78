package it.ordo.infrastructure;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a single workstation keeps its embedded database: the --data-dir
 * option, else ORDO_DATA_DIR, else the per-user folder of the operating system
 * (%LOCALAPPDATA%\Ordo on Windows, ~/.local/share/ordo elsewhere).
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path resolve(Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String fromEnv = env.get("ORDO_DATA_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local != null ? Path.of(local, "Ordo") : Path.of(userHome, "AppData", "Local", "Ordo");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "ordo") : Path.of(userHome, ".local", "share", "ordo");
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
