package org.tagbench.simulator.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The simulator's server certificate, kept in a PKCS12 key store in the state folder so that its
 * fingerprint stays the same across restarts. Thread-safe.
 */
public final class CertificateStore {

    /** File name of the key store inside the state folder. */
    public static final String FILE_NAME = "simulator-keystore.p12";
    /** Password of the key store and its key; the store only guards a throw-away test certificate. */
    public static final String PASSWORD = "tagbench-simulator";
    private static final String ALIAS = "simulator";

    private final Path file;
    private volatile State state;

    private record State(X509Certificate certificate, SSLContext context) {
    }

    private CertificateStore(Path file, State state) {
        this.file = file;
        this.state = state;
    }

    /** Loads the key store from the state folder, creating it with a new certificate when absent. */
    public static CertificateStore open(Path stateDir) throws IOException, GeneralSecurityException {
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve(FILE_NAME);
        KeyStore store;
        if (Files.exists(file)) {
            store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, PASSWORD.toCharArray());
            } catch (IOException e) {
                throw new IOException("Cannot read the simulator key store " + file + " (" + e.getMessage()
                        + "). Delete it to get a new certificate.", e);
            }
        } else {
            store = newStore();
            save(store, file);
        }
        return new CertificateStore(file, state(store));
    }

    /** Makes a new certificate, saves it and serves it to new connections. */
    public synchronized void rotate() throws IOException, GeneralSecurityException {
        KeyStore store = newStore();
        save(store, file);
        state = state(store);
    }

    public SSLContext sslContext() {
        return state.context();
    }

    public X509Certificate certificate() {
        return state.certificate();
    }

    /** SHA-256 fingerprint of the certificate, lowercase hex without colons. */
    public String sha256() {
        return sha256(certificate());
    }

    public static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime.", e);
        }
    }

    /** The certificate in PEM form. */
    public String pem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            .encodeToString(certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    private static KeyStore newStore() throws IOException, GeneralSecurityException {
        SelfSignedCertificate.Issued issued = SelfSignedCertificate.create("localhost");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, issued.keys().getPrivate(), PASSWORD.toCharArray(),
                new Certificate[] { issued.certificate() });
        return store;
    }

    private static void save(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, PASSWORD.toCharArray());
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static State state(KeyStore store) throws GeneralSecurityException {
        if (!(store.getKey(ALIAS, PASSWORD.toCharArray()) instanceof PrivateKey)) {
            throw new GeneralSecurityException("The simulator key store holds no key named '" + ALIAS
                    + "'. Delete it to get a new certificate.");
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return new State((X509Certificate) store.getCertificate(ALIAS), context);
    }
}
