package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

class AlarmsCommandTest {

	@RegisterExtension
	static final TestServer server = TestServer.forClass();

	@Test
	void listsTheMessagesOfEveryList() throws Exception {
		for (String list : new String[] { "messages", "short-term", "long-term", "hits", "locks" }) {
			Result result = server.run(TestServer.READER, "alarms", "--filter", "All", "--list", list, "--max", "10",
					"--language", "de-DE", "--json");
			assertEquals(ExitCode.OK, result.exitCode(), result::toString);
			assertTrue(new ObjectMapper().readTree(result.out()).isArray(), result::toString);
		}
		Result table = server.run(TestServer.READER, "alarms", "--filter", "Alarms");
		assertEquals(ExitCode.OK, table.exitCode(), table::toString);
		assertTrue(table.out().startsWith("NUMBER  STATE"), table::toString);
	}

	@Test
	void anUnknownFilterIsNotFound() {
		Result result = server.run(TestServer.READER, "alarms", "--filter", "NoFilter");
		assertEquals(ExitCode.NOT_FOUND, result.exitCode(), result::toString);
		assertTrue(result.err().contains("NoFilter"), result::toString);
	}

	@Test
	void argumentsAreChecked() {
		assertEquals(ExitCode.USAGE, server.run(TestServer.READER, "alarms").exitCode());
		assertEquals(ExitCode.USAGE, server.run(TestServer.READER, "alarms", "--filter", "All", "--list", "all").exitCode());
		assertEquals(ExitCode.USAGE,
				server.run(TestServer.READER, "alarms", "--filter", "All", "--language", "not a tag").exitCode());
	}
}
