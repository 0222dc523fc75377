package org.tagbench.ui.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark: each printed as a line {@code <benchmark>: <what>: <value>} and appended
 * to the file named by the system property {@code tagbench.benchmarks.figures} (the module's pom sets
 * it), which the run script prints at the end.
 */
final class Figures {

	private final String benchmark;
	private final List<String> lines = new ArrayList<>();

	Figures(String benchmark) {
		this.benchmark = benchmark;
	}

	/** Records a figure, e.g. {@code add("longest UI-thread stall", "84 ms (goal < 100 ms)")}. */
	void add(String what, String value) {
		String line = benchmark + ": " + what + ": " + value;
		lines.add(line);
		System.out.println(line);
	}

	/** Records a duration in milliseconds against a goal "below {@code goalMs}". */
	void millis(String what, double ms, double goalMs) {
		add(what, String.format(Locale.ROOT, "%.1f ms (goal < %.0f ms: %s)", ms, goalMs, ms < goalMs ? "met" : "MISSED"));
	}

	/** Records the median and maximum of durations in milliseconds against a goal on the maximum. */
	void series(String what, List<Double> ms, double goalMs) {
		double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double max = sorted[sorted.length - 1];
		add(what, String.format(Locale.ROOT, "median %.1f ms, max %.1f ms over %d (goal < %.0f ms: %s) %s", median(sorted),
				max, sorted.length, goalMs, max < goalMs ? "met" : "MISSED", rounded(ms)));
	}

	/** Records the median and maximum of CPU times in milliseconds, for orientation (no goal). */
	void cpu(String what, List<Double> ms) {
		double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		add(what, String.format(Locale.ROOT, "median %.1f ms, max %.1f ms %s", median(sorted), sorted[sorted.length - 1],
				rounded(ms)));
	}

	/** @return the CPU time the calling thread has used, in nanoseconds */
	static long uiCpuNanos() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	/** Appends the figures to the figures file, when one is named. */
	void write() throws IOException {
		String file = System.getProperty("tagbench.benchmarks.figures"); //$NON-NLS-1$
		if (file == null) {
			return;
		}
		Path path = Path.of(file);
		Files.createDirectories(path.getParent());
		Files.write(path, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	static double median(double[] sorted) {
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static String rounded(List<Double> ms) {
		return Arrays.toString(ms.stream().mapToLong(Math::round).toArray());
	}

	static double millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e6;
	}
}
