package org.tagbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.model.BulkReadResult;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.model.TagConfig;

/**
 * Bulk read throughput of the core client against a running simulator: 10,000 tags read with batch
 * sizes 50, 150 and 500 and 1, 2 and 4 requests in flight, and one GET per tag for comparison. Writes
 * the POST bodies it sends to {@code OUT/body-N.txt} (one per line) so that wrk sends the same ones.
 *
 * Usage: BulkReadBenchmark URL SHA256 OUT
 */
public final class BulkReadBenchmark {

	private static final int TAGS = 10_000;
	private static final int ROUNDS = 5;
	private static final int GET_TAGS = 1_000;

	private BulkReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		String sha256 = args[1];
		Path out = Path.of(args[2]);
		List<String> names;
		try (WinccClient client = Bench.client(url, sha256, 150, 1)) {
			names = Bench.tags(client, TAGS).stream().map(TagConfig::name).toList();
		}
		for (int batch : new int[] { 50, 150, 500 }) {
			writeBodies(names, batch, out.resolve("body-" + batch + ".txt"));
		}
		System.out.println("client batch=N inflight=M values/s: measured over " + ROUNDS + " reads of " + names.size() + " tags");
		for (int batch : new int[] { 50, 150, 500 }) {
			for (int inFlight : new int[] { 1, 2, 4 }) {
				System.out.printf("client batch=%d inflight=%d values/s=%.0f%n", batch, inFlight, bulk(url, sha256, names, batch, inFlight));
			}
		}
		System.out.printf("get-per-tag values/s=%.0f%n", getPerTag(url, sha256, names.subList(0, GET_TAGS)));
	}

	private static double bulk(String url, String sha256, List<String> names, int batch, int inFlight) throws Exception {
		try (WinccClient client = Bench.client(url, sha256, batch, inFlight)) {
			read(client, names);
			read(client, names);
			long start = System.nanoTime();
			for (int i = 0; i < ROUNDS; i++) {
				read(client, names);
			}
			return names.size() * (double) ROUNDS / Bench.seconds(start);
		}
	}

	private static void read(WinccClient client, List<String> names) throws Exception {
		BulkReadResult result = client.values().read(names, new NullProgressMonitor());
		long ok = result.count(ItemStatus.OK);
		if (ok != names.size()) {
			throw new IllegalStateException("only " + ok + " of " + names.size() + " values read");
		}
	}

	private static double getPerTag(String url, String sha256, List<String> names) throws Exception {
		try (WinccClient client = Bench.client(url, sha256, 150, 1)) {
			for (String name : names.subList(0, 50)) {
				client.values().read(name, new NullProgressMonitor());
			}
			long start = System.nanoTime();
			for (String name : names) {
				client.values().read(name, new NullProgressMonitor());
			}
			return names.size() / Bench.seconds(start);
		}
	}

	private static void writeBodies(List<String> names, int batch, Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < names.size(); i += batch) {
			StringBuilder body = new StringBuilder("{\"variableNames\":[");
			for (int j = i; j < Math.min(names.size(), i + batch); j++) {
				body.append(j > i ? "," : "").append('"').append(names.get(j)).append('"');
			}
			lines.add(body.append("]}").toString());
		}
		Files.write(file, lines);
	}
}
