package org.tagbench.core.tests.fuzz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.tagbench.core.tests.fuzz.ParserTargets.Target;

/**
 * Feeds mutated seeds to every target in turn, on one or more threads, and records what is not the typed error:
 * any other exception or error (out of memory and stack overflow included), a typed error whose message
 * is oversized, and an input that took more CPU time than {@link #SLOW_MS}. Input {@code i} depends only on the
 * seed and {@code i}, so a finding is reproduced by running again with the same seed (and any number of
 * threads).
 */
final class FuzzRun {

	/** An input that takes more CPU time is a finding (a hang in the making). */
	static final long SLOW_MS = 5_000;
	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
	private static final int PRINTED_INPUT = 600;
	private static final int MAX_FINDINGS = 25;
	private static final long PROGRESS = 50_000;
	/** The start time of a worker between inputs. */
	private static final long IDLE = Long.MIN_VALUE;

	private final List<Target> targets;
	private final Corpus corpus;
	private final long seed;
	private final long inputs;
	private final int workers;
	private final Path findingsDir;
	private final Map<String, String> findings = new LinkedHashMap<>();
	private final Map<String, AtomicLongArray> counts = new LinkedHashMap<>();
	private final AtomicLong done = new AtomicLong();
	private final AtomicLongArray cpuNanos;
	private final AtomicLongArray currentIndex;
	private final AtomicLongArray currentStart;
	private final AtomicReferenceArray<byte[]> currentInput;
	private final long started = System.nanoTime();

	/**
	 * @param workers threads sharing the inputs: worker {@code w} takes the inputs {@code i} with
	 *                {@code i % workers == w}, so the inputs do not depend on the number of workers
	 */
	FuzzRun(List<Target> targets, Corpus corpus, long seed, long inputs, int workers, Path findingsDir) {
		this.targets = targets;
		this.corpus = corpus;
		this.seed = seed;
		this.inputs = inputs;
		this.workers = workers;
		this.findingsDir = findingsDir;
		this.cpuNanos = new AtomicLongArray(workers);
		this.currentIndex = new AtomicLongArray(workers);
		this.currentStart = new AtomicLongArray(workers);
		for (int w = 0; w < workers; w++) {
			currentStart.set(w, IDLE);
		}
		this.currentInput = new AtomicReferenceArray<>(workers);
		targets.forEach(t -> counts.put(t.name(), new AtomicLongArray(3)));
	}

	/** Runs the inputs of one worker. */
	void run(int worker) {
		for (long i = worker; i < inputs; i += workers) {
			Target target = targets.get((int) (i % targets.size()));
			SplittableRandom random = new SplittableRandom(mix(seed, i));
			List<byte[]> seeds = corpus.of(target.name());
			byte[] input = Mutator.mutate(seeds.get(random.nextInt(seeds.size())), corpus.all(), random);
			currentIndex.set(worker, i);
			currentInput.set(worker, input);
			long start = System.nanoTime();
			long cpuStart = CPU.getCurrentThreadCpuTime();
			currentStart.set(worker, start);
			AtomicLongArray count = counts.get(target.name());
			try {
				target.parse().run(input);
				count.incrementAndGet(0);
			} catch (Throwable failure) {
				if (!target.typed(failure)) {
					finding(target, i, input, failure.toString(), failure);
				} else if (String.valueOf(failure.getMessage()).length() > ParserTargets.MAX_MESSAGE) {
					finding(target, i, input, "typed error with a message of " + failure.getMessage().length()
							+ " characters (kept in the journal)", failure);
				}
				count.incrementAndGet(1);
			}
			long tookNanos = System.nanoTime() - start;
			currentStart.set(worker, IDLE);
			count.addAndGet(2, tookNanos);
			long cpuMs = TimeUnit.NANOSECONDS.toMillis(CPU.getCurrentThreadCpuTime() - cpuStart);
			if (cpuMs > SLOW_MS) {
				finding(target, i, input, "took " + cpuMs + " ms of CPU", null);
			}
			long finished = done.incrementAndGet();
			if (i % 1_000 < workers || i + workers >= inputs) {
				cpuNanos.set(worker, CPU.getCurrentThreadCpuTime());
			}
			if (finished % PROGRESS == 0 && finished < inputs) {
				System.out.printf("FUZZ progress %d inputs in %.0f s (%.1f s CPU), findings %d%n", finished,
						(System.nanoTime() - started) / 1e9, cpuNanos() / 1e9, findings().size());
			}
		}
	}

	/** @return the CPU time of the fuzzing threads, mutations included */
	long cpuNanos() {
		long sum = 0;
		for (int w = 0; w < workers; w++) {
			sum += cpuNanos.get(w);
		}
		return sum;
	}

	/** @return inputs finished so far */
	long done() {
		return done.get();
	}

	/**
	 * Records a hang when an input has been running for longer than the limit.
	 *
	 * @return whether one has
	 */
	boolean hangs(long limitMs) {
		int slowest = -1;
		long earliest = 0;
		for (int w = 0; w < workers; w++) {
			long start = currentStart.get(w);
			if (start != IDLE && (slowest < 0 || start - earliest < 0)) {
				earliest = start;
				slowest = w;
			}
		}
		long runningMs = slowest < 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - earliest);
		if (runningMs <= limitMs) {
			return false;
		}
		long index = currentIndex.get(slowest);
		finding(targets.get((int) (index % targets.size())), index, currentInput.get(slowest),
				"no answer after " + runningMs + " ms (hang)", null);
		return true;
	}

	synchronized List<String> findings() {
		return new ArrayList<>(findings.values());
	}

	/** @return per target: inputs parsed, inputs refused with the typed error, nanoseconds spent parsing */
	Map<String, AtomicLongArray> counts() {
		return counts;
	}

	private synchronized void finding(Target target, long index, byte[] input, String what, Throwable failure) {
		String key = target.name() + " " + (failure == null ? what.replaceAll("\\d+", "N") : failure.getClass().getName()
				+ " at " + firstFrame(failure));
		if (findings.containsKey(key) || findings.size() >= MAX_FINDINGS) {
			return;
		}
		String saved = save(target, index, input);
		String text = new String(input, 0, Math.min(input.length, PRINTED_INPUT), StandardCharsets.UTF_8);
		String report = "FUZZ finding: target " + target.name() + ", input #" + index + " of seed " + seed + ": " + what
				+ (failure == null ? "" : " at " + firstFrame(failure)) + "\n  input (" + input.length + " bytes"
				+ (saved == null ? "" : ", saved as " + saved) + "): " + text.replace("\n", "\\n")
				+ (input.length > PRINTED_INPUT ? "…" : "");
		System.out.println(report);
		if (failure != null) {
			failure.printStackTrace(System.out);
		}
		findings.put(key, report);
	}

	private String save(Target target, long index, byte[] input) {
		if (findingsDir == null) {
			return null;
		}
		try {
			Files.createDirectories(findingsDir);
			Path file = findingsDir.resolve(target.name() + "-" + seed + "-" + index + ".json");
			Files.write(file, input);
			return file.toString();
		} catch (IOException e) {
			return null;
		}
	}

	private static String firstFrame(Throwable failure) {
		StackTraceElement[] trace = failure.getStackTrace();
		for (StackTraceElement element : trace) {
			if (element.getClassName().startsWith("org.tagbench.core.") && !element.getClassName().contains(".tests.")) {
				return element.toString();
			}
		}
		return trace.length == 0 ? "?" : trace[0].toString();
	}

	/** SplitMix64 finaliser of seed and index: independent, reproducible streams per input. */
	static long mix(long seed, long index) {
		long z = seed + index * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
