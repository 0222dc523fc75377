package org.tagbench.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import org.tagbench.simulator.internal.io.Json;
import org.tagbench.simulator.internal.io.PlantJson;

/**
 * Runs the simulator standalone: {@code java -cp ... org.tagbench.simulator.Main --port 34568 --plant plant.json}.
 * Prints the service URL, the admin URL and the certificate fingerprint, and stops cleanly on Ctrl+C.
 */
public final class Main {

    static final String USAGE = """
            Usage: tagbench simulator [options]
              --port N               port to listen on (default 34568; 0 takes a free port)
              --bind ADDRESS         address to listen on (default 127.0.0.1)
              --plant FILE           plant JSON or CSV tag table (default: the bundled demo plant)
              --generate TAGS,GROUPS[,FIRST]  generate a plant instead, e.g. --generate 100000,1000; FIRST
                                     gives the first group that many tags (e.g. 100000,1000,10000)
              --write-plant FILE     write the plant as JSON to FILE and exit
              --http                 serve plain HTTP instead of HTTPS
              --state DIR            folder for the certificate and saved values (default ./simulator-state)
              --user NAME:PASSWORD:ROLES  add a user; ROLES is READ, WRITE, READ,WRITE or empty (repeatable;
                                     default users reader:reader:READ, operator:operator:READ,WRITE, guest:guest:)
              --admin NAME:PASSWORD  credentials of the admin endpoint /simulator (default admin:admin)
              --faults FILE          initial faults as JSON (the FaultSpec of the admin endpoint)
              --variant KEY=VALUE    qualityFieldCasing=LOWER|CAMEL, wrapValues=true|false,
                                     unknownNames=PER_ITEM_ERROR|OMIT|EMPTY_BODY, binaryAsBoolean=true|false,
                                     listFilters=true|false
              --threads N            worker threads (default 16)
              --export-cert FILE     write the certificate as PEM to FILE after start
              --help                 show this help
            """;

    /** A parsed command line. */
    record Launch(SimulatorConfig config, Path writePlant, Path exportCertificate, boolean help) {
    }

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Launch launch;
        try {
            launch = parse(args);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(e.getMessage());
            err.println("Run with --help for the options.");
            return 2;
        }
        if (launch.help()) {
            out.print(USAGE);
            return 0;
        }
        try {
            if (launch.writePlant() != null) {
                Plant plant = launch.config().plant() != null ? launch.config().plant()
                        : launch.config().plantFile() != null ? Plant.load(launch.config().plantFile()) : Plant.demo();
                try (OutputStream o = Files.newOutputStream(launch.writePlant())) {
                    PlantJson.write(plant, o);
                }
                out.println("Wrote plant '" + plant.name() + "' (" + plant.tags().size() + " tags) to " + launch.writePlant());
                return 0;
            }
            Simulator simulator = Simulator.start(launch.config());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                simulator.close();
                stopped.countDown();
            }, "tagbench-simulator-shutdown"));
            out.println("Tagbench WinCC REST simulator: plant '" + simulator.plant().name() + "' with "
                    + simulator.plant().tags().size() + " tags");
            out.println("Service:  " + simulator.baseUri());
            out.println("Admin:    " + simulator.adminUri() + " (user " + launch.config().adminUser() + ")");
            if (launch.config().https()) {
                out.println("Certificate SHA-256: " + simulator.certificateSha256());
                if (launch.exportCertificate() != null) {
                    simulator.exportCertificate(launch.exportCertificate());
                    out.println("Certificate written to " + launch.exportCertificate());
                }
            }
            out.println("Press Ctrl+C to stop.");
            out.flush();
            stopped.await();
            return 0;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            err.println("The simulator cannot start: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    static Launch parse(String[] args) {
        SimulatorConfig.Builder b = SimulatorConfig.builder().port(SimulatorConfig.STANDARD_PORT)
                .stateDir(Path.of("simulator-state"));
        Path writePlant = null;
        Path exportCertificate = null;
        Variants variants = Variants.DEFAULTS;
        boolean plantChosen = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> {
                    return new Launch(b.build(), null, null, true);
                }
                case "--http" -> b.https(false);
                case "--port" -> b.port(integer(option, value(args, ++i, option)));
                case "--bind" -> b.bindAddress(value(args, ++i, option));
                case "--state" -> b.stateDir(Path.of(value(args, ++i, option)));
                case "--threads" -> b.threads(integer(option, value(args, ++i, option)));
                case "--plant" -> {
                    b.plantFile(Path.of(value(args, ++i, option)));
                    plantChosen = true;
                }
                case "--generate" -> {
                    String[] p = value(args, ++i, option).split(",");
                    if (p.length != 2 && p.length != 3) {
                        throw new IllegalArgumentException("--generate needs TAGS,GROUPS or TAGS,GROUPS,FIRST_GROUP_TAGS,"
                                + " e.g. --generate 100000,1000 or --generate 100000,1000,10000.");
                    }
                    int tags = integer(option, p[0].trim());
                    int groups = integer(option, p[1].trim());
                    b.plant(p.length == 2 ? PlantGenerator.generate(tags, groups)
                            : PlantGenerator.generate(tags, groups, integer(option, p[2].trim())));
                    plantChosen = true;
                }
                case "--write-plant" -> writePlant = Path.of(value(args, ++i, option));
                case "--export-cert" -> exportCertificate = Path.of(value(args, ++i, option));
                case "--user" -> user(b, value(args, ++i, option));
                case "--admin" -> {
                    String v = value(args, ++i, option);
                    int colon = v.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalArgumentException("--admin needs NAME:PASSWORD.");
                    }
                    b.adminCredentials(v.substring(0, colon), v.substring(colon + 1));
                }
                case "--faults" -> b.faults(faults(Path.of(value(args, ++i, option))));
                case "--variant" -> variants = variant(variants, value(args, ++i, option));
                default -> throw new IllegalArgumentException("Unknown option '" + option + "'.");
            }
        }
        if (!plantChosen) {
            b.plant(null);
        }
        b.variants(variants);
        return new Launch(b.build(), writePlant, exportCertificate, false);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return args[i];
    }

    private static int integer(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'.");
        }
    }

    private static void user(SimulatorConfig.Builder b, String spec) {
        String[] p = spec.split(":", 3);
        if (p.length < 2 || p[0].isEmpty()) {
            throw new IllegalArgumentException("--user needs NAME:PASSWORD:ROLES, e.g. --user ops:secret:READ,WRITE.");
        }
        List<Role> roles = new ArrayList<>();
        if (p.length == 3 && !p[2].isBlank()) {
            for (String r : p[2].split(",")) {
                try {
                    roles.add(Role.valueOf(r.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Unknown role '" + r + "' in --user; use READ and WRITE.");
                }
            }
        }
        b.user(p[0], p[1], roles.toArray(Role[]::new));
    }

    private static FaultSpec faults(Path file) {
        try {
            return Json.MAPPER.readValue(file.toFile(), FaultSpec.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the faults file " + file + ": " + e.getMessage());
        }
    }

    private static Variants variant(Variants v, String spec) {
        String[] p = spec.split("=", 2);
        if (p.length != 2) {
            throw new IllegalArgumentException("--variant needs KEY=VALUE, e.g. --variant qualityFieldCasing=CAMEL.");
        }
        String value = p[1].trim();
        try {
            return switch (p[0].trim()) {
                case "qualityFieldCasing" -> v.withQualityFieldCasing(Variants.QualityCasing.valueOf(value.toUpperCase(Locale.ROOT)));
                case "wrapValues" -> v.withWrapValues(bool(value));
                case "unknownNames" -> v.withUnknownNames(Variants.UnknownNames.valueOf(value.toUpperCase(Locale.ROOT)));
                case "binaryAsBoolean" -> v.withBinaryAsBoolean(bool(value));
                case "listFilters" -> v.withListFilters(bool(value));
                default -> throw new IllegalArgumentException("Unknown variant '" + p[0]
                        + "'; use qualityFieldCasing, wrapValues, unknownNames, binaryAsBoolean or listFilters.");
            };
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("Unknown variant")) {
                throw e;
            }
            throw new IllegalArgumentException("Variant " + spec + " has an unknown value. " + e.getMessage());
        }
    }

    private static boolean bool(String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("Use true or false, not '" + value + "'.");
        }
        return Boolean.parseBoolean(value);
    }
}
