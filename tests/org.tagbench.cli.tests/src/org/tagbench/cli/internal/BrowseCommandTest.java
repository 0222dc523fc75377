package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class BrowseCommandTest {

	@RegisterExtension
	static final TestServer server = TestServer.forClass();

	private static JsonNode browse(String... args) throws Exception {
		Result result = server.run(TestServer.READER, args);
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		return new ObjectMapper().readTree(result.out());
	}

	private static List<String> names(JsonNode rows, String kind) {
		List<String> names = new ArrayList<>();
		rows.forEach(row -> {
			if (row.get("kind").textValue().equals(kind)) {
				names.add(row.get("name").textValue());
			}
		});
		return names;
	}

	@Test
	void theTopLevelIsTheGroups() throws Exception {
		JsonNode rows = browse("browse", "--json");
		assertEquals(List.of("Intake", "Treatment", "Storage", "Distribution", "Energy", "System"), names(rows, "group"));
		assertEquals(rows.size(), names(rows, "group").size());
	}

	@Test
	void aGroupShowsItsStructuresAndTags() throws Exception {
		JsonNode rows = browse("browse", "--group", "Intake", "--json");
		assertTrue(names(rows, "structure").containsAll(List.of("P101", "V101")), rows::toString);
		assertTrue(names(rows, "tag").contains("Intake_RiverLevel"), rows::toString);
		assertTrue(names(rows, "tag").stream().noneMatch(n -> n.startsWith("P101.")), rows::toString);
	}

	@Test
	void recursiveAlsoShowsTheMembersOfStructures() throws Exception {
		JsonNode rows = browse("browse", "--group", "Intake", "--recursive", "--json");
		assertTrue(names(rows, "tag").containsAll(List.of("Intake_RiverLevel", "P101.Speed")), rows::toString);
		JsonNode all = browse("browse", "--recursive", "--json");
		assertEquals(6, names(all, "group").size());
		assertTrue(names(all, "tag").containsAll(List.of("T101.Level", "Tag with spaces/and slash")), all::toString);
	}

	@Test
	void anUnknownGroupIsNotFound() {
		Result result = server.run(TestServer.READER, "browse", "--group", "Nowhere");
		assertEquals(ExitCode.NOT_FOUND, result.exitCode(), result::toString);
		assertTrue(result.err().contains("HTTP 404"), result::toString);
		assertEquals("", result.out());
	}

	@Test
	void theTableHasOneLinePerNode() {
		Result result = server.run(TestServer.READER, "browse");
		assertEquals(7, result.out().lines().count(), result::toString);
		assertTrue(result.out().startsWith("KIND "), result::toString);
	}
}
