package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DiagnoseCommandTest {

	@RegisterExtension
	static final TestServer server = TestServer.forClass();

	/** @return the result column of each step line */
	private static List<String> results(Result result) {
		return result.out().lines().filter(l -> l.matches(" ?\\d+  .*")).map(l -> l.substring(28).split(" +")[0]).toList();
	}

	@Test
	void aWorkingConnectionPassesEveryStep() {
		Result result = server.run(TestServer.READER, "diagnose");
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		assertEquals(List.of("OK", "OK", "OK", "OK", "OK", "OK", "OK", "OK", "OK", "OK"), results(result), result::toString);
		assertTrue(result.out().contains("The connection works."), result::toString);
	}

	@Test
	void anUntrustedCertificateFailsAtTheTlsStep() {
		Result result = TestServer.as(TestServer.READER).run("diagnose", "--url", server.url(), "--user", TestServer.READER);
		assertEquals(ExitCode.TLS, result.exitCode(), result::toString);
		assertEquals(List.of("OK", "OK", "OK", "OK", "FAILED", "SKIPPED", "SKIPPED", "SKIPPED", "SKIPPED", "SKIPPED"),
				results(result), result::toString);
		assertTrue(result.out().contains("Meaning:  The server's certificate is not trusted."), result::toString);
		assertTrue(result.err().contains("--trust " + server.sha256()), result::toString);
	}

	@Test
	void aWrongPasswordFailsAtTheLoginStep() {
		Result result = new Cli().env(Target.PASSWORD_VARIABLE, "wrong").run(server.args(TestServer.READER, "diagnose"));
		assertEquals(ExitCode.AUTHENTICATION, result.exitCode(), result::toString);
		assertEquals("FAILED", results(result).get(5), result::toString);
		assertTrue(result.out().contains("Solution: Check username/password. User must have WinCC remote roles."),
				result::toString);
	}

	@Test
	void aMissingPasswordFailsAtThePasswordStep() {
		Result result = new Cli().run(server.args(TestServer.READER, "diagnose"));
		assertEquals(ExitCode.AUTHENTICATION, result.exitCode(), result::toString);
		assertEquals(List.of("OK", "FAILED"), results(result).subList(0, 2), result::toString);
	}

	@Test
	void aStoppedRuntimeIsAServerFailure() {
		server.simulator().stopRuntime();
		try {
			Result result = server.run(TestServer.READER, "diagnose", "--timeout", "5");
			assertEquals(ExitCode.SERVER, result.exitCode(), result::toString);
			assertTrue(result.out().contains("REST API service not started."), result::toString);
		} finally {
			server.simulator().startRuntime();
		}
	}

	@Test
	void anUnknownTagFailsAtTheReadStep() {
		Result result = server.run(TestServer.READER, "diagnose", "--tag", "No_Such_Tag");
		assertEquals(ExitCode.NOT_FOUND, result.exitCode(), result::toString);
		assertEquals("FAILED", results(result).get(6), result::toString);
	}

	@Test
	void aClosedPortFailsAtTheTcpStep() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Result result = TestServer.as(TestServer.READER).run("diagnose", "--url",
				"https://127.0.0.1:" + port + "/WinCCRestService", "--user", TestServer.READER, "--trust", server.sha256());
		assertEquals(ExitCode.NETWORK, result.exitCode(), result::toString);
		assertEquals("FAILED", results(result).get(3), result::toString);
		assertTrue(result.out().contains("Nothing accepts connections"), result::toString);
	}

	@Test
	void anUnknownHostFailsAtTheHostStep() {
		Result result = TestServer.as(TestServer.READER).run("diagnose", "--url",
				"https://tagbench-no-such-host.invalid:34568/WinCCRestService", "--user", TestServer.READER);
		assertEquals(ExitCode.NETWORK, result.exitCode(), result::toString);
		assertEquals("FAILED", results(result).get(2), result::toString);
	}

	@Test
	void jsonHasOneObjectPerStep() throws Exception {
		Result result = server.run(TestServer.READER, "diagnose", "--json");
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		JsonNode steps = new ObjectMapper().readTree(result.out());
		assertEquals(Diagnosis.titles().size(), steps.size());
		assertEquals("TLS certificate", steps.get(4).get("check").textValue());
		assertEquals("OK", steps.get(4).get("result").textValue());
	}
}
