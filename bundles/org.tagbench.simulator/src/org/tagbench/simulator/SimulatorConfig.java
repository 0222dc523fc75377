package org.tagbench.simulator;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to start a {@link Simulator}; immutable. Build with {@link #builder()}.
 */
public final class SimulatorConfig {

    /** The port WinCC's REST service usually listens on, and the standalone default. */
    public static final int STANDARD_PORT = 34568;

    /** A configured user. */
    public record User(String name, String password, Set<Role> roles) {

        public User {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }
    }

    private final int port;
    private final String bindAddress;
    private final boolean https;
    private final Path stateDir;
    private final Plant plant;
    private final Path plantFile;
    private final Map<String, User> users;
    private final String adminUser;
    private final String adminPassword;
    private final Variants variants;
    private final FaultSpec faults;
    private final int threads;

    private SimulatorConfig(Builder b) {
        port = b.port;
        bindAddress = b.bindAddress;
        https = b.https;
        stateDir = b.stateDir;
        plant = b.plant;
        plantFile = b.plantFile;
        users = b.users.isEmpty() ? defaultUsers() : Map.copyOf(b.users);
        adminUser = b.adminUser;
        adminPassword = b.adminPassword;
        variants = b.variants;
        faults = b.faults;
        threads = b.threads;
    }

    private static Map<String, User> defaultUsers() {
        return Map.of("reader", new User("reader", "reader", Set.of(Role.READ)),
                "operator", new User("operator", "operator", Set.of(Role.READ, Role.WRITE)),
                "guest", new User("guest", "guest", Set.of()));
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return port;
    }

    public String bindAddress() {
        return bindAddress;
    }

    public boolean https() {
        return https;
    }

    /** Where the certificate and the persisted runtime state live; may be null for plain HTTP. */
    public Path stateDir() {
        return stateDir;
    }

    /** The given plant, or null when {@link #plantFile()} or the demo plant is used. */
    public Plant plant() {
        return plant;
    }

    /** The plant file to load at start, or null. */
    public Path plantFile() {
        return plantFile;
    }

    public Map<String, User> users() {
        return users;
    }

    public String adminUser() {
        return adminUser;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public Variants variants() {
        return variants;
    }

    public FaultSpec faults() {
        return faults;
    }

    /** Worker threads serving requests. */
    public int threads() {
        return threads;
    }

    /** Builds a {@link SimulatorConfig}. */
    public static final class Builder {
        private int port;
        private String bindAddress = "127.0.0.1";
        private boolean https = true;
        private Path stateDir;
        private Plant plant;
        private Path plantFile;
        private final Map<String, User> users = new LinkedHashMap<>();
        private String adminUser = "admin";
        private String adminPassword = "admin";
        private Variants variants = Variants.DEFAULTS;
        private FaultSpec faults = FaultSpec.NONE;
        private int threads = 16;

        private Builder() {
        }

        /** The port; 0 (the default) takes a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("Port " + value + " is not between 0 and 65535.");
            }
            port = value;
            return this;
        }

        public Builder bindAddress(String value) {
            bindAddress = Objects.requireNonNull(value, "bindAddress");
            return this;
        }

        /** HTTPS (default) or plain HTTP. */
        public Builder https(boolean value) {
            https = value;
            return this;
        }

        /** The folder for the certificate and persisted runtime state; required for HTTPS. */
        public Builder stateDir(Path value) {
            stateDir = value;
            return this;
        }

        public Builder plant(Plant value) {
            plant = value;
            plantFile = null;
            return this;
        }

        /** A plant JSON file or CSV tag table, loaded at start. */
        public Builder plantFile(Path value) {
            plantFile = value;
            plant = null;
            return this;
        }

        /**
         * Adds a user. Without any, the users are reader/reader (READ), operator/operator
         * (READ, WRITE) and guest/guest (no roles).
         */
        public Builder user(String name, String password, Role... roles) {
            users.put(name, new User(name, password, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles)));
            return this;
        }

        public Builder adminCredentials(String user, String password) {
            adminUser = Objects.requireNonNull(user, "user");
            adminPassword = Objects.requireNonNull(password, "password");
            return this;
        }

        public Builder variants(Variants value) {
            variants = Objects.requireNonNull(value, "variants");
            return this;
        }

        public Builder faults(FaultSpec value) {
            faults = value == null ? FaultSpec.NONE : value;
            return this;
        }

        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("The simulator needs at least one worker thread.");
            }
            threads = value;
            return this;
        }

        /**
         * @throws IllegalStateException when HTTPS is chosen without a state folder
         */
        public SimulatorConfig build() {
            if (https && stateDir == null) {
                throw new IllegalStateException("HTTPS needs a state folder for its certificate: call stateDir(...)"
                        + " or choose https(false).");
            }
            return new SimulatorConfig(this);
        }
    }
}
