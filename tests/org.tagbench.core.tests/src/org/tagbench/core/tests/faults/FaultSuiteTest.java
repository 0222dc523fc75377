package org.tagbench.core.tests.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.BulkReadResult;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.model.TagValue;
import org.tagbench.core.model.WriteResult;
import org.tagbench.core.model.WriteStatus;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.core.security.CertificateTrustRequest;
import org.tagbench.core.security.TrustDecision;
import org.tagbench.simulator.Plant;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.simulator.model.DataType;
import org.tagbench.simulator.model.TagDefinition;

/**
 * Every fault the simulator injects, through {@link WinccClient} over real HTTPS: a typed error with the
 * catalog's meaning and solution within a bounded time, reads retried only on transient failures, writes
 * sent exactly once with an honest outcome, and the same client working again once the fault is gone.
 * The measured figures are printed at the end (docs/reliability.md, section Faults).
 */
class FaultSuiteTest {

	private static final int TAGS = 60;
	private static final String VALUES = "/tagManagement/Values";
	/** Longest accepted time from the start of a call to its typed error, retries and back-off included. */
	private static final long ERROR_BOUND_MS = 2 * Fault.RESPONSE_TIMEOUT_MS + 1_500;
	private static final Map<String, String> FIGURES = new TreeMap<>();

	@TempDir
	static Path state;
	private static Simulator simulator;

	private final NullProgressMonitor monitor = new NullProgressMonitor();
	private final DiagnosticsJournal journal = new DiagnosticsJournal();

	@BeforeAll
	static void start() {
		Plant.Builder plant = Plant.builder("faults");
		for (int i = 0; i < TAGS; i++) {
			plant.tag(TagDefinition.builder(name(i), DataType.INT32).build());
		}
		simulator = Simulator.start(SimulatorConfig.builder().port(0).stateDir(state).plant(plant.build()).build());
	}

	@AfterAll
	static void stop() {
		simulator.close();
		StringBuilder table = new StringBuilder("| Fault | Read | Write |\n|---|---|---|\n");
		FIGURES.forEach((fault, row) -> table.append("| ").append(fault).append(" | ").append(row).append(" |\n"));
		System.out.println("Fault figures (core client):\n" + table);
	}

	@AfterEach
	void clear() {
		Fault.clear(simulator);
	}

	private static String name(int i) {
		return String.format("Tag_%02d", i);
	}

	private static ConnectionProfile.Builder profile(String user) {
		return ConnectionProfile.builder().name("faults").url(simulator.baseUri().toString()).user(user)
				.tls(TlsSettings.pinned(simulator.certificateSha256())).retries(Fault.RETRIES)
				.responseTimeoutMs(Fault.RESPONSE_TIMEOUT_MS).connectTimeoutMs(1_000);
	}

	private WinccClient client(String user) throws WinccException {
		return client(ConnectionSettings.of(profile(user).build(), user), CertificateTrustHandler.REJECT);
	}

	private WinccClient client(String user, Fault fault) throws WinccException {
		return client(ConnectionSettings.of(profile(user).responseTimeoutMs(fault.responseTimeoutMs()).build(), user),
				CertificateTrustHandler.REJECT);
	}

	private WinccClient client(ConnectionSettings settings, CertificateTrustHandler trust) throws WinccException {
		return WinccClient.open(settings.withTrustHandler(trust).withJournal(journal));
	}

	private long requests(String method, String path) {
		return journal.entries().stream().filter(e -> e.method().equals(method) && e.url().contains(path)).count();
	}

	private static long since(long startNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
	}

	private static void assertCatalogText(WinccError expected, WinccError actual) {
		assertEquals(expected.kind(), actual.kind(), actual.describe());
		assertEquals(expected.status(), actual.status(), actual.describe());
		assertEquals(expected.meaning(), actual.meaning());
		assertEquals(expected.solution(), actual.solution());
		assertFalse(actual.meaning().isBlank() || actual.solution().isBlank(), "meaning and solution: " + actual);
	}

	@ParameterizedTest
	@EnumSource(value = Fault.class, names = { "EMPTY_200", "FEWER_ROWS" }, mode = EnumSource.Mode.EXCLUDE)
	void readFailsTypedInBoundedTimeRetriedWhenTransientAndRecovers(Fault fault) throws Exception {
		try (WinccClient client = client("reader", fault)) {
			assertEquals(2, client.values().read(List.of(name(1), name(2)), monitor).count(ItemStatus.OK));
			journal.clear();
			fault.inject(simulator);

			long start = System.nanoTime();
			WinccException read = assertThrows(WinccException.class,
					() -> client.values().read(List.of(name(1), name(2)), monitor));
			long toError = since(start);
			assertCatalogText(fault.readError(), read.error());
			assertTrue(toError < ERROR_BOUND_MS, fault + " took " + toError + " ms");
			assertEquals(fault.readAttempts(), requests("POST", VALUES), "bulk reads sent for " + fault);

			journal.clear();
			WinccException browse = assertThrows(WinccException.class, () -> client.browse().listGroups(null, 0, monitor));
			assertCatalogText(fault.readError(), browse.error());
			assertEquals(fault.readAttempts(), requests("GET", "/tagManagement/Groups"), "browses sent for " + fault);

			Fault.clear(simulator);
			long clear = System.nanoTime();
			assertEquals(2, client.values().read(List.of(name(1), name(2)), monitor).count(ItemStatus.OK),
					"the same client reads again after " + fault);
			assertNotNull(client.browse().listGroups(null, 0, monitor));
			FIGURES.merge(fault.name(), read.error().label() + ", " + toError + " ms, " + fault.readAttempts()
					+ " request(s), recovered in " + since(clear) + " ms", (a, b) -> a + " | " + b);
		}
	}

	@Test
	void emptyAnswerReportsEveryItemAsMissing() throws Exception {
		try (WinccClient client = client("reader")) {
			Fault.EMPTY_200.inject(simulator);
			long start = System.nanoTime();
			BulkReadResult result = client.values().read(List.of(name(1), name(2)), monitor);
			long took = since(start);
			assertEquals(2, result.count(ItemStatus.NO_DATA));
			result.values().values().forEach(FaultSuiteTest::assertMissing);
			assertEquals(ItemStatus.NO_DATA, client.values().read(name(3), monitor).status(), "a single read too");
			assertEquals(1, requests("POST", VALUES), "an empty answer is an answer: not retried");
			Fault.clear(simulator);
			assertEquals(2, client.values().read(List.of(name(1), name(2)), monitor).count(ItemStatus.OK));
			FIGURES.merge(Fault.EMPTY_200.name(), "2 of 2 items NO_DATA (MISSING_ITEM), " + took + " ms, 1 request",
					(a, b) -> b + " | " + a);
		}
	}

	@Test
	void fewerRowsAreReportedAsMissingItemsNeverDropped() throws Exception {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < TAGS; i++) {
			names.add(name(i));
		}
		try (WinccClient client = client("reader")) {
			Fault.FEWER_ROWS.inject(simulator);
			long start = System.nanoTime();
			BulkReadResult result = client.values().read(names, monitor);
			long took = since(start);
			assertEquals(TAGS, result.values().size(), "every name asked for has a value");
			long missing = result.count(ItemStatus.NO_DATA);
			assertEquals(TAGS / 2, missing, "the simulator leaves every second row out");
			assertEquals(TAGS / 2, result.count(ItemStatus.OK));
			result.values().values().stream().filter(v -> v.status() == ItemStatus.NO_DATA)
					.forEach(FaultSuiteTest::assertMissing);
			Fault.clear(simulator);
			assertEquals(TAGS, client.values().read(names, monitor).count(ItemStatus.OK));
			FIGURES.merge(Fault.FEWER_ROWS.name(), missing + " of " + TAGS + " items NO_DATA (MISSING_ITEM), " + took
					+ " ms, 1 request", (a, b) -> b + " | " + a);
		}
	}

	private static void assertMissing(TagValue value) {
		assertNotNull(value.failure(), value.name());
		assertCatalogText(ErrorCatalog.forKind(WinccErrorKind.MISSING_ITEM, ""), value.failure());
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void writeIsSentOnceWithAnHonestOutcomeAndWorksAgainAfterwards(Fault fault) throws Exception {
		String tag = name(20 + fault.ordinal());
		String next = name(40 + fault.ordinal());
		try (WinccClient client = client("operator", fault)) {
			assertEquals(ItemStatus.OK, client.values().read(tag, monitor).status());
			journal.clear();
			fault.inject(simulator);

			long start = System.nanoTime();
			WriteResult result = client.values().write(tag, 2, monitor);
			long took = since(start);
			assertEquals(fault.writeStatus(), result.status(), fault + ": " + result.error());
			assertEquals(1, requests("PUT", "/tagManagement/Value/"), "a write is sent exactly once: " + fault);
			assertNotNull(result.error(), "an unverified write says why");
			assertFalse(result.error().meaning().isBlank() || result.error().solution().isBlank());
			if (fault.writeStatus() == WriteStatus.UNKNOWN) {
				assertTrue(ErrorCatalog.mayHaveWritten(result.error()), result.error().describe());
			}
			assertTrue(took < 2 * ERROR_BOUND_MS, fault + " took " + took + " ms");

			Fault.clear(simulator);
			long clear = System.nanoTime();
			assertEquals(WriteStatus.VERIFIED, client.values().write(next, 3, monitor).status(),
					"the same client writes again after " + fault);
			FIGURES.merge(fault.name(), "write " + result.status() + " (" + result.error().label() + "), " + took
					+ " ms, 1 PUT, next write verified after " + since(clear) + " ms", (a, b) -> a + " | " + b);
		}
	}

	@Test
	void fiftyMegabyteAnswerIsRefusedFromItsAnnouncedLength() throws Exception {
		simulator.faults().oversized(50_000_000, 1);
		try (WinccClient client = client("reader", Fault.ANSWER_50_MB)) {
			long start = System.nanoTime();
			WinccException e = assertThrows(WinccException.class, () -> client.values().read(List.of(name(1)), monitor));
			assertEquals(WinccErrorKind.ANSWER_TOO_LARGE, e.kind(), journal.entries().toString());
			assertTrue(since(start) < ERROR_BOUND_MS, "took " + since(start) + " ms: " + journal.entries());
			JournalEntry entry = journal.entries().get(0);
			assertEquals(0, entry.bytesIn(), "refused from the announced length, before reading any of it");
			assertEquals(1, journal.size(), "not retried");
		}
	}

	@Test
	void rotatedCertificateOfAPinnedProfileWaitsForTheUsersDecision() throws Exception {
		List<CertificateTrustRequest> asked = new ArrayList<>();
		AtomicReference<TrustDecision> decision = new AtomicReference<>(TrustDecision.REJECT);
		CertificateTrustHandler user = request -> {
			asked.add(request);
			return decision.get();
		};
		String before = simulator.certificateSha256();
		try (WinccClient client = client(ConnectionSettings.of(profile("operator").build(), "operator"), user)) {
			assertEquals(ItemStatus.OK, client.values().read(name(1), monitor).status());
			assertTrue(asked.isEmpty(), "the pinned certificate needs no question");

			simulator.rotateCertificate();
			simulator.faults().resetMidBody(1);
			long start = System.nanoTime();
			WinccException e = assertThrows(WinccException.class, () -> client.values().read(List.of(name(1)), monitor));
			long toError = since(start);
			assertCatalogText(ErrorCatalog.forKind(WinccErrorKind.TLS_CERTIFICATE_CHANGED, ""), e.error());
			assertFalse(asked.isEmpty(), "the trust handler is asked");
			assertTrue(asked.get(0).changed(), "told that a pinned certificate changed");
			simulator.faults().clear();

			journal.clear();
			WriteResult write = client.values().write(name(7), 9, monitor);
			assertEquals(WriteStatus.FAILED, write.status());
			assertEquals(WinccErrorKind.TLS_CERTIFICATE_CHANGED, write.error().kind());
			assertEquals(1, requests("PUT", "/tagManagement/Value/"), "the write is not repeated");
			assertEquals(0, ((Number) simulator.plant().value(name(7)).orElseThrow().value()).intValue(),
					"nothing reached the runtime");

			decision.set(TrustDecision.TRUST_ONCE);
			long trusted = System.nanoTime();
			assertEquals(ItemStatus.OK, client.values().read(name(1), monitor).status(), "works once the user trusts");
			assertFalse(before.equals(simulator.certificateSha256()));
			FIGURES.merge("CERTIFICATE_ROTATION", "TLS_CERTIFICATE_CHANGED, " + toError
					+ " ms, trust handler asked | write FAILED (TLS_CERTIFICATE_CHANGED), 1 PUT, nothing written;"
					+ " works " + since(trusted) + " ms after the user trusts", (a, b) -> a);
		}
	}
}
