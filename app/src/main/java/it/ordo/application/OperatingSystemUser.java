package it.ordo.application;

/**
 * The operating-system account this process runs as, asked of the operating
 * system itself. Not the {@code user.name} property: anyone can start Java with
 * {@code -Duser.name=accounting}, and the audit trail would believe it.
 */
public final class OperatingSystemUser {

    private static final String NAME = lookup();

    private OperatingSystemUser() {
    }

    /** The account's name, without a Windows domain ("ORDO\\rossi" is "rossi"); "unknown" if the system won't say. */
    public static String name() {
        return NAME;
    }

    private static String lookup() {
        // Read by the JDK from the process's own credentials (the uid's passwd entry, the Windows token).
        String user = ProcessHandle.current().info().user().orElse("unknown");
        int domain = user.lastIndexOf('\\');
        return domain >= 0 ? user.substring(domain + 1) : user;
    }
}
