package org.tagbench.core.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watch list files in a project: round trip, plain format, refusals that leave the file alone. */
class WatchListStoreTest {

	@TempDir
	Path project;

	@Test
	void savesAndLoadsAListAsPlainVersionedJson() throws Exception {
		WatchListStore store = WatchListStore.forProject(project);
		assertEquals(List.of(), store.names());
		WatchList list = new WatchList("Line 1", 500,
				List.of(new WatchItem("p1", "T101.Level"), new WatchItem("p2", "Kühlung.Temperatur")));
		Path file = store.save(list);
		assertEquals(project.resolve(".tagbench/watch/Line 1.json"), file);
		String text = Files.readString(file);
		assertTrue(text.contains("\"version\" : 1"), text);
		assertTrue(text.contains("\"tag\" : \"Kühlung.Temperatur\""), text);
		assertTrue(text.endsWith("\n"));
		assertEquals(list, store.load("Line 1"));
		store.save(new WatchList("alpha", 1000, List.of()));
		assertEquals(List.of("alpha", "Line 1"), store.names());
		try (var files = Files.list(store.folder())) {
			assertEquals(2, files.count(), "no temporary file left behind");
		}
	}

	@Test
	void refusesBadNamesCorruptAndNewerFilesWithoutChangingThem() throws Exception {
		WatchListStore store = WatchListStore.forProject(project);
		assertNotNull(WatchListStore.checkName("../escape"));
		assertNotNull(WatchListStore.checkName(""));
		assertNull(WatchListStore.checkName("Line 1 (night shift)"));
		assertThrows(WatchListException.class, () -> store.save(new WatchList("a/b", 1000, List.of())));

		Files.createDirectories(store.folder());
		Path corrupt = store.file("broken");
		Files.writeString(corrupt, "{ \"version\": 1, \"items\": [ ", StandardCharsets.UTF_8);
		WatchListException e = assertThrows(WatchListException.class, () -> store.load("broken"));
		assertTrue(e.getMessage().contains("not a valid watch list"), e.getMessage());

		Path newer = store.file("newer");
		String content = "{ \"version\": 7, \"name\": \"newer\", \"items\": [] }";
		Files.writeString(newer, content, StandardCharsets.UTF_8);
		e = assertThrows(WatchListException.class, () -> store.load("newer"));
		assertTrue(e.getMessage().contains("newer Tagbench"), e.getMessage());
		assertEquals(content, Files.readString(newer));
	}
}
