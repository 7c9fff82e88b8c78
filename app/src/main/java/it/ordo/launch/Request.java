package it.ordo.launch;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command handed to the resident process: what a process of its own would have had from the caller. The
 * locales, time zone and output charset are the client JVM's own, derived from LANG, LC_* and TZ exactly as the
 * JVM that would have run the command derives them.
 *
 * @param environment the entries Ordo reads ({@link #forwarded}), not the whole environment
 * @param terminal whether the caller has a terminal to type a password on
 */
public record Request(String[] args, Path workingDirectory, Map<String, String> environment, boolean terminal,
        String locale, String displayLocale, String formatLocale, String timeZone, String charset) {

    /** ORDO_* (passwords, data folder, debugging), the locale's variables, and where the data folder defaults to. */
    static boolean forwarded(String name) {
        return name.startsWith("ORDO_") || name.equals("LANG") || name.startsWith("LC_") || name.equals("TZ")
                || name.equals("XDG_DATA_HOME") || name.equals("LOCALAPPDATA");
    }

    static Map<String, String> forwarded(Map<String, String> environment) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : environment.entrySet()) { // no lambda: the client starts faster
            if (forwarded(entry.getKey())) {
                kept.put(entry.getKey(), entry.getValue());
            }
        }
        return kept;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(args.length);
        for (String arg : args) {
            Resident.writeString(out, arg);
        }
        Resident.writeString(out, workingDirectory.toString());
        out.writeInt(environment.size());
        for (Map.Entry<String, String> e : environment.entrySet()) {
            Resident.writeString(out, e.getKey());
            Resident.writeString(out, e.getValue());
        }
        out.writeBoolean(terminal);
        Resident.writeString(out, locale);
        Resident.writeString(out, displayLocale);
        Resident.writeString(out, formatLocale);
        Resident.writeString(out, timeZone);
        Resident.writeString(out, charset);
    }

    public static Request read(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 10_000) {
            throw new IOException("bad argument count " + count);
        }
        String[] args = new String[count];
        for (int i = 0; i < count; i++) {
            args[i] = Resident.readString(in);
        }
        Path directory = Path.of(Resident.readString(in));
        int entries = in.readInt();
        if (entries < 0 || entries > 10_000) {
            throw new IOException("bad environment size " + entries);
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            environment.put(Resident.readString(in), Resident.readString(in));
        }
        return new Request(args, directory, Map.copyOf(environment), in.readBoolean(), Resident.readString(in),
                Resident.readString(in), Resident.readString(in), Resident.readString(in), Resident.readString(in));
    }
}
