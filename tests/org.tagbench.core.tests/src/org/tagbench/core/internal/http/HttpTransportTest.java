package org.tagbench.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.simulator.PlantGenerator;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;

class HttpTransportTest {

	@TempDir
	Path state;

	@Test
	void aReaderThatThrowsARuntimeExceptionIsAMalformedAnswerNotACrash() throws Exception {
		try (Simulator sim = Simulator.start(SimulatorConfig.builder().port(0).https(false).stateDir(state)
				.plant(PlantGenerator.generate(3, 1)).build())) {
			ConnectionProfile profile = ConnectionProfile.builder().name("plain").url(sim.baseUri().toString())
					.user("reader").tls(TlsSettings.plainHttp()).retries(0).build();
			try (HttpTransport transport = new HttpTransport(ConnectionSettings.of(profile, "reader"))) {
				WinccException e = assertThrows(WinccException.class, () -> transport.execute(
						RequestSpec.get("/tagManagement/Variables"), (in, m) -> {
							throw new IllegalStateException("a reader bug");
						}, new NullProgressMonitor()));
				assertEquals(WinccErrorKind.MALFORMED_ANSWER, e.kind());
				assertTrue(e.error().detail().contains("a reader bug"), e.error().detail());
			}
		}
	}
}
