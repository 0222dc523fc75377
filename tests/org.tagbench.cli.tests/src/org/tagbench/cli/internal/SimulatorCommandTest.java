package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.security.CredentialStore;

class SimulatorCommandTest {

	private static final Pattern SERVICE = Pattern.compile("Service: (\\S+)");
	private static final Pattern TRUST = Pattern.compile("--trust ([0-9a-f]{64})");

	@TempDir
	Path state;

	/**
	 * Runs {@code tagbench simulator} and, while it runs, {@code tagbench diagnose} against the URL and
	 * fingerprint it printed; the simulator stops when the diagnosis is done.
	 */
	@Test
	void runsUntilStoppedAndTellsHowToConnect() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
		List<Result> diagnoses = new ArrayList<>();
		CredentialStore none = new MemoryCredentialStore();
		Lifetime whileDiagnosing = stop -> {
			try {
				String text = printed.toString(StandardCharsets.UTF_8);
				Matcher service = SERVICE.matcher(text);
				Matcher trust = TRUST.matcher(text);
				assertTrue(service.find() && trust.find(), text);
				diagnoses.add(new Cli().env(Target.PASSWORD_VARIABLE, "reader").credentials(none)
						.run("diagnose", "--url", service.group(1), "--user", "reader", "--trust", trust.group(1)));
			} finally {
				stop.run();
			}
		};
		CliContext context = new CliContext(out, out, System.in, Terminal.NONE, name -> null, () -> none, whileDiagnosing);
		int exitCode = CliApplication.run(new String[] { "simulator", "--port", "0", "--state", state.toString() }, context);
		assertEquals(ExitCode.OK, exitCode, printed::toString);
		assertEquals(ExitCode.OK, diagnoses.get(0).exitCode(), diagnoses.get(0)::toString);
		assertTrue(printed.toString(StandardCharsets.UTF_8).contains("plant \"Demo water works\""), printed::toString);
	}

	@Test
	void aTakenPortFails() {
		try (TestServer running = new TestServer(state.resolve("first"))) {
			Result result = new Cli().run("simulator", "--port", Integer.toString(running.simulator().port()), "--state",
					state.resolve("second").toString());
			assertEquals(ExitCode.FAILED, result.exitCode(), result::toString);
			assertTrue(result.err().contains("The simulator cannot start"), result::toString);
		}
	}

	@Test
	void optionsAreChecked() {
		assertEquals(ExitCode.USAGE, new Cli().run("simulator", "--port", "70000").exitCode());
		assertEquals(ExitCode.USAGE, new Cli().run("simulator", "--port", "x").exitCode());
		assertEquals(ExitCode.USAGE, new Cli().run("simulator", "extra").exitCode());
	}
}
