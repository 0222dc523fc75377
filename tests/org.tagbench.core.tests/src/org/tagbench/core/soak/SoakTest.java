package org.tagbench.core.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.simulator.PlantGenerator;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;

/**
 * The bounded soak of CI: 3 connections × 500 tags polled every second for 15 s against the simulator
 * (in this JVM): no poll lost, no error, live threads stable and back where they were once the clients are
 * closed. The full soak (20 × 2,000 for 10 minutes, heap included) is {@code releng/soak.sh}.
 */
class SoakTest {

	private static final int CONNECTIONS = 3;
	private static final int TAGS = 500;

	@TempDir
	Path state;

	@Test
	void pollsAreNeitherLostNorLeakThreads() throws Exception {
		try (Simulator simulator = Simulator.start(SimulatorConfig.builder().port(0).stateDir(state)
				.plant(PlantGenerator.generate(CONNECTIONS * TAGS, 15)).build())) {
			List<String> names = simulator.plant().tags().stream().map(t -> t.name()).limit(CONNECTIONS * TAGS).toList();
			DiagnosticsJournal journal = new DiagnosticsJournal();
			Soak.Settings settings = new Soak.Settings(CONNECTIONS, TAGS, Duration.ofSeconds(1), Duration.ofSeconds(15),
					Duration.ofSeconds(5));
			Soak.Report report = Soak.run(settings, i -> WinccClient.open(ConnectionSettings.of(
					ConnectionProfile.builder().name("soak-" + i).url(simulator.baseUri().toString()).user("reader")
							.tls(TlsSettings.pinned(simulator.certificateSha256())).build(), "reader").withJournal(journal)),
					names, System.out);

			assertEquals(CONNECTIONS * 15, report.expected());
			assertEquals(0, report.lost(), "polls lost; first error: " + report.firstError());
			assertEquals(0, report.errors(), "first error: " + report.firstError());
			assertTrue(report.windows().stream().allMatch(w -> w.threads() <= report.windows().get(0).threads() + Soak.THREAD_TOLERANCE),
					"live threads stable while polling: " + report.windows());
			assertTrue(report.threadsAfter() <= report.threadsBefore() + Soak.THREAD_TOLERANCE,
					report.threadsAfter() + " live threads after closing the clients, " + report.threadsBefore() + " before");
		}
	}
}
