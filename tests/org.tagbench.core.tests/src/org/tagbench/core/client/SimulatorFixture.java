package org.tagbench.core.client;

import java.nio.file.Path;

import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.simulator.Plant;
import org.tagbench.simulator.PlantGenerator;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.simulator.Variants;
import org.tagbench.simulator.model.Connection;
import org.tagbench.simulator.model.DataType;
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.TagGroup;

/** A simulator on a free port with a small constant plant, and clients for it. */
final class SimulatorFixture implements AutoCloseable {

	static final int BULK_TAGS = 40;

	final Simulator simulator;
	final DiagnosticsJournal journal = new DiagnosticsJournal();

	SimulatorFixture(Path stateDir, Variants variants) {
		this(stateDir, variants, constantPlant());
	}

	SimulatorFixture(Path stateDir, Variants variants, Plant plant) {
		simulator = Simulator.start(SimulatorConfig.builder().port(0).stateDir(stateDir).plant(plant)
				.variants(variants).build());
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

	@Override
	public void close() {
		simulator.close();
	}
}
