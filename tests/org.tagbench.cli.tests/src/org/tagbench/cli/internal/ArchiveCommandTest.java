package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ArchiveCommandTest {

	@RegisterExtension
	static final TestServer server = TestServer.forClass();

	@Test
	void printsOneRowPerLoggedValue() {
		Result result = server.run(TestServer.READER, "archive", "--archive", "ProcessValues", "--tag", "T101_Level",
				"--tag", "T102_Level", "--from", "-10m", "--max", "5", "--csv");
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		List<String> lines = result.out().lines().toList();
		assertEquals("archive,variable,timestamp,value,quality", lines.get(0));
		assertEquals(11, lines.size(), result::toString);
		assertEquals(5, lines.stream().filter(l -> l.startsWith("ProcessValues,T102_Level,")).count(), result::toString);
	}

	@Test
	void anUnknownArchiveIsNotFound() {
		Result result = server.run(TestServer.READER, "archive", "--archive", "NoArchive", "--tag", "T101_Level",
				"--from", "-1h");
		assertEquals(ExitCode.NOT_FOUND, result.exitCode(), result::toString);
		assertTrue(result.err().contains("NoArchive"), result::toString);
	}

	@Test
	void argumentsAreChecked() {
		String[][] wrong = { { "archive", "--tag", "T101_Level", "--from", "-1h" },
				{ "archive", "--archive", "ProcessValues", "--from", "-1h" },
				{ "archive", "--archive", "ProcessValues", "--tag", "T101_Level" },
				{ "archive", "--archive", "ProcessValues", "--tag", "T101_Level", "--from", "yesterday" },
				{ "archive", "--archive", "ProcessValues", "--tag", "T101_Level", "--from", "now", "--to", "-1h" },
				{ "archive", "--archive", "ProcessValues", "--tag", "T101_Level", "--from", "-1h", "--max", "0" } };
		for (String[] args : wrong) {
			Result result = server.run(TestServer.READER, args);
			assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
		}
	}
}
