package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Listing profiles, and connecting through a profile of a project. */
class ProfilesCommandTest {

	@RegisterExtension
	static final TestServer server = TestServer.forClass();

	@TempDir
	Path project;

	@Test
	void listsTheProfilesOfAProject() throws Exception {
		TestServer.saveProfiles(project, server.profile("test", TestServer.READER).environment("test").build(),
				server.profile("production", TestServer.OPERATOR).readOnly(true).build());
		Result table = new Cli().run("profiles", "--project", project.toString());
		assertEquals(ExitCode.OK, table.exitCode(), table::toString);
		assertTrue(table.out().lines().anyMatch(l -> l.matches("test +test +https://\\S+ +reader +PIN +false +\\S+")),
				table::toString);
		Result json = new Cli().run("profiles", "--project", project.toString(), "--json");
		JsonNode profiles = new ObjectMapper().readTree(json.out());
		assertEquals("test", profiles.get(0).get("name").textValue());
		assertEquals("production", profiles.get(1).get("name").textValue());
		assertTrue(profiles.get(1).get("readOnly").booleanValue());
	}

	@Test
	void aFolderWithoutProfilesIsNotFound() {
		Result result = new Cli().run("profiles", "--project", project.toString());
		assertEquals(ExitCode.NOT_FOUND, result.exitCode(), result::toString);
		assertTrue(result.err().contains(".tagbench"), result::toString);
		assertTrue(result.err().contains("--url URL --user NAME"), result::toString);
	}

	@Test
	void withoutProjectOrUrlTheCurrentFolderMustHoldProfiles() {
		Result result = TestServer.as(TestServer.READER).run("read", "T101.Level");
		assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
		assertTrue(result.err().contains("Pass --project DIR"), result::toString);
	}

	@Test
	void aCorruptProfileFileIsAUsageErrorAndStaysUntouched() throws Exception {
		Path file = project.resolve(ProfileStore.PROJECT_FILE);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "{ not json");
		Result result = new Cli().run("profiles", "--project", project.toString());
		assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
		assertEquals("{ not json", Files.readString(file));
	}

	@Test
	void commandsConnectThroughAProfileByName() throws Exception {
		ConnectionProfile test = server.profile("test", TestServer.READER).build();
		TestServer.saveProfiles(project, test, server.profile("other", TestServer.GUEST).build());
		Result result = TestServer.as(TestServer.READER)
				.run("read", "T101.Level", "--project", project.toString(), "--profile", "test");
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		Result byId = TestServer.as(TestServer.READER)
				.run("read", "T101.Level", "--project", project.toString(), "--profile", test.id());
		assertEquals(ExitCode.OK, byId.exitCode(), byId::toString);
	}

	@Test
	void aSingleProfileNeedsNoName() throws Exception {
		TestServer.saveProfiles(project, server.profile("only", TestServer.READER).build());
		Result result = TestServer.as(TestServer.READER).run("read", "T101.Level", "--project", project.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
	}

	@Test
	void profileChoiceMistakes() throws Exception {
		TestServer.saveProfiles(project, server.profile("a", TestServer.READER).build(),
				server.profile("b", TestServer.READER).build());
		Cli cli = TestServer.as(TestServer.READER);
		Result ambiguous = cli.run("read", "T101.Level", "--project", project.toString());
		assertEquals(ExitCode.USAGE, ambiguous.exitCode(), ambiguous::toString);
		assertTrue(ambiguous.err().contains("Choose one with --profile NAME: a, b."), ambiguous::toString);
		Result missing = cli.run("read", "T101.Level", "--project", project.toString(), "--profile", "c");
		assertEquals(ExitCode.NOT_FOUND, missing.exitCode(), missing::toString);
		assertTrue(missing.err().contains("No profile named \"c\""), missing::toString);
		Result both = cli.run("read", "T101.Level", "--project", project.toString(), "--url", server.url(), "--user", "x");
		assertEquals(ExitCode.USAGE, both.exitCode(), both::toString);
	}

	@Test
	void thePasswordOfAProfileComesFromSecureStorage() throws Exception {
		ConnectionProfile profile = server.profile("stored", TestServer.READER).build();
		TestServer.saveProfiles(project, profile);
		MemoryCredentialStore store = new MemoryCredentialStore();
		store.putPassword(profile.id(), TestServer.PASSWORDS.get(TestServer.READER));
		Result result = new Cli().credentials(store).run("diagnose", "--project", project.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		assertTrue(result.out().contains("from the secure storage of the workbench"), result::toString);
		assertFalse(result.all().contains(TestServer.PASSWORDS.get(TestServer.READER)), result::toString);
	}
}
