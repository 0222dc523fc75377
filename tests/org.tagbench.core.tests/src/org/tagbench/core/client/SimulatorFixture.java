package org.tagbench.core.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.core.security.CertificateTrustRequest;
import org.tagbench.core.security.TrustDecision;
import org.tagbench.simulator.Plant;
import org.tagbench.simulator.PlantGenerator;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.simulator.Variants;
import org.tagbench.simulator.model.Connection;
import org.tagbench.simulator.model.DataType;
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.TagGroup;
import org.tagbench.tests.support.TempFolders;

/**
 * A simulator on a free port with a small constant plant, clients for it, and trust handlers that note the
 * questions they are asked. A test that wants a fresh simulator for each test keeps it in a field:
 * {@code @AutoClose private final SimulatorFixture sim = new SimulatorFixture(Variants.DEFAULTS);}
 */
final class SimulatorFixture implements AutoCloseable {

	static final int BULK_TAGS = 40;

	final Simulator simulator;
	final DiagnosticsJournal journal = new DiagnosticsJournal();
	/** The questions put to the handlers of {@link #answering(TrustDecision)}, oldest first. */
	final List<CertificateTrustRequest> asked = new ArrayList<>();
	private final Path ownStateDir;

	/** Starts the simulator with its state in a temporary folder of its own, removed on {@link #close()}. */
	SimulatorFixture(Variants variants) {
		this(temporaryFolder(), variants, constantPlant(), true);
	}

	SimulatorFixture(Path stateDir, Variants variants) {
		this(stateDir, variants, constantPlant());
	}

	SimulatorFixture(Path stateDir, Variants variants, Plant plant) {
		this(stateDir, variants, plant, false);
	}

	private SimulatorFixture(Path stateDir, Variants variants, Plant plant, boolean ownsStateDir) {
		simulator = Simulator.start(SimulatorConfig.builder().port(0).stateDir(stateDir).plant(plant)
				.variants(variants).build());
		ownStateDir = ownsStateDir ? stateDir : null;
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("tagbench-core-test");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static SimulatorFixture generated(Path stateDir) {
		return new SimulatorFixture(stateDir, Variants.DEFAULTS, PlantGenerator.generate(30, 3));
	}

	static Plant constantPlant() {
		Plant.Builder plant = Plant.builder("core-tests")
				.connection(new Connection("PLC1", "SIMATIC S7-1200, S7-1500 Channel", "OMS+", "10.0.0.1", ""))
				.group(new TagGroup("G1", "PLC1", ""))
				.tag(TagDefinition.builder("Motor.Speed", DataType.FLOAT64).connection("PLC1").group("G1").build())
				.tag(TagDefinition.builder("Pump_On", DataType.BINARY).connection("PLC1").group("G1").build())
				.tag(TagDefinition.builder("Label", DataType.TEXT16).build())
				.tag(TagDefinition.builder("Kühlung.Temperatur", DataType.FLOAT32).build());
		for (int i = 0; i < BULK_TAGS; i++) {
			plant.tag(TagDefinition.builder(bulkName(i), DataType.INT32).group("G1").build());
		}
		return plant.build();
	}

	static String bulkName(int i) {
		return String.format("Bulk_%02d", i);
	}

	ConnectionProfile.Builder profile(String user) {
		return ConnectionProfile.builder().name("simulator").url(simulator.baseUri().toString()).user(user)
				.tls(TlsSettings.pinned(simulator.certificateSha256())).responseTimeoutMs(10_000).connectTimeoutMs(5_000);
	}

	WinccClient client(String user) throws WinccException {
		return client(profile(user).build(), user, CertificateTrustHandler.REJECT);
	}

	/** @return a client of the built-in reader with the profile shaped by the caller (batches, retries, …) */
	WinccClient reader(ConnectionProfile.Builder profile) throws WinccException {
		return client(profile.build(), "reader", CertificateTrustHandler.REJECT);
	}

	WinccClient client(ConnectionProfile profile, String password, CertificateTrustHandler handler)
			throws WinccException {
		return WinccClient.open(ConnectionSettings.of(profile, password).withTrustHandler(handler).withJournal(journal));
	}

	/** @return a trust handler that notes each question in {@link #asked} and answers {@code decision} */
	CertificateTrustHandler answering(TrustDecision decision) {
		return request -> {
			asked.add(request);
			return decision;
		};
	}

	@Override
	public void close() {
		simulator.close();
		if (ownStateDir != null) {
			try {
				TempFolders.delete(ownStateDir);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
