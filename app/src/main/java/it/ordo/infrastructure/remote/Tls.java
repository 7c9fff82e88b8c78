package it.ordo.infrastructure.remote;

import it.ordo.domain.DomainException;
import it.ordo.infrastructure.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The server's certificate and the workstation's trust in it. An
 * administrator may give a keystore signed by the company's own authority;
 * otherwise the server makes a self-signed one in its data folder on first
 * start (with the JDK's {@code keytool}) and prints its SHA-256 fingerprint.
 * Workstations trust a server as SSH does: the fingerprint seen at the first
 * connection is pinned, and a different certificate later is refused, which is
 * what a machine pretending to be the server would present.
 */
public final class Tls {

    /** Where a generated keystore and its password live, inside the server's data folder. */
    static final String FOLDER = "server-tls";
    static final String KEYSTORE = "ordo-server.p12";
    static final String PASSWORD_FILE = "keystore.password";
    static final String ALIAS = "ordo";

    private Tls() {
    }

    /** The server's TLS: its context and the fingerprint workstations will pin. */
    public record Identity(SSLContext context, String fingerprint, Path keystore, boolean generated) {
    }

    /**
     * The keystore given (PKCS#12 or JKS, its password given), or the one in
     * {@code <dataDir>/server-tls}, made on the first start.
     */
    public static Identity serverIdentity(Path dataDir, Path keystore, char[] password) {
        boolean generated = false;
        if (keystore == null) {
            Path folder = dataDir.resolve(FOLDER);
            keystore = folder.resolve(KEYSTORE);
            Path passwordFile = folder.resolve(PASSWORD_FILE);
            try {
                if (!Files.exists(keystore)) {
                    OwnerOnly.createDirectories(folder);
                    byte[] random = new byte[24];
                    new SecureRandom().nextBytes(random);
                    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                    generate(keystore, secret);
                    OwnerOnly.writeString(passwordFile, secret);
                    generated = true;
                }
                password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
            } catch (IOException e) {
                throw new DomainException("server.tls.keystore", keystore.toString(), String.valueOf(e.getMessage()));
            }
        }
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance(keystore.toString().toLowerCase(Locale.ROOT).endsWith(".jks")
                    ? "JKS" : "PKCS12");
            store.load(in, password);
            String alias = keyAlias(store);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return new Identity(context, fingerprint(store.getCertificate(alias)), keystore, generated);
        } catch (IOException | GeneralSecurityException e) {
            throw new DomainException("server.tls.keystore", keystore.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static String keyAlias(KeyStore store) throws GeneralSecurityException {
        for (String alias : java.util.Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new GeneralSecurityException("no private key in the keystore");
    }

    /** A self-signed EC certificate for ten years, made by the JDK's own keytool. */
    private static void generate(Path keystore, String password) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "keytool.exe" : "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new IOException("no keytool in " + keytool.getParent() + ": give the server a keystore");
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        List<String> command = new ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "3650",
                "-dname", "CN=Ordo server " + host.replaceAll("[^A-Za-z0-9.-]", "-"),
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass:env", "ORDO_KEYSTORE_PASSWORD"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // In the environment of the child only: a password on the command line is visible to every local user.
        builder.environment().put("ORDO_KEYSTORE_PASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("keytool failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran", e);
        }
        OwnerOnly.restrict(keystore);
    }

    /** {@code SHA256:AB:CD:…}: the certificate's SHA-256, as a person compares it on two screens. */
    public static String fingerprint(Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return "SHA256:" + HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether two fingerprints name the same certificate (case and the prefix do not matter). */
    public static boolean same(String a, String b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }

    private static String normalize(String fingerprint) {
        return fingerprint.toUpperCase(Locale.ROOT).replace("SHA256:", "").replace(":", "").strip();
    }

    /**
     * Trusts exactly the pinned certificate, whatever name or authority it has
     * (the pin is the trust, as with SSH). With no pin yet (the first
     * connection) it trusts what is presented and remembers it, for the
     * workstation to show and pin.
     */
    static final class Pinning extends X509ExtendedTrustManager {

        private final String pinned;
        private volatile String seen;

        Pinning(String pinned) {
            this.pinned = pinned;
        }

        String seen() {
            return seen;
        }

        SSLContext context() {
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {this}, null);
                return context;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private void check(X509Certificate[] chain) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("no certificate");
            }
            seen = fingerprint(chain[0]);
            if (pinned != null && !same(pinned, seen)) {
                throw new CertificateException("the server's certificate is not the pinned one");
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
