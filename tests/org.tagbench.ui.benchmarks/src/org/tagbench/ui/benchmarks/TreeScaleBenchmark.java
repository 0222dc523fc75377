package org.tagbench.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.tests.support.UiStallWatchdog;
import org.tagbench.tests.support.UiWait;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.tags.FolderNode;
import org.tagbench.ui.internal.tags.MoreNode;
import org.tagbench.ui.internal.tags.RangeNode;
import org.tagbench.ui.internal.tags.TagNode;
import org.tagbench.ui.internal.tags.TagTree;
import org.tagbench.ui.tests.Profiles;
import org.tagbench.ui.tests.TagsViewPage;
import org.tagbench.ui.tests.TestCredentials;

/**
 * Issue 9, point 2: the Tags view with 100,000 tags in 1,000 groups, the first group holding 10,000.
 * Measures, in the real workbench against the simulator over HTTPS (in its own JVM, as a runtime is on its
 * own machine: its work and garbage are not the workbench's):
 * <ul>
 * <li>the time from a page's arrival (its answer read by the client) to its rows being in the tree and
 * painted, for the first page of the 10,000-tag group (several times); for every further page, to its
 * range node shown, and the opening of that range to its 1,000 rows painted;</li>
 * <li>the time from a page's arrival to its rows for each of the other 999 groups, opened one after the
 * other, which loads all 100,000 names;</li>
 * <li>the time the local filter takes over those 100,000 loaded names;</li>
 * <li>the longest UI-thread stall ({@link UiStallWatchdog}) while expanding, paging, scrolling and
 * filtering.</li>
 * </ul>
 */
class TreeScaleBenchmark {

	private static final Duration LOAD = Duration.ofSeconds(60);
	private static final String BIG_GROUP = "Area0001"; //$NON-NLS-1$
	private static final int TAGS = 100_000;
	private static final int BIG = 10_000;
	private static final int FIRST_ROWS_RUNS = 6;
	private static final List<String> FILTERS = List.of("Tag099999", "Area05", "area0001_tag00012", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@TempDir
	static Path dir;
	private static SimulatorProcess simulator;

	private final Figures figures = new Figures("tree-scale"); //$NON-NLS-1$
	private final List<Double> stalls = new ArrayList<>();
	private final List<Double> gaps = new ArrayList<>();
	private TagsViewPage tags;
	private PageArrivals arrivals;

	@BeforeAll
	static void start() throws Exception {
		simulator = SimulatorProcess.start(dir.resolve("sim"), TAGS, 1000, BIG); //$NON-NLS-1$
		TestCredentials.install(dir);
	}

	@AfterAll
	static void stop() throws Exception {
		Profiles.cleanUp();
		if (simulator != null) {
			simulator.close();
		}
	}

	@Test
	void treeScale() throws Exception {
		ConnectionProfile profile = ConnectionProfile.builder().name("Plant 100,000").url(simulator.url()).user("operator") //$NON-NLS-1$ //$NON-NLS-2$
				.tls(TlsSettings.pinned(simulator.sha256())).connectTimeoutMs(10_000).responseTimeoutMs(60_000).build();
		tags = TagsViewPage.connect("TreeScale", profile); //$NON-NLS-1$
		arrivals = new PageArrivals(ConnectionManager.getDefault().journal());
		try {
			FolderNode groups = tags.expand(tags.root(Messages.TagTree_groups));
			assertEquals(1000, groups.loaded().size(), "the generated plant's groups"); //$NON-NLS-1$
			FolderNode big = group(groups, BIG_GROUP);
			firstRows(big);
			pageToTheEnd(big, "group=" + BIG_GROUP, BIG, "pages 2-10 of the 10,000-tag group, arrival to its range node shown"); //$NON-NLS-1$ //$NON-NLS-2$
			scroll(big);
			everyGroup(groups);
			filter(groups);
			double longestGap = gaps.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
			figures.millis("longest UI-thread stall while browsing, event loop not turning for timers and input (all phases above)", //$NON-NLS-1$
					longestGap, 100);
			double longest = stalls.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
			figures.millis("longest wait of an asyncExec runnable while browsing (all phases above)", longest, 100); //$NON-NLS-1$
		} finally {
			arrivals.close();
			figures.write();
		}
	}

	/** Opens the 10,000-tag group several times, forgetting its children in between. */
	private void firstRows(FolderNode big) {
		TreeViewer viewer = tags.view().viewer();
		List<Double> arrivalToRows = new ArrayList<>();
		List<Double> arrivalToRowsCpu = new ArrayList<>();
		List<Double> expandToRows = new ArrayList<>();
		try (UiStallWatchdog watchdog = UiStallWatchdog.start(Display.getCurrent())) {
			for (int run = 0; run < FIRST_ROWS_RUNS; run++) {
				if (run > 0) {
					viewer.setExpandedState(big, false);
					tags.view().tree().refresh(big);
					TagsViewPage.settle();
				}
				arrivals.expect("group=" + BIG_GROUP); //$NON-NLS-1$
				long expanded = System.nanoTime();
				viewer.setExpandedState(big, true);
				rowsShown(big, 1_000, 1_000, arrivalToRows, arrivalToRowsCpu);
				expandToRows.add(Double.valueOf(Figures.millisSince(expanded)));
				TagsViewPage.settle();
			}
			stall("opening the 10,000-tag group", watchdog); //$NON-NLS-1$
		}
		figures.series("first rows of the 10,000-tag group, page arrival to 1,000 rows shown (first run cold)", //$NON-NLS-1$
				arrivalToRows, 200);
		figures.cpu("  the same, UI-thread CPU time", arrivalToRowsCpu); //$NON-NLS-1$
		figures.add("for orientation: expand to 1,000 rows shown, request included", //$NON-NLS-1$
				String.format("median %.1f ms", Double.valueOf(median(expandToRows)))); //$NON-NLS-1$
	}

	/**
	 * Opens "show next" until every child of the folder is loaded; times each page from arrival to its
	 * range node shown, then the opening of that range to its 1,000 rows painted.
	 */
	private void pageToTheEnd(FolderNode folder, String request, int total, String what) {
		List<Double> times = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		List<Double> opened = new ArrayList<>();
		List<Double> openedCpu = new ArrayList<>();
		TagTree tree = tags.view().tree();
		TreeViewer viewer = tags.view().viewer();
		try (UiStallWatchdog watchdog = UiStallWatchdog.start(Display.getCurrent())) {
			while (folder.loaded().size() < total) {
				int next = folder.loaded().size() + 1_000;
				List<Object> shown = tags.shownChildren(folder);
				MoreNode more = (MoreNode) shown.get(shown.size() - 1);
				arrivals.expect(request);
				tree.showMore(more);
				rowsShown(folder, next, 1_000 + next / 1_000 - 1, times, cpu);
				RangeNode range = (RangeNode) tags.shownChildren(folder).get(1_000 + next / 1_000 - 2);
				long start = System.nanoTime();
				long startCpu = Figures.uiCpuNanos();
				viewer.setExpandedState(range, true);
				viewer.getTree().update();
				opened.add(Double.valueOf(Figures.millisSince(start)));
				openedCpu.add(Double.valueOf((Figures.uiCpuNanos() - startCpu) / 1e6));
				assertEquals(1_000, ((TreeItem) viewer.testFindItem(range)).getItemCount(), "the rows of " + range); //$NON-NLS-1$
				// opening the range and asking for the next page are two gestures, each in its own turn of the event loop
				UiWait.drain();
			}
			TagsViewPage.settle();
			stall("paging " + folder.label() + " to " + total + " rows", watchdog); //$NON-NLS-1$ //$NON-NLS-2$
		}
		figures.series(what, times, 200);
		figures.cpu("  the same, UI-thread CPU time", cpu); //$NON-NLS-1$
		figures.series("opening one of those ranges to its 1,000 rows painted", opened, 200); //$NON-NLS-1$
		figures.cpu("  the same, UI-thread CPU time", openedCpu); //$NON-NLS-1$
	}

	/** Scrolls through the 10,000 rows of the big group (its first 1,000 and its open ranges), painting each screen. */
	private void scroll(FolderNode big) {
		Tree tree = tags.view().viewer().getTree();
		TreeItem item = (TreeItem) tags.view().viewer().testFindItem(big);
		List<TreeItem> rows = new ArrayList<>();
		for (TreeItem child : item.getItems()) {
			rows.add(child);
			if (child.getExpanded()) {
				rows.addAll(List.of(child.getItems()));
			}
		}
		assertTrue(rows.size() >= BIG, "the big group's rows: " + rows.size()); //$NON-NLS-1$
		List<Double> steps = new ArrayList<>();
		try (UiStallWatchdog watchdog = UiStallWatchdog.start(Display.getCurrent())) {
			for (int row = 0; row < rows.size(); row += 250) {
				long start = System.nanoTime();
				tree.setTopItem(rows.get(row));
				tree.update();
				steps.add(Double.valueOf(Figures.millisSince(start)));
				UiWait.drain();
			}
			stall("scrolling through 10,000 rows", watchdog); //$NON-NLS-1$
		}
		figures.series("scroll step (250 rows further, painted)", steps, 100); //$NON-NLS-1$
	}

	/** Opens every other group one after the other: 100,000 names loaded, 1,000 folders open. */
	private void everyGroup(FolderNode groups) {
		List<Double> opened = new ArrayList<>();
		List<Double> openedCpu = new ArrayList<>();
		try (UiStallWatchdog watchdog = UiStallWatchdog.start(Display.getCurrent())) {
			for (Object child : groups.loaded()) {
				FolderNode group = (FolderNode) child;
				if (group.loaded().isEmpty()) {
					arrivals.expect("group=" + group.label()); //$NON-NLS-1$
					tags.view().viewer().setExpandedState(group, true);
					rowsShown(group, 1, 1, opened, openedCpu);
				}
			}
			TagsViewPage.settle();
			stall("opening the other 999 groups (about 90 tags each)", watchdog); //$NON-NLS-1$
		}
		figures.series("first rows of a group of about 90 tags, page arrival to rows shown", opened, 200); //$NON-NLS-1$
		figures.cpu("  the same, UI-thread CPU time", openedCpu); //$NON-NLS-1$
	}

	/** Filters the loaded names as the filter field does on every keystroke. */
	private void filter(FolderNode groups) {
		int loaded = loadedTags(tags.view().tree());
		assertTrue(loaded >= TAGS, "every name loaded: " + loaded); //$NON-NLS-1$
		int treeRows = rowsBelow(groups);
		Tree tree = tags.view().viewer().getTree();
		Tree results = tags.view().filterResults().getTree();
		try (UiStallWatchdog watchdog = UiStallWatchdog.start(Display.getCurrent())) {
			for (String text : FILTERS) {
				long start = System.nanoTime();
				long startCpu = Figures.uiCpuNanos();
				tags.filter(text);
				tree.update();
				results.update();
				double ms = Figures.millisSince(start);
				double cpu = (Figures.uiCpuNanos() - startCpu) / 1e6;
				List<Object> shown = tags.filterResults();
				figures.millis(String.format("local filter \"%s\" over %,d loaded names (%s; UI-thread CPU %.1f ms)", //$NON-NLS-1$
						text, Integer.valueOf(loaded), shown == null ? String.format("the tree again, %,d rows below Groups", //$NON-NLS-1$
								Integer.valueOf(rowsBelow(groups))) : shown.get(shown.size() - 1), Double.valueOf(cpu)), ms, 50);
			}
			assertEquals(treeRows, rowsBelow(groups), "cleared, the filter shows the tree as it was, its groups open"); //$NON-NLS-1$
			stall("filtering", watchdog); //$NON-NLS-1$
		}
	}

	/** @return the rows the tree shows below a folder, two levels deep */
	private int rowsBelow(FolderNode folder) {
		TreeItem item = (TreeItem) tags.view().viewer().testFindItem(folder);
		int rows = 0;
		for (TreeItem child : item.getItems()) {
			rows += 1 + (child.getExpanded() ? child.getItemCount() : 0);
		}
		return rows;
	}

	/**
	 * Waits until the folder has {@code loaded} children and the tree shows at least {@code rows} of
	 * them, paints, and records the milliseconds since the page arrived: wall time in {@code wall}, the UI
	 * thread's CPU time in {@code cpu}.
	 */
	private void rowsShown(FolderNode folder, int loaded, int rows, List<Double> wall, List<Double> cpu) {
		TreeViewer viewer = tags.view().viewer();
		UiWait.until(folder.label() + " to show " + rows + " rows", LOAD, //$NON-NLS-1$ //$NON-NLS-2$
				() -> !folder.isLoading() && folder.loaded().size() >= loaded && items(viewer, folder) >= rows);
		viewer.getTree().update();
		long arrival = arrivals.lastArrival();
		assertTrue(arrival != 0, "the page's request was seen in the journal"); //$NON-NLS-1$
		wall.add(Double.valueOf(Figures.millisSince(arrival)));
		cpu.add(Double.valueOf((Figures.uiCpuNanos() - arrivals.uiCpuAtLastArrival()) / 1e6));
	}

	private static int items(TreeViewer viewer, FolderNode folder) {
		Widget item = viewer.testFindItem(folder);
		return item instanceof TreeItem treeItem && treeItem.getExpanded() ? treeItem.getItemCount() : 0;
	}

	private void stall(String phase, UiStallWatchdog watchdog) {
		watchdog.close();
		double gap = watchdog.longestEventLoopGap().toNanos() / 1e6;
		double ms = watchdog.longestStall().toNanos() / 1e6;
		gaps.add(Double.valueOf(gap));
		stalls.add(Double.valueOf(ms));
		figures.add("longest UI-thread stall " + phase, String.format( //$NON-NLS-1$
				"event loop %.1f ms (UI-thread CPU %.1f ms, garbage collection %d ms; began %s); asyncExec wait %.1f ms (%d pings; began %s)", //$NON-NLS-1$
				Double.valueOf(gap), Double.valueOf(watchdog.longestEventLoopGapCpu().toNanos() / 1e6),
				Long.valueOf(watchdog.longestEventLoopGapGc().toMillis()), watchdog.longestEventLoopGapStart(), Double.valueOf(ms), Long.valueOf(watchdog.answeredPings()),
				watchdog.longestStallStart()));
	}

	private static FolderNode group(FolderNode groups, String name) {
		return (FolderNode) groups.loaded().stream().filter(node -> node.label().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no group " + name)); //$NON-NLS-1$
	}

	private static int loadedTags(TagTree tree) {
		int count = 0;
		for (Object root : tree.roots()) {
			count += loadedTags((FolderNode) root);
		}
		return count;
	}

	private static int loadedTags(FolderNode folder) {
		int count = 0;
		for (Object child : folder.loaded()) {
			if (child instanceof TagNode) {
				count++;
			} else if (child instanceof FolderNode sub) {
				count += loadedTags(sub);
			}
		}
		return count;
	}

	private static double median(List<Double> values) {
		return Figures.median(values.stream().mapToDouble(Double::doubleValue).sorted().toArray());
	}
}
