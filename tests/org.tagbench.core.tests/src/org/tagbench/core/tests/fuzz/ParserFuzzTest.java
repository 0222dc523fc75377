package org.tagbench.core.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.tests.fuzz.ParserTargets.Target;

/**
 * Fuzzes every JSON parser of the core client with mutations of real answers (issue 10): nothing but the
 * parser's typed error may come out, no input may hang, none may exhaust memory. The number of inputs
 * comes from {@code -Dtagbench.fuzz.inputs} (a bounded default in CI, 1,000,000 in {@code releng/fuzz.sh}),
 * the seed from {@code -Dtagbench.fuzz.seed}, the threads from {@code -Dtagbench.fuzz.threads} (default 1);
 * findings are printed with seed, input number and input, and
 * saved under {@code target/fuzz-findings}.
 */
class ParserFuzzTest {

	/** Wall time without an input finishing that counts as a hang (generous: the machine may be shared). */
	private static final long STALL_MS = 120_000;

	@TempDir
	Path scratch;

	@Test
	void everySeedIsReadWithoutError() throws Exception {
		Corpus corpus = Corpus.load();
		for (Target target : ParserTargets.all(scratch)) {
			List<byte[]> seeds = corpus.of(target.name());
			assertFalse(seeds.isEmpty(), "no seeds for " + target.name());
			if (target.name().equals("error.body")) {
				continue;
			}
			for (byte[] seed : seeds) {
				target.parse().run(seed);
			}
		}
	}

	@Test
	void everyParserFailsOnlyWithItsTypedError() throws Exception {
		long inputs = Long.getLong("tagbench.fuzz.inputs", 40_000);
		long seed = Long.getLong("tagbench.fuzz.seed", 20261125);
		String findingsDir = System.getProperty("tagbench.fuzz.findings");
		Corpus corpus = Corpus.load();
		List<Target> targets = ParserTargets.all(scratch);
		int workers = Integer.getInteger("tagbench.fuzz.threads", 1);
		FuzzRun run = new FuzzRun(targets, corpus, seed, inputs, workers, findingsDir == null ? null : Path.of(findingsDir));
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int w = 0; w < workers; w++) {
			int worker = w;
			Thread thread = new Thread(() -> run.run(worker), "Tagbench parser fuzzing " + w);
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			while (thread.isAlive()) {
				thread.join(1_000);
				if (run.hangs(STALL_MS)) {
					fail(String.join("\n", run.findings()));
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		report(run, corpus, seed, seconds, run.cpuNanos() / 1e9);
		List<String> findings = run.findings();
		assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
		assertEquals(inputs, run.done());
	}

	private static void report(FuzzRun run, Corpus corpus, long seed, double seconds, double cpuSeconds) {
		long parsed = 0;
		long refused = 0;
		for (Map.Entry<String, AtomicLongArray> entry : run.counts().entrySet()) {
			parsed += entry.getValue().get(0);
			refused += entry.getValue().get(1);
			System.out.printf("FUZZ target %-26s seeds %3d  parsed %8d  refused (typed) %8d  parsing %6.1f s%n",
					entry.getKey(), corpus.of(entry.getKey()).size(), entry.getValue().get(0), entry.getValue().get(1),
					entry.getValue().get(2) / 1e9);
		}
		System.out.printf("FUZZ seed %d: %d inputs in %.1f s = %.0f inputs/s (%.1f s CPU, %.0f inputs per CPU second);"
				+ " parsed %d, refused with the typed error %d; findings %d%n", seed, run.done(), seconds,
				run.done() / Math.max(seconds, 1e-9), cpuSeconds, run.done() / Math.max(cpuSeconds, 1e-9), parsed,
				refused, run.findings().size());
		System.out.println("FUZZ longest single input allowed: " + TimeUnit.MILLISECONDS.toSeconds(FuzzRun.SLOW_MS)
				+ " s of CPU; no input finishing for " + TimeUnit.MILLISECONDS.toSeconds(STALL_MS) + " s is a hang");
	}
}
