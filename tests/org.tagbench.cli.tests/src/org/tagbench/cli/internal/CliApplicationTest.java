package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliApplicationTest {

	@Test
	void helpListsEveryCommandAndTheExitCodes() {
		Result result = new Cli().run("help");
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		for (Command command : Commands.ALL) {
			assertTrue(result.out().contains("  " + command.name()), command.name());
		}
		assertTrue(result.out().contains("7 network"), result::toString);
	}

	@Test
	void noArgumentsPrintsTheUsage() {
		Result result = new Cli().run();
		assertEquals(ExitCode.OK, result.exitCode());
		assertTrue(result.out().startsWith("Usage: tagbench COMMAND"), result::toString);
	}

	@Test
	void everyCommandHasHelp() {
		for (Command command : Commands.ALL) {
			Result viaHelp = new Cli().run("help", command.name());
			Result viaOption = new Cli().run(command.name(), "--help");
			assertEquals(ExitCode.OK, viaHelp.exitCode(), viaHelp::toString);
			assertEquals(viaHelp.out(), viaOption.out());
			assertTrue(viaHelp.out().startsWith("Usage: tagbench " + command.name()), viaHelp::toString);
		}
	}

	@Test
	void unknownCommandIsAUsageError() {
		Result result = new Cli().run("frobnicate");
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("Unknown command \"frobnicate\""), result::toString);
		assertEquals(ExitCode.USAGE, new Cli().run("help", "frobnicate").exitCode());
	}

	@Test
	void unknownOptionIsAUsageErrorThatPointsToHelp() {
		Result result = new Cli().run("read", "--colour", "T1");
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("Unknown option --colour."), result::toString);
		assertTrue(result.err().contains("tagbench help read"), result::toString);
	}

	@Test
	void aPasswordOnTheCommandLineIsRefused() {
		Result result = new Cli().run("read", "T1", "--url", "https://localhost/WinCCRestService", "--user", "u",
				"--password=hunter2");
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("never takes a password from the command line"), result::toString);
		assertTrue(!result.all().contains("hunter2"), result::toString);
	}

	@Test
	void versionListsTheTagbenchBundles() {
		Result result = new Cli().run("version");
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		assertTrue(result.out().lines().anyMatch(l -> l.matches("org\\.tagbench\\.cli \\S+ \\(active\\)")), result::toString);
		assertEquals(ExitCode.USAGE, new Cli().run("version", "--all").exitCode());
	}
}
