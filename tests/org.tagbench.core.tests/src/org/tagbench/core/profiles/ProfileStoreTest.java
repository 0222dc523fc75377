package org.tagbench.core.profiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

	@TempDir
	Path project;

	private static ConnectionProfile sample(String name) {
		return ConnectionProfile.builder().name(name).url("https://wincc.example:34568/WinCCRestService")
				.user("operator").environment("production").readOnly(true)
				.tls(TlsSettings.pinned("AB:" + "cd".repeat(30) + "ef")).batchSize(100).build();
	}

	@Test
	void missingFileIsEmpty() throws Exception {
		ProfileSnapshot snapshot = ProfileStore.forProject(project).load();
		assertTrue(snapshot.profiles().isEmpty());
		assertNull(snapshot.contentHash());
	}

	@Test
	void roundTripKeepsEveryFieldAndUnknownOnes() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		ConnectionProfile profile = sample("Line 1").toBuilder().extra(Map.of("color", "red")).build();
		store.save(store.load(), List.of(profile));
		assertEquals(project.resolve(".tagbench/connections.json"), store.file());
		ProfileSnapshot loaded = store.load();
		assertEquals(List.of(profile), loaded.profiles());
		assertEquals("ab" + "cd".repeat(30) + "ef", loaded.profiles().get(0).tls().pinnedSha256());
		assertEquals(ProfileMigrations.CURRENT, loaded.fileVersion());
	}

	@Test
	void fileIsHumanReadableAndHoldsNoSecret() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		store.put(sample("Line 1").toBuilder().extra(Map.of("password", "geheim")).build());
		String text = Files.readString(store.file());
		assertTrue(text.contains("\"formatVersion\" : 1"), text);
		assertTrue(text.contains("\n"), "pretty printed");
		assertFalse(text.contains("\"password\""), text);
		assertFalse(text.contains("geheim"), text);
	}

	@Test
	void secretInFileIsIgnoredWithWarning() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		Files.createDirectories(store.file().getParent());
		Files.writeString(store.file(), """
				{"formatVersion": 1, "profiles": [{"id": "p1", "name": "A", "url": "https://h/WinCCRestService",
				  "user": "u", "password": "geheim"}]}
				""");
		ProfileSnapshot snapshot = store.load();
		assertEquals(1, snapshot.warnings().size());
		assertFalse(snapshot.profiles().get(0).extra().containsKey("password"));
	}

	@Test
	void corruptFileIsReportedWithPositionAndKept() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		Files.createDirectories(store.file().getParent());
		byte[] broken = "{\n  \"formatVersion\": 1,\n  \"profiles\": [ {\"id\": \"x\",, } ]\n}\n".getBytes(StandardCharsets.UTF_8);
		Files.write(store.file(), broken);
		ProfileFileException e = assertThrows(ProfileFileException.class, store::load);
		assertEquals(ProfileFileException.Reason.CORRUPT, e.reason());
		assertEquals(3, e.line());
		assertTrue(e.column() > 0);
		assertTrue(e.getMessage().contains("line 3"), e.getMessage());
		assertThrows(ProfileFileException.class, () -> store.put(sample("new")));
		assertArrayEquals(broken, Files.readAllBytes(store.file()));
	}

	@Test
	void aFileInABrokenEncodingIsCorrupt() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		Files.createDirectories(store.file().getParent());
		Files.write(store.file(), new byte[] { 0, 0, 0, '{', 0x7f, (byte) 0xff, 0, 0 });
		ProfileFileException e = assertThrows(ProfileFileException.class, store::load);
		assertEquals(ProfileFileException.Reason.CORRUPT, e.reason(), e::getMessage);
	}

	@Test
	void unknownFieldsSurviveASaveUnchangedWhateverTheirNumbers() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		Files.createDirectories(store.file().getParent());
		Files.writeString(store.file(), "{\"formatVersion\": 1, \"profiles\": [{\"id\": \"a\", \"name\": \"\\ud800 lone\","
				+ " \"notes\": [1e999, -0.0, 1.5, 123456789012345678901234567890, \"x\"]}]}");
		List<ConnectionProfile> loaded = store.load().profiles();
		store.put(loaded.get(0).toBuilder().build());
		assertEquals(loaded, store.load().profiles(), "1e999 was kept as Infinity and saved as the text \"Infinity\"");
		Files.writeString(store.file(), "{\"formatVersion\": 1, \"profiles\": [{\"id\": \"a\", \"n\": 1e9435085862}]}");
		assertEquals(ProfileFileException.Reason.CORRUPT, assertThrows(ProfileFileException.class, store::load).reason(),
				"a decimal beyond BigDecimal's range");
	}

	@Test
	void errorMessagesStayShortWhateverTheFileHolds() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		Files.createDirectories(store.file().getParent());
		String huge = "m".repeat(100_000);
		Files.writeString(store.file(), "{\"formatVersion\": 1, \"profiles\": [{\"name\": \"" + huge + "\", \"tls\": {\"mode\": \""
				+ huge + "\"}}]}");
		assertTrue(assertThrows(ProfileFileException.class, store::load).getMessage().length() < 2_000);
		Files.writeString(store.file(), "{\"formatVersion\": \"" + huge + "\", \"profiles\": []}");
		assertTrue(assertThrows(ProfileFileException.class, store::load).getMessage().length() < 2_000);
	}

	@Test
	void newerFormatVersionIsRefused() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		Files.createDirectories(store.file().getParent());
		Files.writeString(store.file(), "{\"formatVersion\": 99, \"profiles\": []}");
		ProfileFileException e = assertThrows(ProfileFileException.class, store::load);
		assertEquals(ProfileFileException.Reason.UNSUPPORTED_VERSION, e.reason());
	}

	@Test
	void version0IsMigrated() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		Files.createDirectories(store.file().getParent());
		Files.writeString(store.file(), """
				{"connections": [
				  {"id": "a", "name": "Old", "host": "srv", "port": 34569, "username": "op", "fingerprint": "%s"},
				  {"id": "b", "name": "Lab", "host": "lab", "port": 80, "username": "x", "insecure": true}]}
				""".formatted("ab".repeat(32)));
		ProfileSnapshot snapshot = store.load();
		assertEquals(0, snapshot.fileVersion());
		ConnectionProfile old = snapshot.find("a").orElseThrow();
		assertEquals("https://srv:34569/WinCCRestService", old.url());
		assertEquals("op", old.user());
		assertEquals(TlsMode.PIN, old.tls().mode());
		ConnectionProfile lab = snapshot.find("b").orElseThrow();
		assertEquals(TlsMode.PLAIN_HTTP, lab.tls().mode());
		assertTrue(ProfileValidator.problems(lab).isEmpty(), ProfileValidator.problems(lab).toString());
		store.save(snapshot, snapshot.profiles());
		assertEquals(1, store.load().fileVersion());
	}

	@Test
	void saveRefusesWhenFileChangedSinceLoad() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		ProfileSnapshot first = store.save(store.load(), List.of(sample("A"))).snapshot();
		ConnectionProfile a = first.profiles().get(0);
		store.save(store.load(), List.of(a.toBuilder().user("other").build(), sample("B")));
		ProfileConflictException e = assertThrows(ProfileConflictException.class,
				() -> store.save(first, List.of(a.toBuilder().user("mine").build())));
		assertEquals(List.of("A"), e.profiles());
		assertEquals(2, store.load().profiles().size());
	}

	/** The workbench and the command line (two stores) load the file, edit different profiles, both save. */
	@Test
	void secondWriterMergesEditsOfOtherProfilesAndSaysSo() throws Exception {
		ConnectionProfile a = sample("A");
		ConnectionProfile b = sample("B");
		ProfileStore setup = ProfileStore.forProject(project);
		setup.save(setup.load(), List.of(a, b));
		ProfileStore workbench = ProfileStore.forProject(project);
		ProfileStore commandLine = ProfileStore.forProject(project);
		ProfileSnapshot workbenchBase = workbench.load();
		ProfileSnapshot commandLineBase = commandLine.load();

		ConnectionProfile aEdited = a.toBuilder().user("engineer").build();
		SaveResult firstSave = workbench.save(workbenchBase, List.of(aEdited, b));
		assertFalse(firstSave.wasMerged());
		ConnectionProfile bEdited = b.toBuilder().readOnly(false).build();
		ConnectionProfile c = sample("C");
		SaveResult second = commandLine.save(commandLineBase, List.of(a, bEdited, c));

		assertEquals(List.of("A"), second.merged(), "the other writer's change to A was kept, and said so");
		assertEquals(List.of(aEdited, bEdited, c), workbench.load().profiles());
		assertEquals(second.snapshot(), workbench.load());
	}

	@Test
	void secondWriterIsRefusedWhenBothEditedTheSameProfile() throws Exception {
		ConnectionProfile a = sample("A");
		ProfileStore workbench = ProfileStore.forProject(project);
		workbench.save(workbench.load(), List.of(a, sample("B")));
		ProfileStore commandLine = ProfileStore.forProject(project);
		ProfileSnapshot workbenchBase = workbench.load();
		ProfileSnapshot commandLineBase = commandLine.load();
		workbench.save(workbenchBase, List.of(a.toBuilder().url("https://first:34568/WinCCRestService").build(), sample("B")));
		byte[] afterFirst = Files.readAllBytes(workbench.file());

		ProfileConflictException e = assertThrows(ProfileConflictException.class, () -> commandLine.save(commandLineBase,
				List.of(a.toBuilder().url("https://second:34568/WinCCRestService").build(), sample("B"))));

		assertEquals(List.of("A"), e.profiles());
		assertTrue(e.getMessage().contains("\"A\""), e.getMessage());
		assertTrue(e.solution().contains("again"), e.solution());
		assertArrayEquals(afterFirst, Files.readAllBytes(workbench.file()), "nothing written");
		ProfileSnapshot reloaded = commandLine.load();
		assertEquals("https://first:34568/WinCCRestService", reloaded.find(a.id()).orElseThrow().url());
		SaveResult reapplied = commandLine.save(reloaded, List.of(
				reloaded.profiles().get(0).toBuilder().url("https://second:34568/WinCCRestService").build(),
				reloaded.profiles().get(1)));
		assertFalse(reapplied.wasMerged());
		assertEquals("https://second:34568/WinCCRestService", workbench.load().find(a.id()).orElseThrow().url());
	}

	@Test
	void deletedElsewhereWhileEditedHereIsRefused() throws Exception {
		ConnectionProfile a = sample("A");
		ProfileStore store = ProfileStore.forProject(project);
		ProfileSnapshot base = store.save(store.load(), List.of(a, sample("B"))).snapshot();
		store.remove(a.id());
		ProfileConflictException e = assertThrows(ProfileConflictException.class,
				() -> store.save(base, List.of(a.toBuilder().user("x").build(), base.profiles().get(1))));
		assertEquals(List.of("A"), e.profiles());
		assertEquals(1, store.load().profiles().size());
	}

	@Test
	void sameChangeOnBothSidesIsNoConflict() throws Exception {
		ConnectionProfile a = sample("A");
		ProfileStore store = ProfileStore.forProject(project);
		ProfileSnapshot base = store.save(store.load(), List.of(a)).snapshot();
		ConnectionProfile edited = a.toBuilder().readOnly(false).build();
		store.save(store.load(), List.of(edited));
		SaveResult result = store.save(base, List.of(edited));
		assertFalse(result.wasMerged());
		assertEquals(List.of(edited), store.load().profiles());
	}

	/** Someone edits the file in a text editor (or version control updates it) while the workbench has it loaded. */
	@Test
	void handEditOfTheFileIsMergedOrRefused() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		ProfileSnapshot base = store.save(store.load(), List.of(sample("A"), sample("B"))).snapshot();
		ConnectionProfile a = base.profiles().get(0);
		ConnectionProfile b = base.profiles().get(1);
		String text = Files.readString(store.file());
		Files.writeString(store.file(), text.replace("\"name\" : \"B\"", "\"name\" : \"B (renamed by hand)\""));

		SaveResult merged = store.save(base, List.of(a.toBuilder().user("engineer").build(), b));
		assertEquals(List.of("B (renamed by hand)"), merged.merged());
		ProfileSnapshot now = store.load();
		assertEquals("engineer", now.find(a.id()).orElseThrow().user());
		assertEquals("B (renamed by hand)", now.find(b.id()).orElseThrow().name());

		Files.writeString(store.file(), Files.readString(store.file()).replace("engineer", "edited by hand"));
		ProfileConflictException e = assertThrows(ProfileConflictException.class,
				() -> store.save(now, List.of(now.profiles().get(0).toBuilder().user("mine").build(), now.profiles().get(1))));
		assertEquals(List.of("A"), e.profiles());
		assertEquals("edited by hand", store.load().find(a.id()).orElseThrow().user());
	}

	@Test
	void concurrentUpdatesAreAllKept() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String name = "P" + i;
				futures.add(pool.submit(() -> new ProfileStore(store.file()).put(sample(name))));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(20, store.load().profiles().size());
	}

	@Test
	void interruptedSaveKeepsThePreviousFile() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		store.put(sample("Kept"));
		byte[] before = Files.readAllBytes(store.file());
		ProfileStore failing = new ProfileStore(store.file(), temporary -> {
			throw new IOException("disk full (simulated)");
		});
		ProfileFileException e = assertThrows(ProfileFileException.class, () -> failing.put(sample("Lost")));
		assertEquals(ProfileFileException.Reason.IO, e.reason());
		assertArrayEquals(before, Files.readAllBytes(store.file()));
		try (Stream<Path> files = Files.list(store.file().getParent())) {
			assertEquals(List.of(store.file()), files.toList(), "temporary file removed");
		}
	}

	@Test
	void leftoverTemporaryFileIsIgnoredAndRemovedByTheNextSave() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		store.put(sample("Kept"));
		Path leftover = store.file().resolveSibling("connections.json123.tmp");
		Path unrelated = store.file().resolveSibling("notes.tmp");
		Files.writeString(leftover, "{\"formatVersion\":");
		Files.writeString(unrelated, "mine");
		assertEquals("Kept", store.load().profiles().get(0).name());
		store.put(sample("Next"));
		assertFalse(Files.exists(leftover), "the killed save's temporary file is removed");
		assertTrue(Files.exists(unrelated), "other files are left alone");
	}

	@Test
	void fileNameWithPatternCharactersIsSavedTwice() throws Exception {
		ProfileStore store = new ProfileStore(project.resolve("export [1] {a,b}*.json"));
		store.put(sample("A"));
		store.put(sample("B"));
		assertEquals(2, store.load().profiles().size());
	}

	@Test
	void exportAndImportRoundTrip() throws Exception {
		Path exported = project.resolve("share/profiles.json");
		List<ConnectionProfile> profiles = List.of(sample("A"), sample("B"));
		ProfileStore.exportTo(exported, profiles);
		assertEquals(profiles, ProfileStore.importFrom(exported));
		assertTrue(ProfileStore.forWorkspace(project).file().endsWith("connections.json"));
	}

	@Test
	void validatorExplainsProblems() {
		ConnectionProfile plain = sample("X").toBuilder().url("http://h:80/WinCCRestService").tls(TlsSettings.VERIFY).build();
		assertEquals(1, ProfileValidator.problems(plain).size());
		assertTrue(ProfileValidator.problems(plain).get(0).contains("PLAIN_HTTP"));
		ConnectionProfile badPin = sample("X").toBuilder().tls(TlsSettings.pinned("abc")).batchSize(0).build();
		assertEquals(2, ProfileValidator.problems(badPin).size());
		assertTrue(ProfileValidator.problems(sample("ok")).isEmpty());
	}
}
