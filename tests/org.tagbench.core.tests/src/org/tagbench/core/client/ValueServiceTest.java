package org.tagbench.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.BulkReadResult;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.model.TagValue;
import org.tagbench.core.model.WriteResult;
import org.tagbench.core.model.WriteStatus;
import org.tagbench.core.names.ChangeKind;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.simulator.Variants;

class ValueServiceTest {

	@TempDir
	Path state;

	private SimulatorFixture fixture;
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	@AfterEach
	void stop() {
		if (fixture != null) {
			fixture.close();
		}
	}

	private SimulatorFixture start(Variants variants) {
		fixture = new SimulatorFixture(state, variants);
		return fixture;
	}

	private static List<String> bulkNames() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < SimulatorFixture.BULK_TAGS; i++) {
			names.add(SimulatorFixture.bulkName(i));
		}
		return names;
	}

	@Test
	void readOneValue() throws Exception {
		try (WinccClient client = start(Variants.DEFAULTS).client("reader")) {
			TagValue value = client.values().read("Motor.Speed", monitor);
			assertEquals(ItemStatus.OK, value.status());
			assertEquals("Motor.Speed", value.name());
			assertTrue(value.quality().isGood());
			assertTrue(value.timestamp() != null);
			assertEquals(Integer.valueOf(9), value.dataType());
			assertEquals(ItemStatus.OK, client.values().read("Kühlung.Temperatur", monitor).status());
		}
	}

	@Test
	void unknownSingleNameIs404() throws Exception {
		try (WinccClient client = start(Variants.DEFAULTS).client("reader")) {
			WinccException e = assertThrows(WinccException.class, () -> client.values().read("No_Such_Tag", monitor));
			assertEquals(404, e.error().status());
			assertEquals("Tag or endpoint doesn't exist.", e.error().meaning());
		}
	}

	@Test
	void bulkReadInBatchesMatchedByName() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.reader(sim.profile("reader").batchSize(7).maxInFlight(2))) {
			List<String> names = new ArrayList<>(bulkNames());
			names.add(0, "\uFEFFMotor.Speed");
			BulkReadResult result = client.values().read(names, monitor);
			assertEquals(SimulatorFixture.BULK_TAGS + 1, result.values().size());
			assertEquals(SimulatorFixture.BULK_TAGS + 1, result.count(ItemStatus.OK));
			assertEquals("Bulk_13", result.get("Bulk_13").name());
			assertEquals(1, result.nameChanges().size());
			assertTrue(result.nameChanges().get(0).kinds().contains(ChangeKind.BOM_REMOVED));
			long posts = sim.journal.entries().stream().filter(e -> e.method().equals("POST")).count();
			assertEquals(6, posts, "41 names in batches of 7");
		}
	}

	@Test
	void bulkReadWithOneRequestInFlightInBatches() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.reader(sim.profile("reader").batchSize(7).maxInFlight(1))) {
			List<String> names = bulkNames();
			BulkReadResult result = client.values().read(names, monitor);
			assertEquals(names, List.copyOf(result.values().keySet()), "request order kept");
			assertEquals(SimulatorFixture.BULK_TAGS, result.count(ItemStatus.OK));
			List<JournalEntry> posts = sim.journal.entries().stream().filter(e -> e.method().equals("POST")).toList();
			assertEquals(6, posts.size(), "40 names in batches of 7");
			for (JournalEntry post : posts) {
				assertFalse(post.failed(), post.toString());
				assertEquals(200, post.status());
				assertTrue(post.bytesIn() > 0 && post.responsePreview().startsWith("[{"), post.toString());
			}
		}
	}

	@Test
	void aListReadAgainIsReadAfreshAndAChangedListAsChanged() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.reader(sim.profile("reader").batchSize(7).maxInFlight(2))) {
			List<String> names = new ArrayList<>(bulkNames());
			names.add(0, "\uFEFFBulk_03");
			client.values().read(names, monitor);
			sim.simulator.plant().setValue("Bulk_05", 4242);
			BulkReadResult again = client.values().read(names, monitor);
			assertEquals(4242L, ((Number) again.get("Bulk_05").value()).longValue(), "values are read again, not kept");
			assertEquals(1, again.nameChanges().size(), "what normalisation changed is told for every read");
			assertEquals(SimulatorFixture.BULK_TAGS, again.values().size(), "the name twice is read once");

			names.set(names.size() - 1, "Motor.Speed");
			BulkReadResult changed = client.values().read(names, monitor);
			assertTrue(changed.values().containsKey("Motor.Speed"), "a list changed since is read as it is now");
			assertFalse(changed.values().containsKey(SimulatorFixture.bulkName(SimulatorFixture.BULK_TAGS - 1)));
			assertEquals(List.of("Bulk_04", "Bulk_03"), List.copyOf(client.values().read(List.of("Bulk_04", "Bulk_03"),
					monitor).values().keySet()), "the same names in another order are read in that order");
		}
	}

	@Test
	void malformedAnswerInABulkReadFailsItsBatchAndIsJournaled() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.reader(sim.profile("reader").batchSize(2).maxInFlight(1).retries(0))) {
			sim.simulator.faults().malformed(0.5);
			BulkReadResult result = client.values().read(bulkNames(), monitor);
			List<JournalEntry> posts = sim.journal.entries().stream().filter(e -> e.method().equals("POST")).toList();
			assertEquals(SimulatorFixture.BULK_TAGS / 2, posts.size(), "one request per batch, none retried");
			List<JournalEntry> failed = posts.stream().filter(JournalEntry::failed).toList();
			assertFalse(failed.isEmpty(), "half the answers are malformed");
			for (JournalEntry entry : failed) {
				assertEquals(WinccErrorKind.MALFORMED_ANSWER, entry.error().kind(), entry.toString());
				assertEquals(200, entry.status());
			}
			assertEquals(2 * failed.size(), result.count(ItemStatus.FAILED), "the names of each failed batch");
			assertEquals(2 * (posts.size() - failed.size()), result.count(ItemStatus.OK));
			result.values().values().stream().filter(v -> v.status() == ItemStatus.FAILED)
					.forEach(v -> assertEquals(WinccErrorKind.MALFORMED_ANSWER, v.failure().kind(), v.name()));
		}
	}

	@Test
	void malformedAnswersInABulkReadAreRetriedThenThrown() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.reader(sim.profile("reader").batchSize(10).maxInFlight(1).retries(1))) {
			sim.simulator.faults().malformed(1);
			WinccException e = assertThrows(WinccException.class, () -> client.values().read(bulkNames(), monitor));
			assertEquals(WinccErrorKind.MALFORMED_ANSWER, e.kind());
			assertEquals(8, sim.journal.size(), "4 batches, each sent twice");
			assertTrue(sim.journal.entries().stream().allMatch(JournalEntry::failed));
		}
	}

	@Test
	void cancellationAbortsABulkReadOfManyBatches() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.reader(sim.profile("reader").batchSize(7).maxInFlight(1))) {
			readCancelledWhileAnswersWait(sim, client);
			waitFor(() -> sim.journal.size() >= 1);
			assertEquals(1, sim.journal.size(), "only the request on the wire was sent: " + sim.journal.entries());
			assertEquals(WinccErrorKind.CANCELLED, sim.journal.entries().get(0).error().kind());
		}
	}

	@Test
	void unknownNamesInEveryVariant() throws Exception {
		for (Variants.UnknownNames mode : Variants.UnknownNames.values()) {
			start(Variants.DEFAULTS.withUnknownNames(mode));
			try (WinccClient client = fixture.client("reader")) {
				BulkReadResult result = client.values().read(List.of("Bulk_01", "Missing_1"), monitor);
				ItemStatus expected = mode == Variants.UnknownNames.PER_ITEM_ERROR ? ItemStatus.ITEM_ERROR : ItemStatus.NO_DATA;
				assertEquals(expected, result.get("Missing_1").status(), mode.name());
				if (mode != Variants.UnknownNames.EMPTY_BODY) {
					assertEquals(ItemStatus.OK, result.get("Bulk_01").status(), mode.name());
				}
			}
			fixture.close();
			fixture = null;
		}
	}

	@Test
	void answersMissingNamesAreMatchedByNameInConcurrentBatches() throws Exception {
		start(Variants.DEFAULTS.withUnknownNames(Variants.UnknownNames.OMIT));
		try (WinccClient client = fixture.reader(fixture.profile("reader").batchSize(3).maxInFlight(3))) {
			List<String> names = List.of("Missing_1", "Bulk_01", "Bulk_02", "Bulk_03", "Missing_2", "Bulk_04", "Missing_3",
					"Missing_4", "Bulk_05", "Bulk_06");
			BulkReadResult result = client.values().read(names, monitor);
			assertEquals(names, List.copyOf(result.values().keySet()), "request order kept");
			for (String name : names) {
				TagValue value = result.get(name);
				assertEquals(name, value.name());
				assertEquals(name.startsWith("Bulk") ? ItemStatus.OK : ItemStatus.NO_DATA, value.status(), name);
			}
		}
	}

	@Test
	void wrappedValuesCamelQualityAndNumericBinary() throws Exception {
		start(Variants.DEFAULTS.withWrapValues(true).withQualityFieldCasing(Variants.QualityCasing.CAMEL)
				.withBinaryAsBoolean(false));
		try (WinccClient client = fixture.client("operator")) {
			BulkReadResult result = client.values().read(List.of("Pump_On", "Bulk_02"), monitor);
			assertEquals(2, result.count(ItemStatus.OK));
			assertTrue(result.get("Bulk_02").quality().isGood());
			WriteResult write = client.values().write("Pump_On", Boolean.TRUE, monitor);
			assertEquals(WriteStatus.VERIFIED, write.status(), String.valueOf(write.error()));
		}
	}

	@Test
	void writeOneIsVerifiedByReadingBack() throws Exception {
		try (WinccClient client = start(Variants.DEFAULTS).client("operator")) {
			WriteResult result = client.values().write("Motor.Speed", 1234.5, monitor);
			assertEquals(WriteStatus.VERIFIED, result.status(), String.valueOf(result.error()));
			assertEquals(1234.5, ((Number) client.values().read("Motor.Speed", monitor).value()).doubleValue());
		}
	}

	@Test
	void writeManyReportsPerItem() throws Exception {
		try (WinccClient client = start(Variants.DEFAULTS).client("operator")) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("Bulk_03", 17);
			values.put("Label", "Hallo");
			values.put("Missing_2", 1);
			List<WriteResult> results = client.values().write(values, monitor);
			assertEquals(WriteStatus.VERIFIED, results.get(0).status());
			assertEquals(WriteStatus.VERIFIED, results.get(1).status());
			assertFalse(results.get(2).isVerified());
			long puts = fixture.journal.entries().stream().filter(e -> e.method().equals("PUT")).count();
			assertEquals(1, puts, "one bulk write, never retried");
		}
	}

	@Test
	void readOnlyProfileRefusesWrites() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.client(sim.profile("operator").readOnly(true).build(), "operator",
				CertificateTrustHandler.REJECT)) {
			WinccException e = assertThrows(WinccException.class, () -> client.values().write("Bulk_01", 1, monitor));
			assertEquals(WinccErrorKind.READ_ONLY, e.kind());
			assertTrue(sim.journal.entries().isEmpty());
		}
	}

	@Test
	void wrongPasswordAndMissingRoles() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.client(sim.profile("reader").build(), "wrong", CertificateTrustHandler.REJECT)) {
			assertEquals(401, assertThrows(WinccException.class, () -> client.values().read("Bulk_01", monitor)).error().status());
		}
		try (WinccClient client = sim.client("guest")) {
			assertEquals(403, assertThrows(WinccException.class, () -> client.values().read("Bulk_01", monitor)).error().status());
		}
		try (WinccClient client = sim.client("reader")) {
			WriteResult result = client.values().write("Bulk_01", 5, monitor);
			assertEquals(WriteStatus.FAILED, result.status());
			assertEquals(403, result.error().status());
		}
		for (JournalEntry entry : sim.journal.entries()) {
			assertFalse(entry.toString().contains("Basic "), "no credentials in the journal");
			assertFalse(entry.requestHeaders().containsKey("Authorization"));
		}
	}

	@Test
	void transientReadFailureIsRetried() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.reader(sim.profile("reader").retries(3))) {
			sim.simulator.stopRuntime();
			Thread restart = new Thread(() -> {
				waitFor(() -> sim.journal.size() >= 1);
				sim.simulator.startRuntime();
			});
			restart.start();
			TagValue value = client.values().read("Bulk_01", monitor);
			restart.join(10_000);
			assertEquals(ItemStatus.OK, value.status());
			assertEquals(503, sim.journal.entries().get(0).status());
			assertEquals("REST API service not started.", sim.journal.entries().get(0).error().meaning());
		}
	}

	@Test
	void serviceUnavailableAfterRetriesIsReported() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.reader(sim.profile("reader").retries(1))) {
			sim.simulator.stopRuntime();
			WinccException e = assertThrows(WinccException.class, () -> client.values().read(List.of("Bulk_01"), monitor));
			assertEquals(503, e.error().status());
			assertEquals(2, sim.journal.size(), "first try and one retry");
		}
	}

	@Test
	void malformedTruncatedAndEmptyAnswers() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.reader(sim.profile("reader").retries(0).responseTimeoutMs(2_000))) {
			sim.simulator.faults().malformed(1);
			assertEquals(WinccErrorKind.MALFORMED_ANSWER,
					assertThrows(WinccException.class, () -> client.values().read(List.of("Bulk_01"), monitor)).kind());
			sim.simulator.faults().clear().truncate(1);
			assertEquals(WinccErrorKind.MALFORMED_ANSWER,
					assertThrows(WinccException.class, () -> client.values().read(List.of("Bulk_01"), monitor)).kind());
			sim.simulator.faults().clear().empty200(1);
			BulkReadResult empty = client.values().read(List.of("Bulk_01", "Bulk_02"), monitor);
			assertEquals(2, empty.count(ItemStatus.NO_DATA));
			sim.simulator.faults().clear().fewerRows(1);
			BulkReadResult fewer = client.values().read(bulkNames(), monitor);
			assertEquals(SimulatorFixture.BULK_TAGS, fewer.values().size());
			assertTrue(fewer.count(ItemStatus.NO_DATA) > 0);
			assertTrue(fewer.count(ItemStatus.OK) > 0);
			sim.simulator.faults().clear().resetMidBody(1);
			WinccException reset = assertThrows(WinccException.class, () -> client.values().read(List.of("Bulk_01"), monitor));
			assertTrue(reset.kind() == WinccErrorKind.CONNECTION_LOST || reset.kind() == WinccErrorKind.MALFORMED_ANSWER
					|| reset.kind() == WinccErrorKind.RESPONSE_TIMEOUT, reset.kind().name());
		}
	}

	@Test
	void oversizedAnswerIsRefused() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		ConnectionSettings settings = ConnectionSettings.of(sim.profile("reader").retries(0).build(), "reader")
				.withLimits(256, 4_096);
		try (WinccClient client = WinccClient.open(settings)) {
			sim.simulator.faults().oversized(100_000, 1);
			assertEquals(WinccErrorKind.ANSWER_TOO_LARGE,
					assertThrows(WinccException.class, () -> client.values().read(List.of("Bulk_01"), monitor)).kind());
		}
	}

	@Test
	void slowAnswerTimesOut() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.reader(sim.profile("reader").retries(0).responseTimeoutMs(500))) {
			client.values().read("Bulk_01", monitor);
			sim.simulator.faults().slowDrip(1, Duration.ofMillis(100));
			long start = System.nanoTime();
			WinccException e = assertThrows(WinccException.class, () -> client.values().read(bulkNames(), monitor));
			assertEquals(WinccErrorKind.RESPONSE_TIMEOUT, e.kind());
			assertTrue(System.nanoTime() - start < 5_000_000_000L);
		}
	}

	@Test
	void cancellationAbortsARunningRequest() throws Exception {
		SimulatorFixture sim = start(Variants.DEFAULTS);
		try (WinccClient client = sim.client("reader")) {
			readCancelledWhileAnswersWait(sim, client);
			assertEquals(WinccErrorKind.CANCELLED, sim.journal.entries().get(0).error().kind());
		}
	}

	/**
	 * Reads the bulk names while the simulator holds every answer 8 s, cancels after 300 ms, and checks that
	 * the read ends cancelled within 4 s.
	 */
	private static void readCancelledWhileAnswersWait(SimulatorFixture sim, WinccClient client) throws InterruptedException {
		sim.simulator.faults().latency(Duration.ofSeconds(8));
		NullProgressMonitor cancellable = new NullProgressMonitor();
		Thread canceller = new Thread(() -> {
			sleep(300);
			cancellable.setCanceled(true);
		});
		canceller.start();
		long start = System.nanoTime();
		assertThrows(OperationCanceledException.class, () -> client.values().read(bulkNames(), cancellable));
		assertTrue(System.nanoTime() - start < 4_000_000_000L);
		canceller.join();
	}

	static void waitFor(java.util.function.BooleanSupplier condition) {
		long end = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < end) {
			sleep(10);
		}
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
