package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class WriteCommandTest {

	@RegisterExtension
	static final TestServer server = TestServer.forClass();

	@TempDir
	Path project;

	private static String valueOf(String tag) throws Exception {
		Result read = server.run(TestServer.READER, "read", "--json", tag);
		return new ObjectMapper().readTree(read.out()).get(0).get("value").asText();
	}

	@Test
	void writesAndVerifiesWithYes() throws Exception {
		Result result = server.run(TestServer.OPERATOR, "write", "--yes", "System_PlantMode=3",
				"System_OperatorMessage=\"Shift 2, pump P101 off\"");
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		assertTrue(result.out().lines().anyMatch(l -> l.matches("System_PlantMode +3 +VERIFIED +3")), result::toString);
		assertEquals("3", valueOf("System_PlantMode"));
		assertEquals("Shift 2, pump P101 off", valueOf("System_OperatorMessage"));
	}

	@Test
	void withoutATerminalWriteNeedsYes() {
		Result result = server.run(TestServer.OPERATOR, "write", "System_PlantMode=4");
		assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
		assertTrue(result.err().contains("Add --yes to confirm."), result::toString);
	}

	@Test
	void onATerminalWriteAsksFirst() throws Exception {
		ScriptedTerminal yes = new ScriptedTerminal("y");
		Result written = TestServer.as(TestServer.OPERATOR).terminal(yes)
				.run(server.args(TestServer.OPERATOR, "write", "System_Counter16=17"));
		assertEquals(ExitCode.OK, written.exitCode(), written::toString);
		assertEquals(List.of("Write 1 value(s) to " + server.url() + "? [y/N] "), yes.prompts());
		assertTrue(written.err().contains("System_Counter16 := 17"), written::toString);
		assertEquals("17", valueOf("System_Counter16"));

		Result declined = TestServer.as(TestServer.OPERATOR).terminal(new ScriptedTerminal("n"))
				.run(server.args(TestServer.OPERATOR, "write", "System_Counter16=18"));
		assertEquals(ExitCode.FAILED, declined.exitCode(), declined::toString);
		assertTrue(declined.err().contains("Nothing was written."), declined::toString);
		assertEquals("17", valueOf("System_Counter16"));
	}

	@Test
	void readOnlyProfilesRefuseWritesWithoutAsking() throws Exception {
		TestServer.saveProfiles(project, server.profile("production", TestServer.OPERATOR).readOnly(true)
				.environment("production").build());
		ScriptedTerminal terminal = new ScriptedTerminal("y");
		Result result = TestServer.as(TestServer.OPERATOR).terminal(terminal)
				.run("write", "System_Counter16=99", "--project", project.toString());
		assertEquals(ExitCode.FAILED, result.exitCode(), result::toString);
		assertTrue(result.err().contains("READ_ONLY"), result::toString);
		assertTrue(terminal.prompts().isEmpty(), terminal.prompts()::toString);
	}

	@Test
	void aUserWithoutWriteRightIsAnAuthenticationFailure() {
		Result result = server.run(TestServer.READER, "write", "--yes", "System_Counter16=5");
		assertEquals(ExitCode.AUTHENTICATION, result.exitCode(), result::toString);
		assertTrue(result.all().contains("403"), result::toString);
	}

	@Test
	void aRefusedValueFails() {
		Result result = server.run(TestServer.OPERATOR, "write", "--yes", "System_PlantMode=99", "--json");
		assertEquals(ExitCode.FAILED, result.exitCode(), result::toString);
		assertTrue(result.out().contains("\"status\" : \"FAILED\""), result::toString);
		assertTrue(result.out().contains("outside the limits"), result::toString);
	}

	@Test
	void assignmentsAreChecked() {
		assertEquals(ExitCode.USAGE, server.run(TestServer.OPERATOR, "write", "--yes").exitCode());
		assertEquals(ExitCode.USAGE, server.run(TestServer.OPERATOR, "write", "--yes", "System_PlantMode").exitCode());
	}
}
