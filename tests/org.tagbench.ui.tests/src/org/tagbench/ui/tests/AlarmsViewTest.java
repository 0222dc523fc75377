package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tagbench.core.client.AlarmConfigList;
import org.tagbench.core.client.AlarmList;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.AlarmMessage;
import org.tagbench.simulator.Plant;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.tests.support.AlarmPlant;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.Wait;
import org.tagbench.ui.internal.alarms.AlarmMode;
import org.tagbench.ui.internal.alarms.ConfigNode;
import org.tagbench.ui.internal.alarms.MessageColumn;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.nodes.ProfileNode;

/**
 * The Alarms view against a simulator whose alarms come and go only when the test sets a tag: Level above 80
 * raises "Level high" (class Alarm, group Tanks), Pressure below 2 raises "Pressure low" (class Warning, group
 * Pipes; its start value 1 raises it at once).
 */
class AlarmsViewTest {

	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.with(dir -> Simulator.start(
			SimulatorConfig.builder().port(0).stateDir(dir).plant(Plant.readJson(AlarmPlant.open())).build()));
	private ProfileNode node;

	@BeforeEach
	void levelNormal() {
		session.simulator().plant().setValue("Level", 50.0);
		Wait.until("the level alarm to be gone", () -> !active("All").contains("LevelHigh"));
	}

	private AlarmsViewPage open() throws Exception {
		node = Profiles.connected("Alarms", Profiles.forSimulator(session.simulator(), "Water works", "reader"), "reader");
		return AlarmsViewPage.show(WorkbenchFixture.open(), node);
	}

	/** @return what the simulator serves for a runtime list, through a client of its own */
	private static List<AlarmMessage> served(AlarmList list, String filter, Locale language) {
		try (WinccClient client = WinccClient.open(ConnectionSettings.of(Profiles.forSimulator(session.simulator(), "Check", "reader"), "reader"))) {
			return client.alarms().messages(list, filter, 0, language, new NullProgressMonitor());
		} catch (WinccException e) {
			throw new AssertionError(e.error().describe(), e);
		}
	}

	private static List<String> active(String filter) {
		return served(AlarmList.MESSAGE_LIST, filter, null).stream().map(m -> (String) m.extra().get("name")).toList();
	}

	private static List<String> numbers(List<AlarmMessage> messages) {
		return messages.stream().map(m -> Long.toString(m.number())).toList();
	}

	private void raiseLevelAlarm() {
		session.simulator().plant().setValue("Level", 90.0);
		Wait.until("the level alarm to come", () -> active("All").contains("LevelHigh"));
	}

	@Test
	void eachListShowsWhatTheSimulatorHoldsForTheFilter() throws Exception {
		raiseLevelAlarm();
		AlarmsViewPage alarms = open();

		alarms.query(AlarmMode.MESSAGE_LIST, "All", "en-US");
		assertEquals(active("All"), alarms.column(MessageColumn.NAME), "the server's order");
		alarms.sortBy(MessageColumn.NUMBER);
		assertEquals(List.of("LevelHigh", "PressureLow"), alarms.column(MessageColumn.NAME));
		assertEquals(List.of("Level high", "Pressure low"), alarms.column(MessageColumn.TEXT));
		assertEquals(List.of("Came", "Came"), alarms.column(MessageColumn.STATE));
		assertTrue(session.simulator().acknowledgeAlarm(1), "an operator acknowledges the level alarm at the runtime");
		alarms.query(AlarmMode.MESSAGE_LIST, "All", "en-US");
		assertEquals(List.of("Acknowledged", "Came"), alarms.column(MessageColumn.STATE));
		RGB acknowledged = alarms.table().getItem(0).getBackground(MessageColumn.STATE.ordinal()).getRGB();
		RGB came = alarms.table().getItem(1).getBackground(MessageColumn.STATE.ordinal()).getRGB();
		assertEquals(new RGB(255, 243, 196), acknowledged, "acknowledged in pale yellow");
		assertEquals(new RGB(255, 214, 214), came, "came in pale red");
		alarms.sortBy(null);
		alarms.query(AlarmMode.MESSAGE_LIST, "Alarms", "en-US");
		assertEquals(List.of("LevelHigh"), alarms.column(MessageColumn.NAME));
		alarms.query(AlarmMode.MESSAGE_LIST, "Pipes", "en-US");
		assertEquals(List.of("PressureLow"), alarms.column(MessageColumn.NAME));

		session.simulator().plant().setValue("Level", 50.0);
		Wait.until("the level alarm to go", () -> !active("All").contains("LevelHigh"));
		alarms.query(AlarmMode.SHORT_TERM_ARCHIVE, "All", "en-US");
		List<AlarmMessage> archive = served(AlarmList.SHORT_TERM_ARCHIVE, "All", null);
		assertEquals(numbers(archive), alarms.column(MessageColumn.NUMBER));
		assertEquals(archive.stream().map(AlarmMessage::state).toList(), alarms.column(MessageColumn.STATE));
		assertEquals("Went", alarms.column(MessageColumn.STATE).get(0), "newest first: the level alarm went");
		alarms.query(AlarmMode.SHORT_TERM_ARCHIVE, "Alarms", "en-US");
		assertEquals(numbers(served(AlarmList.SHORT_TERM_ARCHIVE, "Alarms", null)), alarms.column(MessageColumn.NUMBER));
		assertTrue(alarms.column(MessageColumn.CLASS).stream().allMatch("Alarm"::equals), alarms.column(MessageColumn.CLASS).toString());
		alarms.query(AlarmMode.SHORT_TERM_ARCHIVE, "All", "en-US");
		alarms.configuration(AlarmConfigList.MESSAGE_CLASSES);
		alarms.configuration(AlarmConfigList.MESSAGES);
		alarms.details(0);
		alarms.screenshot("alarms-view");

		alarms.query(AlarmMode.HIT_LIST, "All", "en-US");
		List<AlarmMessage> hits = served(AlarmList.HIT_LIST, "All", null);
		assertEquals(numbers(hits), alarms.column(MessageColumn.NUMBER));
		assertEquals(hits.stream().map(h -> h.extra().get("count").toString()).toList(), alarms.column(MessageColumn.COUNT));
		alarms.query(AlarmMode.HIT_LIST, "Pipes", "en-US");
		assertEquals(List.of("2"), alarms.column(MessageColumn.NUMBER));

		alarms.query(AlarmMode.MESSAGE_LIST, "All", "en-US");
		assertFalse(alarms.errorShown());
		List<String[]> details = alarms.details(0);
		assertTrue(details.stream().anyMatch(row -> row[0].equals("variableName") && row[1].equals("Pressure")),
				"every field of the message is in the details");
	}

	@Test
	void copyPutsTheSelectedMessagesOnTheClipboardAsTheTableShowsThem() throws Exception {
		raiseLevelAlarm();
		AlarmsViewPage alarms = open();
		alarms.query(AlarmMode.MESSAGE_LIST, "All", "en-US");
		Table table = alarms.table();
		assertTrue(table.getItemCount() >= 2, "messages to copy: " + table.getItemCount());
		table.selectAll();
		alarms.copy();
		Clipboard clipboard = new Clipboard(table.getDisplay());
		String copied;
		try {
			copied = (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
		String[] lines = copied.split(System.lineSeparator());
		assertEquals(table.getItemCount() + 1, lines.length, copied);
		assertEquals(String.join("\t", Arrays.stream(MessageColumn.values()).map(MessageColumn::title).toList()), lines[0]);
		for (int row = 0; row < table.getItemCount(); row++) {
			String[] cells = new String[table.getColumnCount()];
			for (int c = 0; c < cells.length; c++) {
				cells[c] = table.getItem(row).getText(c);
			}
			assertEquals(String.join("\t", cells), lines[row + 1], "row " + row + " as the table shows it");
		}
	}

	@Test
	void columnsSortAndSortAgainReverses() throws Exception {
		raiseLevelAlarm();
		AlarmsViewPage alarms = open();
		alarms.query(AlarmMode.MESSAGE_LIST, "All", "en-US");
		alarms.sortBy(MessageColumn.NUMBER);
		assertEquals(List.of("1", "2"), alarms.column(MessageColumn.NUMBER));
		alarms.sortBy(MessageColumn.NUMBER);
		assertEquals(List.of("2", "1"), alarms.column(MessageColumn.NUMBER));
		alarms.sortBy(MessageColumn.NUMBER);
		assertEquals(active("All"), alarms.column(MessageColumn.NAME), "the server's order again");
		alarms.sortBy(MessageColumn.TEXT);
		alarms.sortBy(MessageColumn.TEXT);
		assertEquals(List.of("Pressure low", "Level high"), alarms.column(MessageColumn.TEXT));
	}

	@Test
	void languageSwitchChangesTheTexts() throws Exception {
		AlarmsViewPage alarms = open();
		alarms.query(AlarmMode.MESSAGE_LIST, "All", "en-US");
		assertEquals(List.of("Pressure low"), alarms.column(MessageColumn.TEXT));
		assertEquals(List.of("Alarm", "Warning"), texts(alarms.configuration(AlarmConfigList.MESSAGE_CLASSES)));

		alarms.query(AlarmMode.MESSAGE_LIST, "All", "de-DE");
		assertEquals(List.of("Druck niedrig"), alarms.column(MessageColumn.TEXT));
		assertEquals(List.of("Alarm", "Warnung"), texts(alarms.configuration(AlarmConfigList.MESSAGE_CLASSES)));
		alarms.query(AlarmMode.HIT_LIST, "Pipes", "de");
		assertEquals(List.of("Druck niedrig"), alarms.column(MessageColumn.TEXT), "de finds de-DE");
	}

	private static List<Object> texts(List<ConfigNode> nodes) {
		return nodes.stream().map(n -> ((ConfigNode.Entry) n).item().properties().get("text")).toList();
	}

	@Test
	void configurationListsClassesTypesAndMessages() throws Exception {
		AlarmsViewPage alarms = open();
		assertEquals(List.of("Alarm", "Warning"), names(alarms.configuration(AlarmConfigList.MESSAGE_CLASSES)));
		List<ConfigNode> types = alarms.configuration(AlarmConfigList.MESSAGE_TYPES);
		assertEquals(List.of("AlarmHigh", "WarningLow"), names(types));
		assertEquals("Warning", ((ConfigNode.Entry) types.get(1)).item().properties().get("messageClass"));
		List<ConfigNode> messages = alarms.configuration(AlarmConfigList.MESSAGES);
		assertEquals(List.of("LevelHigh", "PressureLow"), names(messages));
		assertEquals("Pressure", ((ConfigNode.Entry) messages.get(1)).item().properties().get("variableName"));
		assertEquals(List.of("LevelHigh", "PressureLow"), names(alarms.configuration(AlarmConfigList.LIMIT_VALUES)));
	}

	private static List<String> names(List<ConfigNode> nodes) {
		return nodes.stream().map(n -> ((ConfigNode.Entry) n).item().name()).toList();
	}

	@Test
	void refreshPicksUpANewAlarm() throws Exception {
		AlarmsViewPage alarms = open();
		alarms.query(AlarmMode.MESSAGE_LIST, "All", "en-US");
		assertEquals(List.of("PressureLow"), alarms.column(MessageColumn.NAME));

		raiseLevelAlarm();
		alarms.refresh();
		assertEquals(List.of("LevelHigh", "PressureLow"), alarms.column(MessageColumn.NAME));

		alarms.autoRefreshEverySecond();
		session.simulator().plant().setValue("Level", 50.0);
		UiWait.until("auto-refresh to drop the level alarm that went",
				() -> alarms.column(MessageColumn.NAME).equals(List.of("PressureLow")));
		alarms.autoRefreshOff();
	}

	@Test
	void failuresShowTheirMeaningAndSolution() throws Exception {
		AlarmsViewPage alarms = open();
		session.simulator().faults().status("/alarmLogging/MessageList", 503, 1.0);
		alarms.query(AlarmMode.MESSAGE_LIST, "All", "en-US");
		assertTrue(alarms.errorShown());
		WinccError unavailable = ErrorCatalog.forStatus(503, "");
		assertEquals(unavailable.meaning(), alarms.meaning());
		assertEquals(unavailable.solution(), alarms.solution());
		session.simulator().faults().clear();

		alarms.query(AlarmMode.SHORT_TERM_ARCHIVE, "Nope", "en-US");
		WinccError unknown = ErrorCatalog.forAlarmFilter("Nope", "");
		assertEquals(unknown.meaning(), alarms.meaning());
		assertEquals(unknown.solution(), alarms.solution());
		alarms.screenshot("alarms-unknown-filter");

		int requests = ConnectionManager.getDefault().journal().size();
		alarms.query(AlarmMode.SHORT_TERM_ARCHIVE, "Tanks/Pumps", "en-US");
		assertTrue(alarms.errorShown());
		assertTrue(alarms.meaning().contains("Tanks/Pumps"), alarms.meaning());
		assertTrue(ConnectionManager.getDefault().journal().entries().stream().skip(requests)
				.noneMatch(e -> e.url().contains("ShortTermArchive")), "a filter that cannot be sent is not sent");

		session.simulator().faults().status("/alarmLogging/MessageTypes", 500, 1.0);
		List<ConfigNode> failed = alarms.configuration(AlarmConfigList.MESSAGE_TYPES);
		WinccError runtime = ErrorCatalog.forStatus(500, "");
		assertEquals(runtime.meaning(), ((ConfigNode.Status) failed.get(0)).error().meaning());
		session.simulator().faults().clear();

		alarms.query(AlarmMode.MESSAGE_LIST, "All", "en-US");
		assertFalse(alarms.errorShown(), "the banner goes with the next good fetch");
		assertEquals(List.of("PressureLow"), alarms.column(MessageColumn.NAME));
	}
}
