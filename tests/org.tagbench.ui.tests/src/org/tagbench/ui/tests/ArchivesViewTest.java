package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swtchart.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.model.ArchiveSample;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.UiStallWatchdog;
import org.tagbench.tests.support.UiWait;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.archives.ArchiveNode;
import org.tagbench.ui.internal.archives.LivePoller;
import org.tagbench.ui.internal.archives.MessageNode;
import org.tagbench.ui.internal.archives.RangeControl;
import org.tagbench.ui.internal.archives.SampleText;
import org.tagbench.ui.internal.archives.TimeRange;
import org.tagbench.ui.internal.archives.TrendCsv;
import org.tagbench.ui.internal.archives.TrendSeries;
import org.tagbench.ui.internal.handlers.FileChooser;
import org.tagbench.ui.internal.tags.TagNode;
import org.tagbench.ui.internal.widgets.Clipboards;

/**
 * The Archives view against a simulator with the demo plant (archive ProcessValues logs T101.Level and
 * others every second): browsing, range queries, the trend's zoom and readout, the samples table, CSV
 * export, live mode, faults, and "Show Trend" from the Tags view.
 */
class ArchivesViewTest {

	private static final String ARCHIVE = "ProcessValues";
	private static final Duration LIVE = Duration.ofSeconds(20);

	@TempDir
	static Path dir;
	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.demo()
			.afterCleanUp(() -> Jobs.join(LivePoller.FAMILY, Profiles.JOBS));

	private static ConnectionProfile profile(String name, String user) {
		return Profiles.forSimulator(session.simulator(), name, user).toBuilder().pollIntervalMs(300).build();
	}

	private static ArchivesViewPage open(String project) throws Exception {
		return ArchivesViewPage.connect(project, profile(project, "reader"));
	}

	/** Queries the last hour of T101_Level and T102_Level with at most {@code max} values each. */
	private static ArchivesViewPage lastHour(String project, int max) throws Exception {
		ArchivesViewPage archives = open(project);
		archives.select(ARCHIVE, "T101_Level", "T102_Level");
		archives.range(RangeControl.LAST_HOUR);
		archives.maxValues(max);
		archives.query();
		UiWait.until("two series of " + max + " points", () -> archives.chart().pointCounts().length == 2
				&& archives.chart().pointCounts()[0] == max && archives.chart().pointCounts()[1] == max);
		return archives;
	}

	@Test
	void browsesTheArchivesAndTheirVariables() throws Exception {
		ArchivesViewPage archives = open("Browse");
		assertEquals(List.of("ProcessValues", "EnergyArchive"), archives.view().tree().archives().stream().map(ArchiveNode::name).toList());
		assertTrue(archives.shownChildren(null).get(0).startsWith("ProcessValues"), archives.shownChildren(null).toString());
		ArchiveNode process = archives.archive(ARCHIVE);
		assertEquals(20, process.variables().size());
		List<String> shown = archives.shownChildren(process);
		assertEquals("T101_Level (T101.Level)", shown.get(0));
		assertTrue(shown.contains("System_Heartbeat"), shown.toString());
		ArchiveNode energy = archives.archive("EnergyArchive");
		assertTrue(archives.shownChildren(energy).contains("Au\u00dfentemperatur"), archives.shownChildren(energy).toString());
	}

	@Test
	void queriesTheLastHourOfTwoVariablesIntoTwoSeriesAndTheTable() throws Exception {
		ArchivesViewPage archives = lastHour("LastHour", 120);
		assertEquals(List.of("T101_Level", "T102_Level"), archives.chart().seriesIds());
		assertEquals(240, archives.table().getItemCount());
		List<TrendSeries> series = List.copyOf(archives.view().trend().series());
		ArchiveSample first = series.get(0).samples().get(0);
		ArchiveSample last = series.get(0).samples().get(119);
		assertTrue(first.timestamp().isAfter(Instant.now().minus(Duration.ofHours(1))), first.timestamp().toString());
		assertEquals(119_000, Duration.between(first.timestamp(), last.timestamp()).toMillis(), "one value a second");
		String[] row = archives.row(0);
		assertEquals(SampleText.time(first), row[0]);
		assertEquals(ARCHIVE, row[1]);
		assertTrue(row[2].equals("T101_Level") || row[2].equals("T102_Level"), row[2]);
		assertEquals("192", row[4]);
		String[] newest = archives.row(239);
		assertTrue(newest[0].compareTo(row[0]) > 0, newest[0] + " after " + row[0]);

		archives.maxValues(25);
		archives.query();
		UiWait.until("25 points each", () -> archives.chart().pointCounts()[0] == 25 && archives.chart().pointCounts()[1] == 25);
		assertEquals(50, archives.table().getItemCount());
		assertEquals(NLS.bind(Messages.ArchivesView_truncated, Integer.valueOf(25)), archives.message());
	}

	@Test
	void zoomsWithTheWheelAndByDraggingAndFitsAgain() throws Exception {
		ArchivesViewPage archives = lastHour("Zoom", 300);
		Range fitted = archives.xRange();
		int width = archives.plotArea().getSize().x;
		archives.wheel(width / 2, 1);
		Range wheeled = archives.xRange();
		assertTrue(wheeled.upper - wheeled.lower < fitted.upper - fitted.lower, wheeled + " inside " + fitted);
		assertTrue(wheeled.lower >= fitted.lower && wheeled.upper <= fitted.upper, wheeled + " inside " + fitted);
		assertTrue(archives.chart().isZoomed());

		archives.run("resetTrendZoom");
		UiWait.drain();
		double margin = (fitted.upper - fitted.lower) / 1000;
		assertEquals(fitted.lower, archives.xRange().lower, margin, "fitted again");
		assertEquals(fitted.upper, archives.xRange().upper, margin, "fitted again");

		int from = width / 4;
		int to = width / 2;
		double expectedLower = archives.chart().xAxis().getDataCoordinate(from);
		double expectedUpper = archives.chart().xAxis().getDataCoordinate(to);
		archives.drag(from, to);
		assertEquals(expectedLower, archives.xRange().lower, 1.0);
		assertEquals(expectedUpper, archives.xRange().upper, 1.0);

		archives.run("zoomOutTrend");
		assertTrue(archives.xRange().upper - archives.xRange().lower > expectedUpper - expectedLower);
		archives.run("resetTrendZoom");
		assertFalse(archives.chart().isZoomed());
	}

	@Test
	void readsTheTimeAndTheValuesUnderThePointer() throws Exception {
		ArchivesViewPage archives = lastHour("Readout", 40);
		List<TrendSeries> series = List.copyOf(archives.view().trend().series());
		ArchiveSample t101 = series.get(0).samples().get(20);
		ArchiveSample t102 = series.get(1).samples().get(20);
		int x = archives.chart().xAxis().getPixelCoordinate(t101.timestamp().toEpochMilli());
		String readout = archives.pointAt(x);
		double time = archives.chart().xAxis().getDataCoordinate(x);
		assertTrue(readout.startsWith(SampleText.time(Instant.ofEpochMilli((long) time))), readout);
		assertTrue(Math.abs(time - t101.timestamp().toEpochMilli()) < 500, "the pointer is on the 21st sample");
		assertTrue(readout.contains("T101_Level = " + SampleText.value(t101.value())), readout);
		assertTrue(readout.contains("T102_Level = " + SampleText.value(t102.value())), readout);

		archives.plotArea().notifyListeners(SWT.MouseExit, new Event());
		assertEquals(Messages.TrendChart_readoutHint, archives.chart().readout());
	}

	@Test
	void copiesTheSelectedSamplesAsTheTableShowsThem() throws Exception {
		ArchivesViewPage archives = lastHour("CopySamples", 30);
		Table table = archives.table();
		table.setSelection(new int[] { 2, 0 });
		archives.run("org.eclipse.ui.edit.copy");
		String[] lines = clipboard(table).split(System.lineSeparator());
		assertEquals(3, lines.length, String.join("|", lines));
		List<String> titles = Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
		assertEquals(String.join("\t", titles), lines[0], "a line of column titles");
		assertEquals(String.join("\t", archives.row(0)), lines[1], "in the table's order");
		assertEquals(String.join("\t", archives.row(2)), lines[2]);

		table.deselectAll();
		Clipboards.copy(table.getDisplay(), "before");
		archives.run("org.eclipse.ui.edit.copy");
		assertEquals("before", clipboard(table), "nothing selected, nothing copied");
	}

	private static String clipboard(Table table) {
		Clipboard clipboard = new Clipboard(table.getDisplay());
		try {
			return (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void exportsTheSamplesAsCsv() throws Exception {
		ArchivesViewPage archives = lastHour("Export", 30);
		Path file = dir.resolve("trend.csv");
		FileChooser.use((shell, style, suggested) -> file.toString());
		archives.run("exportTrend");
		ArchivesViewPage.settle();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertEquals(TrendCsv.HEADER, lines.get(0));
		assertEquals(61, lines.size());
		ArchiveSample first = archives.view().trend().series().iterator().next().samples().get(0);
		String[] fields = lines.get(1).split(",");
		assertEquals(first.timestamp(), Instant.parse(fields[0]));
		assertEquals(ARCHIVE, fields[1]);
		assertEquals(archives.row(0)[2], fields[2]);
		assertEquals(archives.row(0)[3], fields[3]);
		assertEquals("192", fields[4]);
	}

	@Test
	void liveModeAppendsNewlyLoggedValues() throws Exception {
		ArchivesViewPage archives = open("Live");
		archives.select(ARCHIVE, "T101_Level", "Intake_Flow");
		archives.range(0);
		archives.maxValues(20);
		archives.query();
		UiWait.until("20 points each", () -> archives.chart().pointCounts().length == 2 && archives.chart().pointCounts()[0] == 20);
		Instant before = archives.view().trend().series().iterator().next().newest();

		archives.live(true);
		assertTrue(archives.view().isLive());
		UiWait.until("new values of both series", LIVE, () -> archives.chart().pointCounts()[0] >= 22
				&& archives.chart().pointCounts()[1] >= 23);
		List<TrendSeries> series = List.copyOf(archives.view().trend().series());
		assertTrue(series.get(0).newest().isAfter(before));
		List<ArchiveSample> samples = series.get(0).samples();
		for (int i = 1; i < samples.size(); i++) {
			assertTrue(samples.get(i).timestamp().isAfter(samples.get(i - 1).timestamp()), "in order, no duplicates");
		}
		assertEquals(series.get(0).size() + series.get(1).size(), archives.table().getItemCount());

		archives.live(false);
		assertFalse(archives.view().isLive());
		Jobs.join(LivePoller.FAMILY, LIVE);
	}

	@Test
	void aFailingQueryShowsWhatItMeansAndWhatToDo() throws Exception {
		ArchivesViewPage archives = open("Fault");
		archives.select(ARCHIVE, "T101_Level");
		session.simulator().faults().status("/tagLogging/Values", 500, 1.0);
		archives.query();
		WinccError expected = ErrorCatalog.forStatus(500, "");
		UiWait.until("the error in the view", () -> archives.message().contains(expected.meaning()));
		assertTrue(archives.message().startsWith(Messages.ArchivesView_queryFailed), archives.message());
		assertTrue(archives.message().contains(expected.solution()), archives.message());

		session.simulator().faults().status("/tagLogging/Archives", 503, 1.0);
		archives.run("org.eclipse.ui.file.refresh");
		archives.awaitArchives();
		List<Object> roots = archives.view().tree().roots();
		WinccError unavailable = ErrorCatalog.forStatus(503, "");
		assertEquals(1, roots.size());
		MessageNode node = (MessageNode) roots.get(0);
		assertEquals(503, node.error().status());
		assertTrue(archives.shownChildren(null).get(0).contains(unavailable.solution()), archives.shownChildren(null).toString());

		session.simulator().faults().clear();
		archives.run("org.eclipse.ui.file.refresh");
		archives.awaitArchives();
		archives.select(ARCHIVE, "T101_Level");
		archives.maxValues(TimeRange.MAX_VALUES);
		archives.query();
		UiWait.until("the error gone", () -> archives.message().isEmpty() && archives.chart().pointCounts().length == 1);
	}

	@Test
	void showTrendFromTheTagsViewQueriesTheArchivedTags() throws Exception {
		ConnectionProfile profile = profile("Show trend", "operator");
		TagsViewPage tags = TagsViewPage.connect("ShowTrend", profile);
		TagNode level = tags.tag("T101.Level");
		tags.select(level);
		tags.run("org.tagbench.ui.commands.showTrend");
		ArchivesViewPage.settle();
		ArchivesViewPage archives = ArchivesViewPage.current(WorkbenchFixture.open());
		UiWait.until("the trend of T101.Level", () -> archives.chart().seriesIds().equals(List.of("T101_Level"))
				&& archives.chart().pointCounts()[0] > 0);
		archives.screenshot("archives-trend-one");

		TagNode mode = tags.tag("System_PlantMode");
		tags.select(mode);
		tags.run("org.tagbench.ui.commands.showTrend");
		ArchivesViewPage.settle();
		UiWait.until("the hint", () -> archives.message().contains("System_PlantMode"));
	}

	@Test
	void aLargeQueryAndLiveModeKeepTheUiAnswering() throws Exception {
		ArchivesViewPage archives = ArchivesViewPage.connect("Large", profile("Large", "reader").toBuilder()
				.responseTimeoutMs(60_000).build());
		String[] twenty = archives.archive(ARCHIVE).variables().stream().map(v -> v.name()).toArray(String[]::new);
		archives.select(ARCHIVE, twenty);
		archives.range(RangeControl.LAST_HOUR + 1);
		archives.maxValues(TimeRange.MAX_VALUES);
		try (UiStallWatchdog watchdog = UiStallWatchdog.start(archives.table().getDisplay())) {
			long started = System.nanoTime();
			archives.query();
			UiWait.until("twenty series", LIVE, () -> archives.chart().pointCounts().length == 20
					|| !archives.message().isEmpty());
			assertEquals(20, archives.chart().pointCounts().length, archives.message());
			long queryMs = (System.nanoTime() - started) / 1_000_000;
			int samples = archives.table().getItemCount();
			assertTrue(samples >= 20_000, samples + " samples");
			archives.live(true);
			UiWait.until("live values", LIVE, () -> archives.table().getItemCount() > samples + 20);
			archives.live(false);
			Duration stall = watchdog.longestStall();
			System.out.println("Archives: " + samples + " samples of 20 variables queried and shown in " + queryMs
					+ " ms; longest UI stall " + stall.toMillis() + " ms (query and live)");
			assertTrue(stall.compareTo(Duration.ofSeconds(2)) < 0, "longest UI stall " + stall);
		}
	}

	@Test
	void screenshotOfATrendOfThreeVariables() throws Exception {
		ArchivesViewPage archives = open("Screenshot");
		archives.select(ARCHIVE, "T101_Level", "T102_Level", "T103_Level");
		archives.range(0);
		archives.maxValues(600);
		archives.query();
		UiWait.until("three series", () -> archives.chart().pointCounts().length == 3 && archives.chart().pointCounts()[2] > 0);
		UiWait.until("the summary", () -> archives.view().getContentDescription().equals(NLS.bind(Messages.ArchivesView_summary,
				new Object[] { "Screenshot", Integer.valueOf(3), Integer.valueOf(archives.table().getItemCount()) })));
		archives.pointAt(archives.plotArea().getSize().x * 2 / 3);
		archives.screenshot("archives-trend");
	}
}
