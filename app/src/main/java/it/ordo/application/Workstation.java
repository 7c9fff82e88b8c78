package it.ordo.application;

/** This machine's name, looked up once: a name lookup can be slow and the answer does not change. */
public final class Workstation {

    private static final String NAME = lookup();

    private Workstation() {
    }

    public static String name() {
        return NAME;
    }

    private static String lookup() {
        String host = System.getenv("COMPUTERNAME");
        if (host == null) {
            host = System.getenv("HOSTNAME");
        }
        if (host == null) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "unknown";
            }
        }
        return host;
    }
}
