package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.diagnostics.CurlCommand;
import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.Screenshots;
import org.tagbench.tests.support.UiWait;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionState;
import org.tagbench.ui.internal.connections.ServerProbe;
import org.tagbench.ui.internal.diagnostics.DetailsPane;
import org.tagbench.ui.internal.diagnostics.StatusClass;
import org.tagbench.ui.internal.handlers.FileChooser;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.DiagnosticsView;
import org.tagbench.ui.internal.widgets.EmptyState;

/** The Diagnostics view: requests as they happen, faults explained, filters, curl, export, clear, volume. */
class DiagnosticsViewTest {

	private static final String BASE = "https://wincc01:34568/WinCCRestService";

	@TempDir
	static Path dir;
	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.demo();
	private final DiagnosticsJournal journal = ConnectionManager.getDefault().journal();

	@BeforeEach
	void emptyJournal() {
		journal.clear();
	}

	@AfterEach
	void cleanUp() throws Exception {
		journal.clear();
	}

	private static ProfileNode connect(String name) throws Exception {
		ConnectionProfile profile = Profiles.forSimulator(session.simulator(), name, "reader").toBuilder().pollIntervalMs(300).build();
		session.credentials().putPassword(profile.id(), "reader");
		ProfileNode node = Profiles.add(Profiles.project("Diagnostics"), profile);
		ConnectionsViewPage connections = ConnectionsViewPage.open(WorkbenchFixture.open());
		connections.item(name);
		connections.select(node);
		connections.run(DiagnosticsViewPage.COMMANDS + "connect");
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		connections.awaitState(node, ConnectionState.CONNECTED);
		return node;
	}

	/** @return what Basic authentication sends for a user whose password is its name */
	private static String secretOf(String user) {
		return Base64.getEncoder().encodeToString((user + ':' + user).getBytes(StandardCharsets.UTF_8));
	}

	private static JournalEntry entry(String profile, String method, String path, int status, WinccError error) {
		return new JournalEntry(Instant.now(), profile.toLowerCase(), profile, method, BASE + path,
				Map.of("Accept", "application/json"), true, status, 10 + status % 7, 0, 120, error, "", "{\"ok\":true}");
	}

	@Test
	void injectedFaultShowsWithItsMeaningAndSolutionAndCopiesItsDetailsAndAsCurlWithoutTheCredentials() throws Exception {
		ProfileNode node = connect("Line 1");
		WorkbenchFixture workbench = WorkbenchFixture.open();
		DiagnosticsViewPage view = DiagnosticsViewPage.open(workbench);
		String[] cells = view.cells(view.awaitRow("a successful request", e -> e.status() == 200 && e.profileName().equals("Line 1")));
		assertEquals("Line 1", cells[1]);
		assertEquals("GET", cells[2]);
		assertTrue(cells[3].startsWith("/WinCCRestService/"), cells[3]);
		assertEquals("200", cells[4]);
		assertTrue(Long.parseLong(cells[5]) >= 0, cells[5]);
		assertEquals(Messages.JournalColumns_ok, cells[7]);

		session.simulator().faults().status("/tagManagement/Values", 503, 1.0);
		WinccClient client = ConnectionManager.getDefault().session(node).orElseThrow().client();
		try {
			client.values().read(List.of("Tank_Level"), new NullProgressMonitor());
			fail("the injected 503 makes the read fail");
		} catch (WinccException expected) {
			assertEquals(503, expected.error().status());
		}
		view.select("the injected 503", e -> e.status() == 503);
		WinccError expected = ErrorCatalog.forStatus(503, "");
		assertEquals(expected.meaning(), view.meaning());
		assertEquals(expected.solution(), view.solution());
		assertEquals("HTTP 503", view.cells(view.awaitRow("the injected 503", e -> e.status() == 503))[7],
				"health probes add rows while the test runs: the row is looked up again");
		UiWait.until("the status bar shows Line 1, not " + view.statusItem().getText(),
				() -> view.statusItem().getText().startsWith("Line 1 "));
		view.screenshot("diagnostics-view");

		workbench.run(view.view(), "org.eclipse.ui.edit.copy");
		String copied = view.clipboard();
		assertTrue(copied.startsWith(Messages.DetailsPane_request + " POST " + session.simulator().baseUri()), copied);
		assertTrue(copied.contains(Messages.DetailsPane_meaning + ' ' + expected.meaning()), copied);
		assertTrue(copied.contains(Messages.DetailsPane_solution + ' ' + expected.solution()), copied);
		assertFalse(copied.contains("Authorization") || copied.contains(secretOf("reader")), "no credentials: " + copied);

		view.run("copyAsCurl");
		String curl = view.clipboard();
		String secret = secretOf("reader");
		assertTrue(curl.startsWith("curl -X POST '" + session.simulator().baseUri()) || curl.startsWith("curl '" + session.simulator().baseUri()), curl);
		assertTrue(curl.contains("/tagManagement/Values"), curl);
		assertTrue(curl.contains(CurlCommand.REDACTED), curl);
		assertFalse(curl.contains(secret), curl);
	}

	@Test
	void statusBarShowsTheWholeConnectionItem() throws Exception {
		ConnectionProfile profile = Profiles.forSimulator(session.simulator(), "Demo plant line 1", "reader").toBuilder()
				.pollIntervalMs(300).connectTimeoutMs(10_000).responseTimeoutMs(20_000).build();
		session.credentials().putPassword(profile.id(), "reader");
		Profiles.connected("Status", profile, "reader");
		DiagnosticsViewPage view = DiagnosticsViewPage.open(WorkbenchFixture.open());
		UiWait.until("the status bar to show the connection, not " + view.statusItem().getText(),
				() -> view.statusItem().getText().startsWith("Demo plant line 1 "));
		try {
			UiWait.until("the status bar item to show its whole text inside the window", view::statusItemFits);
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + ": " + view.statusItemGeometry(), e);
		} finally {
			Screenshots.take("status-item");
		}
	}

	@Test
	void wrongPasswordShowsAs401WithItsMeaningAndSolution() throws Exception {
		ConnectionProfile profile = Profiles.forSimulator(session.simulator(), "Wrong password", "reader");
		ProfileNode node = Profiles.add(Profiles.project("Refused"), profile);
		try (WinccClient client = WinccClient.open(ConnectionManager.getDefault().settings(node, "not-the-password"))) {
			ServerProbe.run(client, new NullProgressMonitor());
			fail("the wrong password is refused");
		} catch (WinccException expected) {
			assertEquals(401, expected.error().status());
		}
		DiagnosticsViewPage view = DiagnosticsViewPage.open(WorkbenchFixture.open());
		view.select("the refused request", e -> e.status() == 401);
		WinccError expected = ErrorCatalog.forStatus(401, "");
		assertEquals(expected.meaning(), view.meaning());
		assertEquals(expected.solution(), view.solution());
		assertFalse(view.details(DetailsPane.SUMMARY_ID).contains("not-the-password"));
	}

	@Test
	void aLowViewShowsTheDetailsBesideTheTableUnsqueezedAndAHighViewBelowIt() throws Exception {
		journal.record(entry("Line 1", "POST", "/tagManagement/Values", 503, ErrorCatalog.forStatus(503, "")));
		WorkbenchFixture workbench = WorkbenchFixture.open();
		DiagnosticsViewPage view = DiagnosticsViewPage.open(workbench);
		view.awaitRowCount(1);
		view.select(0);
		Table table = view.table();
		Text answer = view.detailsField(DetailsPane.ANSWER_ID);
		Rectangle low = onScreen(table.getParent());
		assertTrue(low.width > 3 * low.height, "the view below the editor area is low and wide: " + low);
		assertTrue(onScreen(answer).x >= right(onScreen(table)), "details beside the table: " + onScreen(answer));
		assertTrue(answer.getSize().y >= 4 * answer.getLineHeight(), "the answer body is not squeezed: " + answer.getSize());

		workbench.maximized(view.view(), () -> {
			Rectangle high = onScreen(table.getParent());
			assertTrue(high.width <= 3 * high.height, "the maximized view is high: " + high);
			assertTrue(onScreen(answer).y >= bottom(onScreen(table)), "details below the table: " + onScreen(answer));
		});
	}

	private static Rectangle onScreen(Control control) {
		return control.getDisplay().map(control.getParent(), null, control.getBounds());
	}

	private static int right(Rectangle bounds) {
		return bounds.x + bounds.width;
	}

	private static int bottom(Rectangle bounds) {
		return bounds.y + bounds.height;
	}

	@Test
	void filtersNarrowTheRows() throws Exception {
		journal.record(entry("Line 1", "GET", "/tagManagement/Values", 200, null));
		journal.record(entry("Line 1", "POST", "/tagManagement/Values", 503, ErrorCatalog.forStatus(503, "")));
		journal.record(entry("Line 2", "GET", "/tagManagement/Browse", 404, ErrorCatalog.forStatus(404, "")));
		journal.record(entry("Line 2", "GET", "/alarmManagement/Alarms", 200, null));
		DiagnosticsViewPage view = DiagnosticsViewPage.open(WorkbenchFixture.open());
		view.awaitRowCount(4);

		view.filterStatus(StatusClass.SERVER_ERROR);
		view.awaitRowCount(1);
		assertEquals(503, view.view().rows().get(0).status());
		view.filterStatus(StatusClass.FAILED);
		view.awaitRowCount(2);
		view.filterConnection("Line 2");
		view.awaitRowCount(1);
		assertEquals(404, view.view().rows().get(0).status());
		view.filterStatus(StatusClass.ALL);
		view.filterText("alarm");
		view.awaitRowCount(1);
		assertTrue(view.view().rows().get(0).url().endsWith("/alarmManagement/Alarms"));
		view.filterConnection(Messages.FilterBar_allConnections);
		view.filterText("");
		view.awaitRowCount(4);
	}

	@Test
	void exportWritesTheRowsAndClearEmptiesTheView() throws Exception {
		journal.record(entry("Line 1", "GET", "/tagManagement/Values", 200, null));
		journal.record(entry("Line 1", "POST", "/tagManagement/Values", 500, ErrorCatalog.forStatus(500, "")));
		DiagnosticsViewPage view = DiagnosticsViewPage.open(WorkbenchFixture.open());
		view.awaitRowCount(2);

		Path csv = dir.resolve("journal.csv");
		FileChooser.use((shell, style, suggested) -> csv.toString());
		view.run("exportJournalCsv");
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		List<String> lines = Files.readAllLines(csv);
		assertEquals(3, lines.size(), lines.toString());
		assertTrue(lines.get(0).startsWith("time,profileId,profile,method,url,status"), lines.get(0));
		assertTrue(lines.get(2).contains(",500,"), lines.get(2));

		Path json = dir.resolve("journal.json");
		FileChooser.use((shell, style, suggested) -> json.toString());
		view.run("exportJournalJson");
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		String content = Files.readString(json);
		assertEquals(2, content.split("\"method\"").length - 1, content);
		assertTrue(content.contains(ErrorCatalog.forStatus(500, "").meaning()), content);

		view.run("clearJournal");
		assertEquals(0, journal.size());
		Control empty = WorkbenchFixture.open().driver().byData(EmptyState.WIDGET_ID, DiagnosticsView.EMPTY_STATE_ID);
		UiWait.until("the empty state after clearing", empty::isVisible);
	}

	@Test
	void clearingTheJournalElsewhereEmptiesTheView() throws Exception {
		journal.record(entry("Line 1", "GET", "/tagManagement/Values", 200, null));
		DiagnosticsViewPage view = DiagnosticsViewPage.open(WorkbenchFixture.open());
		view.awaitRowCount(1);
		journal.clear();
		Control empty = WorkbenchFixture.open().driver().byData(EmptyState.WIDGET_ID, DiagnosticsView.EMPTY_STATE_ID);
		UiWait.until("the empty state after the journal's clear event", empty::isVisible);
		assertTrue(view.view().rows().isEmpty());
	}

	@Test
	void sixThousandRequestsStayVirtual() throws Exception {
		DiagnosticsViewPage view = DiagnosticsViewPage.open(WorkbenchFixture.open());
		long before = view.view().parts().table().materializedRows();
		for (int i = 0; i < 6_000; i++) {
			journal.record(entry("Busy", "GET", "/tagManagement/Values?n=" + i, i % 10 == 0 ? 500 : 200,
					i % 10 == 0 ? ErrorCatalog.forStatus(500, "") : null));
		}
		int kept = journal.size();
		assertEquals(Math.min(6_000, journal.capacity()), kept);
		view.awaitRowCount(kept);
		assertTrue(view.view().rows().get(0).url().endsWith("n=5999"), "newest first");
		UiWait.until("the rows on screen to be filled", () -> view.view().parts().table().materializedRows() > before);
		long materialized = view.view().parts().table().materializedRows() - before;
		assertTrue(materialized > 0 && materialized < 500,
				"only the rows on screen are filled, not " + materialized + " of " + kept);
	}
}
