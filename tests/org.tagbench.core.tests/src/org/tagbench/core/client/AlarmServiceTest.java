package org.tagbench.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.AlarmMessage;
import org.tagbench.core.model.AlarmState;
import org.tagbench.core.model.ConfigItem;
import org.tagbench.simulator.Plant;
import org.tagbench.simulator.Variants;
import org.tagbench.tests.support.AlarmPlant;

/** The alarm lists against a simulator whose alarms come and go only when the test sets a value. */
class AlarmServiceTest {

	@TempDir
	static Path state;

	private static SimulatorFixture sim;
	private static WinccClient client;
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	@BeforeAll
	static void start() throws Exception {
		Plant plant = Plant.readJson(AlarmPlant.open());
		sim = new SimulatorFixture(state, Variants.DEFAULTS, plant);
		client = sim.client("reader");
	}

	@AfterAll
	static void stop() {
		client.close();
		sim.close();
	}

	private List<AlarmMessage> list(AlarmList list, String filter, Locale language) {
		try {
			return client.alarms().messages(list, filter, 0, language, monitor);
		} catch (WinccException e) {
			throw new AssertionError(e.error().describe(), e);
		}
	}

	/** Polls until the simulator's limit monitoring (every 250 ms) has acted, for at most 10 s. */
	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			Thread.sleep(50);
		}
	}

	private static List<String> names(List<AlarmMessage> messages) {
		return messages.stream().map(m -> (String) m.extra().get("name")).toList();
	}

	@Test
	void runtimeListsFollowTheFilterTheLanguageAndTheSimulatorsState() throws Exception {
		await("the pressure warning to come", () -> list(AlarmList.MESSAGE_LIST, "All", null).size() == 1);
		AlarmMessage warning = list(AlarmList.MESSAGE_LIST, "All", null).get(0);
		assertEquals(2L, warning.number());
		assertEquals(AlarmState.CAME, warning.stateKind());
		assertEquals("Pressure low", warning.text());
		assertEquals("Warning", warning.messageClass());
		assertNotNull(warning.timestamp());
		assertEquals("Druck niedrig", list(AlarmList.MESSAGE_LIST, "All", Locale.GERMANY).get(0).text());

		sim.simulator.plant().setValue("Level", 90.0);
		await("the level alarm to come", () -> list(AlarmList.MESSAGE_LIST, "All", null).size() == 2);
		assertEquals(List.of("LevelHigh", "PressureLow"), names(list(AlarmList.MESSAGE_LIST, "All", null)), "newest first");
		assertEquals(List.of("LevelHigh"), names(list(AlarmList.MESSAGE_LIST, "Alarms", null)));
		assertEquals(List.of("PressureLow"), names(list(AlarmList.MESSAGE_LIST, "Pipes", null)));

		sim.simulator.plant().setValue("Level", 50.0);
		await("the level alarm to go", () -> list(AlarmList.MESSAGE_LIST, "All", null).size() == 1);
		List<AlarmMessage> archive = list(AlarmList.SHORT_TERM_ARCHIVE, "All", null);
		assertEquals(List.of(AlarmState.WENT, AlarmState.CAME, AlarmState.CAME),
				archive.stream().map(AlarmMessage::stateKind).toList());
		assertEquals(List.of("LevelHigh", "LevelHigh", "PressureLow"), names(archive));
		assertEquals(2, list(AlarmList.SHORT_TERM_ARCHIVE, "Alarms", null).size());
		assertEquals(1, client.alarms().messages(AlarmList.SHORT_TERM_ARCHIVE, "All", 1, null, monitor).size());

		List<AlarmMessage> hits = list(AlarmList.HIT_LIST, "All", Locale.GERMANY);
		assertEquals(2, hits.size());
		AlarmMessage levelHits = hits.stream().filter(h -> h.number() == 1L).findFirst().orElseThrow();
		assertEquals(1L, ((Number) levelHits.extra().get("count")).longValue());
		assertNotNull(levelHits.timestamp(), "the hit list's lastCame is the time stamp");
		assertEquals("Füllstand hoch", levelHits.text());
	}

	@Test
	void configurationListsInTheLanguageAsked() throws Exception {
		List<ConfigItem> classes = client.alarms().listConfig(AlarmConfigList.MESSAGE_CLASSES, null, 0, Locale.GERMANY, monitor).items();
		assertEquals(List.of("Alarm", "Warning"), classes.stream().map(ConfigItem::name).toList());
		assertEquals("Warnung", classes.get(1).properties().get("text"));
		ConfigItem type = client.alarms().getConfig(AlarmConfigList.MESSAGE_TYPES, "WarningLow", Locale.US, monitor);
		assertEquals("Warning", type.properties().get("messageClass"));
		assertEquals(2, client.alarms().listConfig(AlarmConfigList.MESSAGES, null, 0, null, monitor).items().size());
	}

	@Test
	void anUnknownFilterIsExplainedAsSuch() {
		WinccException e = assertThrows(WinccException.class,
				() -> client.alarms().messages(AlarmList.HIT_LIST, "Nope", 0, null, monitor));
		assertEquals(404, e.error().status());
		assertEquals(ErrorCatalog.forAlarmFilter("Nope", "").meaning(), e.error().meaning());
		assertTrue(e.error().meaning().contains("\"Nope\""), e.error().meaning());
		assertTrue(e.error().detail().contains("All"), "the simulator names the configured filters: " + e.error().detail());
	}

	@Test
	void aFilterThatCannotBeSentIsRefusedBeforeAnyRequest() {
		int before = sim.journal.size();
		for (String bad : new String[] { "", "  ", "a/b", "a\\b", "tab\there" }) {
			assertNotNull(AlarmService.filterProblem(bad), bad);
			WinccException e = assertThrows(WinccException.class,
					() -> client.alarms().messages(AlarmList.MESSAGE_LIST, bad, 0, null, monitor));
			assertEquals(WinccErrorKind.CONFIGURATION, e.kind());
			assertTrue(e.error().solution().contains("REST filter"), e.error().solution());
		}
		assertEquals(before, sim.journal.size(), "nothing was sent");
		assertNull(AlarmService.filterProblem("Alarms Ü 1"));
	}
}
