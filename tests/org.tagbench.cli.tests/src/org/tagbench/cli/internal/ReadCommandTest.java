package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReadCommandTest {

	@RegisterExtension
	static final TestServer server = TestServer.forClass();

	@TempDir
	Path folder;

	@Test
	void readsValuesAsATable() {
		Result result = server.run(TestServer.READER, "read", "T101.Level", "Außentemperatur", "System_Enable");
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		List<String> lines = result.out().lines().toList();
		assertTrue(lines.get(0).matches("NAME +VALUE +QUALITY +TIMESTAMP +STATUS +ERROR"), result::toString);
		assertEquals(4, lines.size(), result::toString);
		assertTrue(lines.get(2).startsWith("Außentemperatur "), result::toString);
		assertTrue(lines.get(3).matches("System_Enable +true +192 +\\S+ +OK"), result::toString);
	}

	@Test
	void readsValuesAsJson() throws Exception {
		Result result = server.run(TestServer.READER, "read", "--json", "System_PlantMode", "T101.Level");
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		JsonNode values = new ObjectMapper().readTree(result.out());
		assertEquals("System_PlantMode", values.get(0).get("name").textValue());
		assertTrue(values.get(0).get("value").isIntegralNumber(), result::toString);
		assertEquals(192, values.get(1).get("quality").intValue());
		assertEquals("OK", values.get(1).get("status").textValue());
	}

	@Test
	void readsNamesFromStandardInputAndFilesAsCsv() throws Exception {
		Path names = folder.resolve("names.txt");
		Files.writeString(names, "# tanks\nT101.Level\n\nT102.Level\n");
		Result result = TestServer.as(TestServer.READER).stdin("System_Enable\n")
				.run(server.args(TestServer.READER, "read", "--csv", "--file", "-", "T103.Level"));
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		assertEquals(List.of("name", "T103.Level", "System_Enable"),
				result.out().lines().map(l -> l.substring(0, l.indexOf(','))).toList());
		Result fromFile = server.run(TestServer.READER, "read", "--csv", "--file", names.toString());
		assertEquals(3, fromFile.out().lines().count(), fromFile::toString);
	}

	@Test
	void anUnknownTagIsNotFound() {
		Result result = server.run(TestServer.READER, "read", "T101.Level", "No_Such_Tag");
		assertEquals(ExitCode.NOT_FOUND, result.exitCode(), result::toString);
		assertTrue(result.out().lines().anyMatch(l -> l.startsWith("No_Such_Tag ") && l.contains("ITEM_ERROR")),
				result::toString);
		assertTrue(result.err().contains("1 tag(s) returned no value"), result::toString);
	}

	@Test
	void noNameIsAUsageError() {
		assertEquals(ExitCode.USAGE, server.run(TestServer.READER, "read").exitCode());
	}

	@Test
	void aWrongPasswordIsAnAuthenticationFailure() {
		Result result = new Cli().env(Target.PASSWORD_VARIABLE, "wrong")
				.run(server.args(TestServer.READER, "read", "T101.Level"));
		assertEquals(ExitCode.AUTHENTICATION, result.exitCode(), result::toString);
		assertTrue(result.err().contains("HTTP 401"), result::toString);
		assertTrue(result.err().contains("Check username/password."), result::toString);
		assertEquals("", result.out());
	}

	@Test
	void aUserWithoutRightsIsAnAuthenticationFailure() {
		Result result = server.run(TestServer.GUEST, "read", "T101.Level");
		assertEquals(ExitCode.AUTHENTICATION, result.exitCode(), result::toString);
		assertTrue(result.err().contains("WinCC Remote Read"), result::toString);
	}

	@Test
	void noPasswordAnywhereIsAnAuthenticationFailure() {
		Result result = new Cli().run(server.args(TestServer.READER, "read", "T101.Level"));
		assertEquals(ExitCode.AUTHENTICATION, result.exitCode(), result::toString);
		assertTrue(result.err().contains("Set the environment variable TAGBENCH_PASSWORD"), result::toString);
	}

	@Test
	void thePasswordIsAskedOnATerminalWithoutEcho() {
		ScriptedTerminal terminal = new ScriptedTerminal(TestServer.PASSWORDS.get(TestServer.READER));
		Result result = new Cli().terminal(terminal).run(server.args(TestServer.READER, "read", "T101.Level"));
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		assertEquals(List.of("Password of reader for " + server.url() + ": "), terminal.prompts());
	}

	@Test
	void anotherEnvironmentVariableCanHoldThePassword() {
		Result result = new Cli().env("PLANT_B_PASSWORD", TestServer.PASSWORDS.get(TestServer.READER))
				.run(server.args(TestServer.READER, "read", "T101.Level", "--password-env", "PLANT_B_PASSWORD"));
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
	}

	@Test
	void passwordsAndAuthorizationNeverAppear() {
		for (String user : List.of(TestServer.READER, TestServer.GUEST)) {
			Result result = server.run(user, "read", "T101.Level", "--verbose");
			assertTrue(result.err().contains("POST " + server.url() + "/tagManagement/Values -> "), result::toString);
			assertFalse(result.all().contains(TestServer.PASSWORDS.get(user)), result::toString);
			assertFalse(result.all().contains("Basic "), result::toString);
		}
	}

	@Test
	void anUnpinnedSelfSignedCertificateIsATlsFailureThatShowsTheFingerprint() {
		Result result = TestServer.as(TestServer.READER)
				.run("read", "T101.Level", "--url", server.url(), "--user", TestServer.READER);
		assertEquals(ExitCode.TLS, result.exitCode(), result::toString);
		assertTrue(result.err().contains("TLS_UNTRUSTED"), result::toString);
		assertTrue(result.err().contains("--trust " + server.sha256()), result::toString);
		assertEquals("", result.out());
	}

	@Test
	void aWrongPinIsATlsFailure() {
		String otherPin = "ab".repeat(32);
		Result result = TestServer.as(TestServer.READER)
				.run("read", "T101.Level", "--url", server.url(), "--user", TestServer.READER, "--trust", otherPin);
		assertEquals(ExitCode.TLS, result.exitCode(), result::toString);
		assertTrue(result.err().contains("SHA-256 fingerprint"), result::toString);
	}

	@Test
	void trustOptionsAreChecked() {
		Cli cli = TestServer.as(TestServer.READER);
		String url = server.url();
		Result badPin = cli.run("read", "T1", "--url", url, "--user", "reader", "--trust", "12:34");
		assertEquals(ExitCode.USAGE, badPin.exitCode(), badPin::toString);
		assertTrue(badPin.err().contains("64 hexadecimal digits"), badPin::toString);
		Result insecureHttps = cli.run("read", "T1", "--url", url, "--user", "reader", "--insecure");
		assertEquals(ExitCode.USAGE, insecureHttps.exitCode(), insecureHttps::toString);
		assertTrue(insecureHttps.err().contains("--insecure allows plain http:// URLs only"), insecureHttps::toString);
		Result both = cli.run("read", "T1", "--url", url, "--user", "reader", "--insecure", "--trust", server.sha256());
		assertEquals(ExitCode.USAGE, both.exitCode(), both::toString);
		Result plain = cli.run("read", "T1", "--url", url.replace("https:", "http:"), "--user", "reader");
		assertEquals(ExitCode.USAGE, plain.exitCode(), plain::toString);
		assertTrue(plain.err().contains("Add --insecure to allow it"), plain::toString);
		Result noUser = cli.run("read", "T1", "--url", url);
		assertEquals(ExitCode.USAGE, noUser.exitCode(), noUser::toString);
		assertTrue(noUser.err().contains("--user is required"), noUser::toString);
	}

	@Test
	void anUnreachableServerIsANetworkFailure() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Result result = TestServer.as(TestServer.READER).run("read", "T101.Level", "--url",
				"https://127.0.0.1:" + port + "/WinCCRestService", "--user", TestServer.READER, "--trust", server.sha256());
		assertEquals(ExitCode.NETWORK, result.exitCode(), result::toString);
		assertTrue(result.err().contains("CONNECTION_REFUSED"), result::toString);
	}

	@Test
	void aServerErrorIsExitCodeFive() {
		server.simulator().faults().status("/tagManagement/Values", 500, 1.0);
		try {
			Result result = server.run(TestServer.READER, "read", "T101.Level", "--timeout", "5");
			assertEquals(ExitCode.SERVER, result.exitCode(), result::toString);
			assertTrue(result.err().contains("Check WinCC event log."), result::toString);
		} finally {
			server.simulator().faults().clear();
		}
	}
}
