package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.watch.PollStats;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.core.watch.WatchModel;
import org.tagbench.simulator.PlantGenerator;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.tests.support.UiStallWatchdog;
import org.tagbench.tests.support.UiWait;
import org.tagbench.ui.internal.views.WatchView;
import org.tagbench.ui.internal.watch.RefreshRunner;

/**
 * 5,000 tags polled every second while the table scrolls: the table refreshes at most four times a second and
 * fills only the rows on screen. Timing (longest UI stall, poll period, CPU) is printed here and judged by the
 * live-watch benchmark (docs/benchmarks.md), not by a timed test.
 */
class WatchLoadTest {

	private static final int TAGS = 5_000;
	private static final int GROUPS = 50;
	private static final Duration MEASURED = Duration.ofSeconds(6);

	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.with(dir -> Simulator.start(
			SimulatorConfig.builder().port(0).stateDir(dir).plant(PlantGenerator.generate(TAGS, GROUPS)).build()));

	@Test
	void fiveThousandTagsAtOneSecondWithoutVisibleLag() throws Exception {
		ConnectionProfile profile = Profiles.forSimulator(session.simulator(), "Plant", "operator").toBuilder().batchSize(1_000)
				.maxInFlight(2).responseTimeoutMs(10_000).build();
		Profiles.connected("WatchLoad", profile, "operator");
		WatchViewPage watch = WatchViewPage.open(WorkbenchFixture.open());
		try {
			WatchView view = watch.view();
			WatchModel model = view.model();
			List<WatchItem> items = new ArrayList<>();
			for (int tag = 0; tag < TAGS; tag++) {
				items.add(new WatchItem(profile.id(), String.format("Area%04d_Tag%06d", tag / (TAGS / GROUPS) + 1, tag + 1)));
			}
			view.add(items);
			UiWait.until("every tag's first value", Duration.ofSeconds(60),
					() -> items.stream().allMatch(item -> model.state(item).value() != null));
			assertTrue(items.stream().allMatch(item -> model.state(item).value().isOk()), "every generated tag is known");
			UiWait.until("the rows", () -> watch.table().getItemCount() == TAGS);

			RefreshRunner runner = view.parts().runner();
			Table table = watch.table();
			long cyclesBefore = model.stats().getOrDefault(profile.id(), PollStats.NONE).cycles();
			int refreshesBefore = runner.count();
			long cpuBefore = cpuNanos();
			long uiCpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			long started = System.nanoTime();
			long materializedBefore = view.parts().table().materializedRows();
			try (UiStallWatchdog watchdog = UiStallWatchdog.start(table.getDisplay())) {
				long end = started + MEASURED.toNanos();
				Runnable scroll = new Runnable() {
					private int top;

					@Override
					public void run() {
						if (!table.isDisposed() && System.nanoTime() < end) {
							top = (top + 37) % (TAGS - 50);
							table.setTopIndex(top);
							table.getDisplay().timerExec(100, this);
						}
					}
				};
				scroll.run();
				UiWait.until("the measured time", Duration.ofSeconds(30), () -> System.nanoTime() > end);
				watchdog.close();
				double seconds = (System.nanoTime() - started) / 1e9;
				int refreshes = runner.count() - refreshesBefore;
				PollStats stats = model.stats().get(profile.id());
				long cycles = stats.cycles() - cyclesBefore;
				double cpu = (cpuNanos() - cpuBefore) / 1e9 / seconds * 100;
				long uiCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - uiCpuBefore) / 1_000_000;
				long materialized = view.parts().table().materializedRows() - materializedBefore;
				String figures = String.format(
						"%d tags, %.1f s: %d polls (last %d ms, longest %d ms, %d late, %d skipped), %d refreshes (at most %d in a second,"
								+ " longest %d ms), %d rows filled, longest UI stall %d ms, UI thread CPU %d ms, process CPU %.0f%% of one core",
						TAGS, seconds, cycles, stats.lastDurationMs(), stats.maxDurationMs(), stats.late(), stats.skipped(), refreshes,
						runner.maxPerSecond(), runner.longestMillis(), materialized, watchdog.longestStall().toMillis(), uiCpu, cpu);
				System.out.println("Watch load: " + figures);
				assertTrue(watchdog.answeredPings() > 10, "the watchdog watched: " + figures);
				assertTrue(runner.maxPerSecond() <= 4, "at most four refreshes a second: " + figures);
				assertTrue(refreshes <= 4 * seconds + 1, figures);
				assertTrue(materialized < TAGS, "only the rows on screen are filled, never the whole table: " + figures);
				assertTrue(cycles > 0 && refreshes > 0, "polls run and the view refreshes while values change: " + figures);
			}
		} finally {
			watch.close();
		}
	}

	private static long cpuNanos() {
		return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}
}
