package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.core.profiles.TlsSettings;

/**
 * Issue 10, point 5, on the command line: a pinned profile refuses a rotated certificate and leaves the
 * pin alone; a redirect is refused; plain HTTP only where the profile or --insecure says so, with a warning.
 */
class TlsCommandTest {

	@TempDir
	Path state;

	@TempDir
	Path project;

	private TestServer server;

	@BeforeEach
	void start() {
		server = new TestServer(state);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aPinnedProfileRefusesARotatedCertificateAndKeepsThePin() throws Exception {
		TestServer.saveProfiles(project, server.profile("Line 1", TestServer.READER).build());
		Cli cli = TestServer.as(TestServer.READER);
		Result before = cli.run("read", "T101.Level", "--project", project.toString());
		assertEquals(ExitCode.OK, before.exitCode(), before::toString);
		String oldPin = server.sha256();
		byte[] file = Files.readAllBytes(ProfileStore.forProject(project).file());

		server.simulator().rotateCertificate();
		Result after = cli.run("read", "T101.Level", "--project", project.toString());
		assertEquals(ExitCode.TLS, after.exitCode(), after::toString);
		assertTrue(after.err().contains("TLS_CERTIFICATE_CHANGED"), after::toString);
		assertTrue(after.err().contains("It is NOT the certificate pinned before (" + oldPin + ")"), after::toString);
		assertTrue(after.err().contains("--trust " + server.sha256()), after::toString);
		assertEquals("", after.out());
		assertArrayEquals(file, Files.readAllBytes(ProfileStore.forProject(project).file()), "the pin is left alone");

		Result decided = cli.run("read", "T101.Level", "--project", project.toString(), "--trust", server.sha256());
		assertEquals(ExitCode.OK, decided.exitCode(), "the user decided with --trust: " + decided);
		assertArrayEquals(file, Files.readAllBytes(ProfileStore.forProject(project).file()),
				"--trust holds for this command only");
	}

	@Test
	void aRedirectIsRefused() {
		server.simulator().faults().status("/tagManagement", 302, 1.0);
		Result result = server.run(TestServer.READER, "read", "T101.Level");
		assertEquals(ExitCode.SERVER, result.exitCode(), result::toString);
		assertTrue(result.err().contains("does not follow redirects"), result::toString);
		assertTrue(result.err().contains("redirect to http://"), result::toString);
	}

	@Test
	void plainHttpOnlyWhereTheProfileSaysSoAndAlwaysWithAWarning() throws Exception {
		String http = server.url().replace("https://", "http://");
		TestServer.saveProfiles(project,
				server.profile("Https but plain", TestServer.READER).tls(TlsSettings.plainHttp()).build(),
				server.profile("Http but verified", TestServer.READER).url(http).tls(TlsSettings.VERIFY).build());
		Cli cli = TestServer.as(TestServer.READER);
		Result httpsPlain = cli.run("read", "T101.Level", "--project", project.toString(), "--profile", "Https but plain");
		assertEquals(ExitCode.USAGE, httpsPlain.exitCode(), httpsPlain::toString);
		Result httpVerified = cli.run("read", "T101.Level", "--project", project.toString(), "--profile",
				"Http but verified");
		assertEquals(ExitCode.USAGE, httpVerified.exitCode(), httpVerified::toString);
		assertTrue(httpVerified.err().contains("Add --insecure to allow it"), httpVerified::toString);
	}
}
