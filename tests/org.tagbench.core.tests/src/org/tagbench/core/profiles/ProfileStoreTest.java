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
		ProfileSnapshot first = store.save(store.load(), List.of(sample("A")));
		store.save(store.load(), List.of(sample("A"), sample("B")));
		assertThrows(ProfileConflictException.class, () -> store.save(first, List.of(sample("C"))));
		assertEquals(2, store.load().profiles().size());
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
	void leftoverTemporaryFileIsIgnored() throws Exception {
		ProfileStore store = ProfileStore.forProject(project);
		store.put(sample("Kept"));
		Files.writeString(store.file().resolveSibling("connections.json123.tmp"), "{\"formatVersion\":");
		assertEquals("Kept", store.load().profiles().get(0).name());
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
