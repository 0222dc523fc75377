package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;

/** Plain HTTP: only with --insecure, and always with a warning. */
class InsecureTest {

	@TempDir
	Path state;

	@Test
	void plainHttpNeedsInsecureAndWarns() {
		try (Simulator simulator = Simulator.start(SimulatorConfig.builder().port(0).https(false).stateDir(state).build())) {
			String url = simulator.baseUri().toString();
			Cli cli = new Cli().env(Target.PASSWORD_VARIABLE, "reader");
			Result refused = cli.run("read", "T101.Level", "--url", url, "--user", "reader");
			assertEquals(ExitCode.USAGE, refused.exitCode(), refused::toString);

			Result result = cli.run("read", "T101.Level", "--url", url, "--user", "reader", "--insecure");
			assertEquals(ExitCode.OK, result.exitCode(), result::toString);
			assertTrue(result.err().startsWith("WARNING: plain HTTP to " + url), result::toString);

			Result diagnosis = cli.run("diagnose", "--url", url, "--user", "reader", "--insecure");
			assertEquals(ExitCode.OK, diagnosis.exitCode(), diagnosis::toString);
			assertTrue(diagnosis.out().contains("WARNING  plain HTTP, not encrypted"), diagnosis::toString);
		}
	}
}
