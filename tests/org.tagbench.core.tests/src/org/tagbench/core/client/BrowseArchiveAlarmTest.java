package org.tagbench.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.Archive;
import org.tagbench.core.model.ArchiveSample;
import org.tagbench.core.model.ArchiveSeries;
import org.tagbench.core.model.ArchiveVariable;
import org.tagbench.core.model.ConfigItem;
import org.tagbench.core.model.Page;
import org.tagbench.core.model.TagConfig;

class BrowseArchiveAlarmTest {

	@TempDir
	static Path state;

	private static SimulatorFixture sim;
	private static WinccClient client;
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	@BeforeAll
	static void start() throws Exception {
		sim = SimulatorFixture.generated(state);
		client = sim.client("reader");
	}

	@AfterAll
	static void stop() {
		client.close();
		sim.close();
	}

	@Test
	void variablesArePagedWithContinuationPoints() throws Exception {
		List<TagConfig> all = new ArrayList<>();
		String next = null;
		int pages = 0;
		do {
			Page<TagConfig> page = client.browse().listVariables(next, 7, monitor);
			all.addAll(page.items());
			next = page.continuationPoint();
			pages++;
		} while (next != null);
		assertEquals(30, all.size());
		assertEquals(5, pages);
		TagConfig first = all.get(0);
		assertNotNull(first.dataType());
		assertTrue(first.properties().containsKey("unit"), "unknown fields kept");
		assertEquals(first.name(), client.browse().getVariable(first.name(), monitor).name());
	}

	@Test
	void connectionsGroupsAndStructures() throws Exception {
		var connection = client.browse().listConnections(null, 0, monitor).items().get(0);
		assertEquals(connection.name(), client.browse().getConnection(connection.name(), monitor).name());
		var group = client.browse().listGroups(null, 0, monitor).items().get(0);
		assertEquals(group.name(), client.browse().getGroup(group.name(), monitor).name());
		assertFalse(client.browse().listStructureTypes(null, 0, monitor).hasMore());
		assertTrue(client.browse().listStructureVariables(null, 0, monitor).items().isEmpty());
		assertTrue(client.browse().structureVariablesOfTypes(List.of("None"), monitor).isEmpty());
		assertEquals(404, assertThrows(WinccException.class, () -> client.browse().getGroup("Nope", monitor)).error().status());
	}

	@Test
	void archivesVariablesAndTimers() throws Exception {
		Archive archive = client.archives().listArchives(null, 0, monitor).items().get(0);
		assertEquals(archive.name(), client.archives().getArchive(archive.name(), monitor).name());
		ArchiveVariable variable = client.archives().archiveVariables(archive.name(), null, 0, monitor).items().get(0);
		assertEquals(archive.name(), variable.archive());
		assertEquals(variable.name(), client.archives().getArchiveVariable(archive.name(), variable.name(), monitor).name());
		assertFalse(client.archives().allArchiveVariables(null, 0, monitor).items().isEmpty());
		assertFalse(client.archives().listTimers(null, 0, monitor).items().isEmpty());
		Instant before = newestLogged(archive.name(), variable.name());
		ArchiveSample latest = client.archives().latestValue(archive.name(), variable.name(), monitor);
		Instant after = newestLogged(archive.name(), variable.name());
		assertFalse(latest.timestamp().isBefore(before) || latest.timestamp().isAfter(after),
				"the latest logged value (" + before + " to " + after + "), not the oldest the answer holds: " + latest);
	}

	/** @return the time stamp of the newest value logged for the variable, by a query of the last hour */
	private Instant newestLogged(String archive, String variable) throws WinccException {
		Instant now = Instant.now();
		List<ArchiveSeries> series = client.archives().query(new ArchiveQuery(archive, List.of(variable), now.minusSeconds(3600),
				now.plusSeconds(3600), 1000, ArchiveDialect.VALUES_BODY), monitor);
		return series.get(0).samples().stream().map(ArchiveSample::timestamp).max(Instant::compareTo).orElseThrow();
	}

	@Test
	void archiveQueryInBothDialects() throws Exception {
		Archive archive = client.archives().listArchives(null, 0, monitor).items().get(0);
		List<String> variables = client.archives().archiveVariables(archive.name(), null, 2, monitor).items().stream()
				.map(ArchiveVariable::name).toList();
		Instant now = Instant.now();
		for (ArchiveDialect dialect : ArchiveDialect.values()) {
			List<ArchiveSeries> series = client.archives().query(new ArchiveQuery(archive.name(), variables,
					now.minusSeconds(3600), now.plusSeconds(60), 5, dialect), monitor);
			assertEquals(variables.size(), series.size(), dialect.name());
			assertTrue(variables.contains(series.get(0).variable()), dialect.name());
			assertTrue(series.get(0).samples().size() <= 5, dialect.name());
		}
	}

	@Test
	void alarmConfigurationAndMessageLists() throws Exception {
		for (AlarmConfigList list : AlarmConfigList.values()) {
			assertNotNull(client.alarms().listConfig(list, null, 0, Locale.GERMANY, monitor), list.name());
		}
		ConfigItem messageClass = client.alarms().listConfig(AlarmConfigList.MESSAGE_CLASSES, null, 0, null, monitor).items().get(0);
		assertEquals(messageClass.name(),
				client.alarms().getConfig(AlarmConfigList.MESSAGE_CLASSES, messageClass.name(), null, monitor).name());
		for (AlarmList list : AlarmList.values()) {
			assertNotNull(client.alarms().messages(list, "All", 10, Locale.US, monitor), list.name());
		}
	}
}
