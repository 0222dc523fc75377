package org.tagbench.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.model.ConnectionInfo;
import org.tagbench.core.model.Page;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.TagGroup;
import org.tagbench.simulator.Variants;

/**
 * Lists narrowed by group, connection and name pattern, against a simulator that selects and one
 * that ignores the parameters (variant {@code listFilters=false}), which core must then make up for.
 */
class BrowseQueryTest {

	@TempDir
	static Path state;

	private static SimulatorFixture selecting;
	private static SimulatorFixture ignoring;
	private static WinccClient client;
	private static WinccClient fallback;
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	@BeforeAll
	static void start() throws Exception {
		selecting = new SimulatorFixture(state.resolve("selecting"), Variants.DEFAULTS);
		ignoring = new SimulatorFixture(state.resolve("ignoring"), Variants.DEFAULTS.withListFilters(false));
		client = selecting.client("reader");
		fallback = ignoring.client("reader");
	}

	@AfterAll
	static void stop() {
		client.close();
		fallback.close();
		selecting.close();
		ignoring.close();
	}

	/** Every page of a query; asserts each page holds at most {@code limit} items. */
	private List<String> all(WinccClient c, VariableQuery query, int limit) throws Exception {
		List<String> names = new ArrayList<>();
		String next = null;
		do {
			Page<TagConfig> page = c.browse().listVariables(query, next, limit, monitor);
			assertTrue(page.items().size() <= limit);
			page.items().forEach(t -> names.add(t.name()));
			next = page.continuationPoint();
		} while (next != null);
		return names;
	}

	private static List<String> bulk(int from, int to) {
		return IntStream.range(from, to).mapToObj(SimulatorFixture::bulkName).toList();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	@Test
	void groupIsPagedByTheServer() throws Exception {
		Page<TagConfig> first = client.browse().listVariables(VariableQuery.inGroup("G1"), null, 10, monitor);
		assertEquals(concat(List.of("Motor.Speed", "Pump_On"), bulk(0, 8)), first.items().stream().map(TagConfig::name).toList());
		assertEquals("10", first.continuationPoint());
		assertEquals(concat(List.of("Motor.Speed", "Pump_On"), bulk(0, SimulatorFixture.BULK_TAGS)),
				all(client, VariableQuery.inGroup("G1"), 10));
		assertEquals(List.of("Label", "Kühlung.Temperatur"), all(client, VariableQuery.inGroup(""), 10));
	}

	@Test
	void connectionAndInternalTags() throws Exception {
		assertEquals(List.of("Motor.Speed", "Pump_On"), all(client, VariableQuery.inConnection("PLC1"), 1));
		assertEquals(concat(List.of("Label", "Kühlung.Temperatur"), bulk(0, SimulatorFixture.BULK_TAGS)),
				all(client, VariableQuery.internalTags(), 7));
	}

	@Test
	void namePatternsAreSentEncodedAndCombine() throws Exception {
		assertEquals(bulk(10, 20), all(client, VariableQuery.named("bulk_1?"), 4));
		assertEquals(List.of("Kühlung.Temperatur"), all(client, VariableQuery.named("k?HLUNG.*"), 4));
		assertEquals(List.of("Kühlung.Temperatur"), all(client, VariableQuery.named("*ühl*"), 4));
		VariableQuery combined = VariableQuery.inGroup("G1").withConnection("").withNamePattern("*3?");
		assertEquals(bulk(30, 40), all(client, combined, 100));
		JournalEntry last = selecting.journal.entries().get(selecting.journal.entries().size() - 1);
		assertTrue(last.url().contains("/tagManagement/Variables?group=G1&connection=&filter=*3%3F&itemLimit=100"), last.url());
		assertTrue(all(client, VariableQuery.named("Nothing*"), 5).isEmpty());
	}

	@Test
	void otherListsTakeANamePattern() throws Exception {
		assertEquals(List.of("G1"), client.browse().listGroups("g?", null, 0, monitor).items().stream().map(TagGroup::name).toList());
		assertEquals(List.of("PLC1"),
				client.browse().listConnections("plc*", null, 0, monitor).items().stream().map(ConnectionInfo::name).toList());
		assertTrue(client.browse().listConnections("x*", null, 0, monitor).items().isEmpty());
		assertTrue(client.browse().listStructureTypes("*", null, 0, monitor).items().isEmpty());
		assertTrue(client.browse().listStructureVariables(VariableQuery.inGroup("G1"), null, 0, monitor).items().isEmpty());
		assertEquals(44, client.browse().listVariables(null, 0, monitor).items().size());
		String plain = selecting.journal.entries().get(selecting.journal.entries().size() - 1).url();
		assertTrue(plain.endsWith("/tagManagement/Variables"), plain);
	}

	@Test
	void itemsAreSelectedAgainWhenTheServerIgnoresTheParameters() throws Exception {
		Page<TagConfig> unselected = fallback.browse().listVariables(VariableQuery.named("Bulk_1?"), null, 10, monitor);
		assertTrue(unselected.items().isEmpty(), "the server's first page holds no Bulk_1x");
		assertTrue(unselected.hasMore());
		for (VariableQuery query : List.of(VariableQuery.named("Bulk_1?"), VariableQuery.inGroup("G1"),
				VariableQuery.inGroup(""), VariableQuery.inConnection("PLC1"), VariableQuery.internalTags(),
				VariableQuery.inGroup("G1").withConnection("").withNamePattern("*3?"), VariableQuery.named("Nothing"))) {
			assertEquals(all(client, query, 10), all(fallback, query, 10), query.toString());
		}
		assertEquals(List.of("G1"), fallback.browse().listGroups("G*", null, 0, monitor).items().stream().map(TagGroup::name).toList());
		assertTrue(fallback.browse().listGroups("X*", null, 0, monitor).items().isEmpty());
		assertTrue(fallback.browse().listConnections("X*", null, 0, monitor).items().isEmpty());
		assertFalse(fallback.browse().listConnections("PLC?", null, 0, monitor).items().isEmpty());
	}

	@Test
	void queryMatchesConfigurations() {
		TagConfig internal = new TagConfig("Bulk_01", "6", null, "G1", null, null);
		assertTrue(VariableQuery.ALL.matches(internal));
		assertTrue(VariableQuery.internalTags().withGroup("G1").withNamePattern("BULK*").matches(internal));
		assertFalse(VariableQuery.inConnection("PLC1").matches(internal));
		assertFalse(VariableQuery.inGroup("").matches(internal));
		assertEquals(VariableQuery.ALL, VariableQuery.named(""));
	}
}
