package org.tagbench.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Map;

import org.tagbench.simulator.SimulatorConfig.User;
import org.tagbench.simulator.internal.http.RestServer;
import org.tagbench.simulator.internal.http.ServerContext;
import org.tagbench.simulator.internal.runtime.Engine;
import org.tagbench.simulator.internal.runtime.StateStore;
import org.tagbench.simulator.internal.runtime.TagTable;
import org.tagbench.simulator.internal.tls.CertificateStore;

/**
 * A running WinCC REST runtime simulator. Start with {@link #start(SimulatorConfig)}, stop with
 * {@link #close()}, which frees the port and saves the written values in the state folder.
 * Thread-safe.
 */
public final class Simulator implements AutoCloseable {

    private final SimulatorConfig config;
    private final Plant plant;
    private final Engine engine;
    private final Faults faults;
    private final CertificateStore certificates;
    private final StateStore state;
    private final RestServer server;
    private volatile Variants variants;
    private volatile boolean running = true;
    private volatile boolean closed;

    private Simulator(SimulatorConfig config) throws IOException, GeneralSecurityException {
        this.config = config;
        this.plant = resolvePlant(config);
        this.faults = new Faults(config.faults());
        this.variants = config.variants();
        this.state = config.stateDir() == null ? null : new StateStore(config.stateDir());
        if (state != null) {
            state.restore(plant.table());
        }
        this.certificates = config.https() ? CertificateStore.open(config.stateDir()) : null;
        this.engine = new Engine(plant.table(), plant.timers(), plant.archives(), plant.alarms());
        try {
            this.server = new RestServer(new Context(), config.bindAddress(), config.port(),
                    certificates == null ? null : certificates.sslContext(), config.threads());
        } catch (IOException e) {
            engine.close();
            throw new IOException("Cannot listen on " + config.bindAddress() + ":" + config.port() + " (" + e.getMessage()
                    + "). Choose another port, or stop the program that uses it.", e);
        }
    }

    private static Plant resolvePlant(SimulatorConfig config) throws IOException {
        if (config.plant() != null) {
            return config.plant();
        }
        if (config.plantFile() != null) {
            return Plant.load(config.plantFile());
        }
        return Plant.demo();
    }

    /**
     * Starts a simulator and returns once it accepts connections.
     *
     * @throws UncheckedIOException  when the port is taken or the plant or state cannot be read
     * @throws IllegalStateException when the certificate cannot be made
     */
    public static Simulator start(SimulatorConfig config) {
        try {
            return new Simulator(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up the simulator's certificate: " + e.getMessage(), e);
        }
    }

    public SimulatorConfig config() {
        return config;
    }

    public int port() {
        return server.port();
    }

    /** The service root, e.g. {@code https://127.0.0.1:34568/WinCCRestService}. */
    public URI baseUri() {
        return URI.create(root() + "/" + RestServer.REST_ROOT);
    }

    /** The admin endpoint root, e.g. {@code https://127.0.0.1:34568/simulator}. */
    public URI adminUri() {
        return URI.create(root() + "/" + RestServer.ADMIN_ROOT);
    }

    private String root() {
        String host = config.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "127.0.0.1";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return (config.https() ? "https" : "http") + "://" + host + ":" + port();
    }

    /**
     * The server certificate.
     *
     * @throws IllegalStateException when serving plain HTTP
     */
    public X509Certificate certificate() {
        return requireCertificates().certificate();
    }

    /** SHA-256 fingerprint of the certificate, lowercase hex without colons. */
    public String certificateSha256() {
        return requireCertificates().sha256();
    }

    /** The certificate in PEM form, for a trust store or a client's pinning. */
    public String certificatePem() {
        return requireCertificates().pem();
    }

    /** Writes the certificate as PEM to a file. */
    public void exportCertificate(Path file) throws IOException {
        Files.writeString(file, certificatePem());
    }

    /** Makes and serves a new certificate; open keep-alive connections keep the old one. */
    public void rotateCertificate() {
        CertificateStore store = requireCertificates();
        try {
            store.rotate();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the new certificate: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a new certificate: " + e.getMessage(), e);
        }
        server.useCertificate(store.sslContext());
    }

    private CertificateStore requireCertificates() {
        if (certificates == null) {
            throw new IllegalStateException("The simulator serves plain HTTP and has no certificate.");
        }
        return certificates;
    }

    /** Live fault control. */
    public Faults faults() {
        return faults;
    }

    public Variants variants() {
        return variants;
    }

    public void setVariants(Variants value) {
        variants = java.util.Objects.requireNonNull(value, "variants");
    }

    /** Stops the runtime: REST requests get 503, archives and alarms pause; written values are saved. */
    public void stopRuntime() {
        running = false;
        engine.setRunning(false);
        save();
    }

    public void startRuntime() {
        running = true;
        engine.setRunning(true);
    }

    public boolean runtimeRunning() {
        return running;
    }

    /**
     * Acknowledges an active message, as an operator at the runtime would (the REST API itself is
     * read-only for alarms).
     *
     * @return false when the message is not active or already acknowledged
     */
    public boolean acknowledgeAlarm(int messageNumber) {
        return engine.alarms().acknowledge(messageNumber, System.currentTimeMillis());
    }

    /** The plant with its live values. */
    public Plant plant() {
        return plant;
    }

    private void save() {
        if (state != null) {
            try {
                state.save(plant.table());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot save the runtime state in " + config.stateDir() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** Stops at once, frees the port and saves written values. Calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
            engine.close();
        } finally {
            save();
        }
    }

    /** The view of this simulator that the request handlers get. */
    private final class Context implements ServerContext {

        @Override
        public Plant plant() {
            return plant;
        }

        @Override
        public TagTable tags() {
            return plant.table();
        }

        @Override
        public Engine engine() {
            return engine;
        }

        @Override
        public Variants variants() {
            return variants;
        }

        @Override
        public void setVariants(Variants value) {
            Simulator.this.setVariants(value);
        }

        @Override
        public Faults faults() {
            return faults;
        }

        @Override
        public boolean runtimeRunning() {
            return running;
        }

        @Override
        public void stopRuntime() {
            Simulator.this.stopRuntime();
        }

        @Override
        public void startRuntime() {
            Simulator.this.startRuntime();
        }

        @Override
        public Map<String, User> users() {
            return config.users();
        }

        @Override
        public String adminUser() {
            return config.adminUser();
        }

        @Override
        public String adminPassword() {
            return config.adminPassword();
        }

        @Override
        public boolean https() {
            return certificates != null;
        }

        @Override
        public String certificateSha256() {
            return Simulator.this.certificateSha256();
        }

        @Override
        public String certificatePem() {
            return Simulator.this.certificatePem();
        }

        @Override
        public void rotateCertificate() {
            Simulator.this.rotateCertificate();
        }

        @Override
        public String baseUri() {
            return Simulator.this.baseUri().toString();
        }
    }
}
