package org.tagbench.core.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;

/** The watch model against the real simulator: bulk polls, changes, pause, late polls, connections, export. */
class WatchModelTest {

	private static final String PROFILE = "line-1";
	private static final Duration WAIT = Duration.ofSeconds(20);

	@TempDir
	Path dir;
	private Simulator simulator;
	private final DiagnosticsJournal journal = new DiagnosticsJournal();
	private final Map<String, WinccClient> open = new ConcurrentHashMap<>();
	private WatchModel model;

	@BeforeEach
	void start() throws Exception {
		simulator = Simulator.start(SimulatorConfig.builder().port(0).stateDir(dir.resolve("sim")).build());
		open.put(PROFILE, client(10_000));
		model = new WatchModel(open::get);
	}

	@AfterEach
	void stop() {
		model.close();
		open.values().forEach(WinccClient::close);
		simulator.close();
	}

	private WinccClient client(int responseTimeoutMs) throws Exception {
		ConnectionProfile profile = ConnectionProfile.builder().id(PROFILE).name("Line 1").url(simulator.baseUri().toString())
				.user("reader").tls(TlsSettings.pinned(simulator.certificateSha256())).retries(0)
				.responseTimeoutMs(responseTimeoutMs).connectTimeoutMs(5_000).build();
		return WinccClient.open(ConnectionSettings.of(profile, "reader").withTrustHandler(CertificateTrustHandler.REJECT)
				.withJournal(journal));
	}

	private static WatchItem item(String tag) {
		return new WatchItem(PROFILE, tag);
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			Thread.sleep(10);
		}
	}

	private List<JournalEntry> polls() {
		return journal.entries().stream().filter(e -> e.url().endsWith("/tagManagement/Values")).toList();
	}

	@Test
	void pollsInBulkSeesChangesAndCapturesThem() throws Exception {
		AtomicInteger notifications = new AtomicInteger();
		model.addListener(notifications::incrementAndGet);
		model.setInterval(Duration.ofMillis(200));
		WatchItem mode = item("System_PlantMode");
		WatchItem level = item("T101.Level");
		assertEquals(2, model.add(List.of(mode, level, mode)));
		await("the first values", () -> model.state(mode).value() != null && model.state(level).value() != null);
		assertEquals(2L, ((Number) model.state(mode).value().value()).longValue());
		assertEquals(0, model.state(mode).changes());
		assertTrue(polls().size() >= 1);
		assertTrue(polls().stream().allMatch(e -> e.requestPreview().contains("System_PlantMode")
				&& e.requestPreview().contains("T101.Level")), "both tags in one bulk request");

		simulator.plant().setValue("System_PlantMode", 3);
		await("the change", () -> model.state(mode).changes() == 1);
		WatchState changed = model.state(mode);
		assertEquals(3L, ((Number) changed.value().value()).longValue());
		assertNotNull(changed.lastChange());
		assertTrue(changed.changedSince(changed.polledAt().minusMillis(1)) || changed.lastChange().equals(changed.polledAt()));

		await("the change captured (after the state is set)", () -> model.capture().snapshot().stream()
				.filter(s -> s.item().equals(mode)).count() == 2);
		List<WatchSample> captured = model.capture().snapshot().stream().filter(s -> s.item().equals(mode)).toList();
		assertEquals(List.of(2L, 3L), captured.stream().map(s -> ((Number) s.value().value()).longValue()).toList());
		StringWriter csv = new StringWriter();
		WatchCsv.write(model.capture().snapshot(), id -> id.equals(PROFILE) ? "Line 1, hall \"B\"" : id, csv);
		String[] lines = csv.toString().split("\r\n");
		assertEquals(String.join(",", WatchCsv.COLUMNS), lines[0]);
		assertTrue(csv.toString().contains(",\"Line 1, hall \"\"B\"\"\",System_PlantMode,3,192,"), csv.toString());
		assertTrue(notifications.get() >= 3);
		PollStats stats = model.stats().get(PROFILE);
		assertTrue(stats.cycles() >= 2, String.valueOf(stats));
		assertEquals(null, stats.lastError());
	}

	@Test
	void unknownTagIsAnErrorRowWhileTheOthersArePolled() throws Exception {
		WatchItem unknown = item("No_Such_Tag");
		WatchItem mode = item("System_PlantMode");
		model.add(List.of(unknown, mode));
		await("the first poll", () -> model.state(unknown).value() != null);
		assertTrue(model.state(unknown).hasError());
		assertNotEquals(ItemStatus.OK, model.state(unknown).value().status());
		assertTrue(model.state(mode).value().isOk());
	}

	@Test
	void pauseStopsRequestsAndResumeStartsThem() throws Exception {
		model.setInterval(Duration.ofMillis(150));
		model.add(List.of(item("System_PlantMode")));
		await("three polls", () -> polls().size() >= 3);
		model.pause();
		await("the poll under way to end", () -> !model.isPolling());
		int before = journal.entries().size();
		Thread.sleep(600); // four intervals in which a running poller would have sent four requests
		assertEquals(before, journal.entries().size(), "no request while paused");
		assertTrue(model.isPaused());
		model.resume();
		await("polls again", () -> journal.entries().size() > before);
	}

	@Test
	void slowAnswersCountLateAndSkippedPollsWithoutOverlap() throws Exception {
		simulator.faults().latency(Duration.ofMillis(450));
		model.setInterval(Duration.ofMillis(150));
		model.add(List.of(item("System_PlantMode")));
		await("four slow polls", () -> model.stats().getOrDefault(PROFILE, PollStats.NONE).cycles() >= 4);
		PollStats stats = model.stats().get(PROFILE);
		assertTrue(stats.skipped() >= 4, "each 450 ms poll covers two whole 150 ms slots: " + stats);
		assertTrue(stats.late() >= 3, "the poll after an overrun starts late: " + stats);
		assertTrue(stats.maxDurationMs() >= 450, String.valueOf(stats));
		List<JournalEntry> polls = polls();
		for (int i = 1; i < polls.size(); i++) {
			Duration gap = Duration.between(polls.get(i - 1).time(), polls.get(i).time());
			assertTrue(gap.toMillis() >= 400, "polls of one connection never overlap: " + gap);
		}
	}

	@Test
	void pollTakingLongerThanTheResponseTimeoutIsCancelledAndShownAsAnError() throws Exception {
		open.put(PROFILE, client(1_000)).close();
		simulator.faults().latency(Duration.ofMillis(3_000));
		WatchItem mode = item("System_PlantMode");
		model.add(List.of(mode));
		await("the timeout", () -> model.state(mode).value() != null);
		assertEquals(ItemStatus.FAILED, model.state(mode).value().status());
		assertEquals(WinccErrorKind.RESPONSE_TIMEOUT, model.state(mode).value().failure().kind());
		assertEquals(WinccErrorKind.RESPONSE_TIMEOUT, model.stats().get(PROFILE).lastError().kind());
	}

	@Test
	void tagsOfAClosedConnectionWaitAndArePolledWhenItOpens() throws Exception {
		WinccClient client = open.remove(PROFILE);
		WatchItem mode = item("System_PlantMode");
		model.add(List.of(mode));
		assertFalse(model.state(mode).connected());
		assertTrue(model.state(mode).hasError());
		assertTrue(polls().isEmpty());
		open.put(PROFILE, client);
		model.connectionsChanged();
		await("the value after connecting", () -> model.state(mode).value() != null);
		assertTrue(model.state(mode).connected());
		assertTrue(model.state(mode).value().isOk());
	}

	@Test
	void removedTagsAreNoLongerPolled() throws Exception {
		WatchItem mode = item("System_PlantMode");
		WatchItem level = item("T101.Level");
		model.setInterval(Duration.ofMillis(150));
		model.add(List.of(mode, level));
		await("a poll", () -> model.state(level).value() != null);
		model.remove(List.of(level));
		assertEquals(List.of(mode), model.items());
		int seen = polls().size();
		await("two more polls", () -> polls().size() >= seen + 2);
		JournalEntry last = polls().get(polls().size() - 1);
		assertFalse(last.requestPreview().contains("T101.Level"), last.requestPreview());
		model.clear();
		assertTrue(model.items().isEmpty());
		assertFalse(model.capture().snapshot().isEmpty(), "captured values outlive the list");
	}

	@Test
	void captureBufferKeepsTheNewestAndCountsWhatItDropped() {
		CaptureBuffer buffer = new CaptureBuffer(3);
		WatchItem a = item("A");
		List<WatchSample> samples = java.util.stream.IntStream.range(0, 5)
				.mapToObj(i -> new WatchSample(java.time.Instant.ofEpochSecond(i), a, org.tagbench.core.model.TagValue.noData("A")))
				.toList();
		buffer.addAll(samples);
		assertEquals(samples.subList(2, 5), buffer.snapshot());
		assertEquals(2, buffer.dropped());
		buffer.clear();
		assertEquals(0, buffer.size());
	}
}
