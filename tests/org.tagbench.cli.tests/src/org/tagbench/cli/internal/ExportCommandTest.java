package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tagbench.simulator.Plant;
import org.tagbench.simulator.PlantGenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Export, and reads of many names: both go page by page, or chunk by chunk. */
class ExportCommandTest {

	private static final int TAGS = 2_400;

	private static final Plant plant = PlantGenerator.generate(TAGS, 12);

	@RegisterExtension
	static final TestServer server = TestServer.forClass(plant);

	@Test
	void exportsEveryTagAsCsv() {
		Result result = server.run(TestServer.READER, "export", "tags", "--csv");
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		List<String> lines = result.out().lines().toList();
		assertTrue(lines.get(0).startsWith("name,dataType,connection,group,comment,"), lines.get(0));
		assertEquals(plant.tags().size() + 1, lines.size());
		assertTrue(lines.get(1).startsWith(plant.tags().get(0).name() + ","), lines.get(1));
	}

	@Test
	void exportsAsJson() throws Exception {
		Result result = server.run(TestServer.READER, "export", "tags", "--json");
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		JsonNode tags = new ObjectMapper().readTree(result.out());
		assertEquals(plant.tags().size(), tags.size());
		assertEquals(plant.tags().get(0).name(), tags.get(0).get("name").textValue());
	}

	@Test
	void onlyTagsCanBeExported() {
		assertEquals(ExitCode.USAGE, server.run(TestServer.READER, "export").exitCode());
		assertEquals(ExitCode.USAGE, server.run(TestServer.READER, "export", "alarms").exitCode());
	}

	@Test
	void readsThousandsOfNamesFromStandardInput() {
		StringBuilder names = new StringBuilder();
		plant.tags().forEach(t -> names.append(t.name()).append('\n'));
		Result result = TestServer.as(TestServer.READER).stdin(names.toString())
				.run(server.args(TestServer.READER, "read", "--file", "-", "--csv"));
		assertEquals(ExitCode.OK, result.exitCode(), result::toString);
		List<String> lines = result.out().lines().toList();
		assertEquals(plant.tags().size() + 1, lines.size());
		assertTrue(plant.tags().size() > ReadCommand.CHUNK * 2);
		assertTrue(lines.stream().skip(1).allMatch(l -> l.endsWith(",OK,")), result.out().substring(0, 300));
	}
}
