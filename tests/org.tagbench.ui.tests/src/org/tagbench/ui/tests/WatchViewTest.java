package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.RadioState;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.core.watch.WatchListStore;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.handlers.Connecting;
import org.tagbench.ui.internal.handlers.FileChooser;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.tags.TagNode;
import org.tagbench.ui.internal.views.WatchView;
import org.tagbench.ui.internal.watch.SaveWatchListDialog;
import org.tagbench.ui.internal.watch.TagDrag;
import org.tagbench.ui.internal.watch.TagTransfer;
import org.tagbench.ui.internal.widgets.EmptyState;

/** The Watch view against the simulator's demo plant: adding, live values, pause, lists, export, errors. */
class WatchViewTest {

	private static final String LINE = "Line 1";
	private static final Duration DIALOG = Duration.ofSeconds(30);

	@TempDir
	static Path dir;
	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.demo();
	private WatchViewPage watch;

	@AfterEach
	void cleanUp() throws Exception {
		if (watch != null) {
			watch.close();
		}
		session.simulator().plant().setValue("System_PlantMode", 2);
	}

	/** Connects a profile of the simulator in a new project and opens the Watch view. */
	private ProfileNode connect(String project) throws Exception {
		ConnectionProfile profile = Profiles.forSimulator(session.simulator(), LINE, "operator").toBuilder().connectTimeoutMs(10_000)
				.responseTimeoutMs(10_000).build();
		ProfileNode node = Profiles.add(Profiles.project(project), profile);
		Connecting.connect(node, "operator");
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		UiWait.until("the connection of " + LINE, Duration.ofSeconds(60), () -> ConnectionManager.getDefault().session(node).isPresent());
		watch = WatchViewPage.open(WorkbenchFixture.open());
		return node;
	}

	private static List<JournalEntry> polls(String tag) {
		return ConnectionManager.getDefault().journal().entries().stream()
				.filter(e -> e.url().endsWith("/tagManagement/Values") && e.requestPreview().contains(tag)).toList();
	}

	@Test
	void tagsAddedByNameAndPatternShowLiveValuesAndChangesAreHighlighted() throws Exception {
		connect("WatchNames");
		assertTrue(watch.view().model().items().isEmpty());
		assertTrue(new WidgetDriver(watch.shell()).byData(EmptyState.WIDGET_ID, WatchView.EMPTY_STATE_ID).isVisible(),
				"an empty Watch view says how to fill it");

		watch.addByName(LINE, "System_PlantMode\nT10?.*, P101.Speed");
		UiWait.until("the pattern's tags", () -> watch.row("T101.Level") >= 0 && watch.row("P101.Speed") >= 0);
		assertEquals(0, watch.row("System_PlantMode"));
		watch.awaitCell("System_PlantMode", WatchViewPage.VALUE, "2");
		String[] cells = watch.cells("System_PlantMode");
		assertEquals(LINE, cells[WatchViewPage.CONNECTION]);
		assertTrue(cells[WatchViewPage.QUALITY].startsWith(Messages.TagValue_good), cells[WatchViewPage.QUALITY]);
		assertFalse(cells[WatchViewPage.TIMESTAMP].isEmpty());
		assertEquals("0", cells[WatchViewPage.CHANGES]);
		assertNull(watch.background("System_PlantMode", WatchViewPage.VALUE));

		session.simulator().plant().setValue("System_PlantMode", 3);
		watch.awaitCell("System_PlantMode", WatchViewPage.VALUE, "3");
		assertEquals("1", watch.cells("System_PlantMode")[WatchViewPage.CHANGES]);
		assertFalse(watch.cells("System_PlantMode")[WatchViewPage.LAST_CHANGE].isEmpty());
		assertNotNull(watch.background("System_PlantMode", WatchViewPage.VALUE), "a changed value is highlighted");
		UiWait.until("the highlight to fade", Duration.ofSeconds(10),
				() -> watch.background("System_PlantMode", WatchViewPage.VALUE) == null);
		assertTrue(watch.summary().contains(" every 1 s "), watch.summary());

		watch.addByName(LINE, "*");
		UiWait.until("every tag of the demo plant", () -> watch.view().model().items().size() > 20);
		assertEquals(0, watch.row("System_PlantMode"), "tags watched already stay where they are");
		watch.awaitCell("System_PlantMode", WatchViewPage.VALUE, "3");
		session.simulator().plant().setValue("System_PlantMode", 4);
		watch.awaitCell("System_PlantMode", WatchViewPage.VALUE, "4");
		watch.screenshot("watch-view");
	}

	@Test
	void tagsViewCommandAndDragAddTheSelectedTags() throws Exception {
		ProfileNode node = connect("WatchFromTags");
		watch.close();
		watch = null;
		TagsViewPage tags = TagsViewPage.show(WorkbenchFixture.open(), node);
		TagNode level = tags.tag("T101.Level");
		tags.select(level);
		tags.run("org.tagbench.ui.commands.addToWatch");
		watch = WatchViewPage.open(WorkbenchFixture.open());
		assertEquals(List.of(new WatchItem(node.profile().id(), "T101.Level")), watch.view().model().items());
		watch.awaitCell("T101.Level", WatchViewPage.CONNECTION, LINE);

		DragSource source = (DragSource) tags.view().viewer().getControl().getData(DND.DRAG_SOURCE_KEY);
		assertNotNull(source, "the tag tree is a drag source");
		assertTrue(List.of(source.getTransfer()).contains(TagTransfer.getInstance()));
		DropTarget target = (DropTarget) watch.table().getData(DND.DROP_TARGET_KEY);
		assertNotNull(target, "the watch table is a drop target");
		assertTrue(List.of(target.getTransfer()).contains(TagTransfer.getInstance()));

		TagNode speed = tags.tag("P101.Speed");
		List<WatchItem> dragged = TagDrag.items(new StructuredSelection(List.of(speed, level)), node);
		Clipboard clipboard = new Clipboard(watch.table().getDisplay());
		Object dropped;
		try {
			clipboard.setContents(new Object[] { dragged }, new Transfer[] { TagTransfer.getInstance() });
			dropped = clipboard.getContents(TagTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
		assertEquals(dragged, dropped, "the transfer carries profile and tag through the native data");
		@SuppressWarnings("unchecked")
		List<WatchItem> items = (List<WatchItem>) dropped;
		watch.view().add(items);
		UiWait.drain();
		assertEquals(List.of("T101.Level", "P101.Speed"), watch.view().model().items().stream().map(WatchItem::tag).toList());
		watch.awaitCell("P101.Speed", WatchViewPage.CONNECTION, LINE);
	}

	@Test
	void pauseStopsPollingAndResumeRestartsIt() throws Exception {
		connect("WatchPause");
		watch.interval(250);
		assertEquals("250", watch.view().getSite().getService(ICommandService.class)
				.getCommand(WatchView.INTERVAL_COMMAND).getState(RadioState.STATE_ID).getValue());
		watch.addByName(LINE, "System_PlantMode");
		UiWait.until("three polls", () -> polls("System_PlantMode").size() >= 3);

		watch.run("watchPause");
		assertTrue(watch.view().model().isPaused());
		assertEquals(Boolean.TRUE, watch.view().getSite().getService(ICommandService.class)
				.getCommand(WatchView.PAUSE_COMMAND).getState(RegistryToggleState.STATE_ID).getValue());
		UiWait.until("the poll under way to end", () -> !watch.view().model().isPolling());
		int before = polls("System_PlantMode").size();
		long end = System.nanoTime() + Duration.ofMillis(1_250).toNanos();
		UiWait.until("five intervals to pass", () -> System.nanoTime() > end);
		assertEquals(before, polls("System_PlantMode").size(), "no request while paused");
		UiWait.until("the summary to say paused", () -> watch.summary().startsWith("Paused"));

		watch.run("watchPause");
		assertFalse(watch.view().model().isPaused());
		UiWait.until("polls again", () -> polls("System_PlantMode").size() >= before + 2);
	}

	@Test
	void listSavedInTheProjectIsReopened() throws Exception {
		connect("WatchLists");
		watch.interval(500);
		watch.addByName(LINE, "System_PlantMode, T101.Level");
		List<WatchItem> saved = watch.view().model().items();

		ModalDialogs.Handled save = ModalDialogs.whenShellOpens(shell -> shell.getText().equals(Messages.SaveWatchListDialog_title),
				DIALOG, shell -> {
					WidgetDriver driver = new WidgetDriver(shell);
					assertEquals("WatchLists",
							((Combo) driver.byData(EmptyState.WIDGET_ID, SaveWatchListDialog.PROJECT_ID)).getText());
					WidgetDriver.type((Text) driver.byData(EmptyState.WIDGET_ID, SaveWatchListDialog.NAME_ID), "Tank checks");
					WidgetDriver.click(driver.button(Messages.SaveWatchListDialog_save));
				});
		watch.run("watchSave");
		save.assertHandled();
		WatchViewPage.settle();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("WatchLists");
		Path file = project.getLocation().toPath().resolve(WatchListStore.FOLDER).resolve("Tank checks.json");
		assertTrue(Files.exists(file), file.toString());
		assertTrue(project.getFile(WatchListStore.FOLDER + "/Tank checks.json").exists(), "the workspace sees the file");
		String json = Files.readString(file);
		assertTrue(json.contains("\"intervalMs\" : 500") && json.contains("\"tag\" : \"T101.Level\""), json);

		watch.run("watchRemoveAll");
		watch.interval(1000);
		UiWait.until("the empty view", () -> watch.view().model().items().isEmpty());

		ModalDialogs.Handled open = ModalDialogs.whenShellOpens(shell -> shell.getText().equals(Messages.OpenWatchList_title),
				DIALOG, shell -> {
					Table lists = (Table) new WidgetDriver(shell).findAll(Table.class::isInstance).get(0);
					UiWait.until("the list in the dialog", () -> lists.getItemCount() == 1);
					assertEquals("Tank checks (WatchLists)", lists.getItem(0).getText());
					WidgetDriver.select(lists, 0);
					WidgetDriver.click(new WidgetDriver(shell).button("OK"));
				});
		watch.run("watchOpen");
		open.assertHandled();
		WatchViewPage.settle();
		UiWait.until("the list's tags", () -> watch.view().model().items().equals(saved));
		assertEquals(Duration.ofMillis(500), watch.view().model().interval());
		assertEquals("500", watch.view().getSite().getService(ICommandService.class)
				.getCommand(WatchView.INTERVAL_COMMAND).getState(RadioState.STATE_ID).getValue());
		watch.awaitCell("T101.Level", WatchViewPage.CONNECTION, LINE);
		UiWait.until("the list's name above the table", () -> watch.view().getContentDescription().equals("Tank checks (WatchLists)"));
	}

	@Test
	void capturedValuesAreExportedToCsv() throws Exception {
		connect("WatchExport");
		watch.interval(250);
		watch.addByName(LINE, "System_PlantMode");
		watch.awaitCell("System_PlantMode", WatchViewPage.VALUE, "2");
		session.simulator().plant().setValue("System_PlantMode", 3);
		watch.awaitCell("System_PlantMode", WatchViewPage.VALUE, "3");
		session.simulator().plant().setValue("System_PlantMode", 5);
		watch.awaitCell("System_PlantMode", WatchViewPage.VALUE, "5");

		Path csv = dir.resolve("watch.csv");
		FileChooser.use((shell, style, name) -> csv.toString());
		watch.run("watchExportCsv");
		WatchViewPage.settle();
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("polled,connection,tag,value,qualityCode,quality,timestamp,status,error", lines.get(0));
		List<String> values = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			assertEquals(LINE, cells[1], line);
			assertEquals("System_PlantMode", cells[2], line);
			assertEquals("192", cells[4], line);
			assertEquals("OK", cells[7], line);
			if (values.isEmpty() || !values.get(values.size() - 1).equals(cells[3])) {
				values.add(cells[3]);
			}
		}
		assertEquals(List.of("2", "3", "5"), values, String.join("\n", lines));
	}

	@Test
	void unknownTagAndClosedConnectionAreErrorRowsThatSayWhatToDo() throws Exception {
		ProfileNode node = connect("WatchErrors");
		watch.addByName(LINE, "No_Such_Tag, System_PlantMode");
		watch.awaitCell("System_PlantMode", WatchViewPage.VALUE, "2");
		UiWait.until("the unknown tag's error", () -> watch.view().model().state(watch.view().model().items().get(0)).hasError());
		UiWait.until("the value cell says what went wrong", () -> !watch.cells("No_Such_Tag")[WatchViewPage.VALUE].isEmpty());
		assertTrue(watch.table().getItem(watch.row("No_Such_Tag")).getForeground(WatchViewPage.VALUE)
				.equals(JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR)));
		watch.select("No_Such_Tag");
		UiWait.until("the problem of the selected tag", () -> watch.problem().startsWith("No_Such_Tag: "));
		assertTrue(watch.problem().length() > "No_Such_Tag: ".length() + 20, watch.problem());
		UiWait.until("one error in the summary", () -> watch.summary().contains(" 1 with errors "));

		ConnectionManager.getDefault().disconnect(node);
		watch.awaitCell("System_PlantMode", WatchViewPage.VALUE, Messages.WatchColumns_notConnected);
		watch.select("System_PlantMode");
		UiWait.until("the connect hint", () -> watch.problem().contains("Connections view"));
		Connecting.connect(node, "operator");
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		watch.awaitCell("System_PlantMode", WatchViewPage.VALUE, "2");
	}
}
