package org.tagbench.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.model.BulkReadResult;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.model.TagConfig;

/**
 * Bulk read throughput of the core client against a running simulator, compared like for like with wrk:
 * 10,000 tags read with batch sizes 50, 150 and 500 and 1, 2 and 4 requests in flight; wrk sends the same
 * bodies to the same endpoint on as many keep-alive connections as the client has requests in flight.
 * Client and wrk runs alternate, several rounds per point, so that a change in machine load hits both;
 * each run also reports the CPU time per value of the client or wrk and of the simulator. A third run per
 * round sends the same bodies with the client's HTTP stack alone ({@link TransportOnly}: answers read, not
 * decoded), to tell the transport's cost from the decoding's. Then one GET per tag for comparison.
 *
 * Usage: BulkReadBenchmark URL SHA256 OUT SECONDS WRK_SCRIPT SIMULATOR_PID
 */
public final class BulkReadBenchmark {

	private static final int TAGS = 10_000;
	private static final int[] BATCHES = { 50, 150, 500 };
	private static final int[] IN_FLIGHT = { 1, 2, 4 };
	private static final int ROUNDS = 3;
	private static final int WARM_UP_SECONDS = 20;
	private static final int GET_TAGS = 1_000;

	private BulkReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		String sha256 = args[1];
		Path out = Path.of(args[2]);
		int seconds = Integer.parseInt(args[3]);
		Wrk wrk = new Wrk(url, Path.of(args[4]),
				Base64.getEncoder().encodeToString("reader:reader".getBytes(StandardCharsets.UTF_8)));
		long simulator = Long.parseLong(args[5]);
		List<String> names;
		try (WinccClient client = Bench.client(url, sha256, 150, 1)) {
			names = Bench.tags(client, TAGS).stream().map(TagConfig::name).toList();
		}
		for (int batch : BATCHES) {
			writeBodies(names, batch, out.resolve("body-" + batch + ".txt"));
		}
		warmUp(url, sha256, names, wrk, out);
		System.out.printf("Each point: %d rounds of client %d s, HttpClient alone %d s, wrk %d s; values/s, CPU time per value"
				+ " (of the client, HttpClient alone or wrk, and of the simulator), load%n", ROUNDS, seconds, seconds, seconds);
		for (int batch : BATCHES) {
			Path bodies = out.resolve("body-" + batch + ".txt");
			double namesPerBody = names.size() / Math.ceil(names.size() / (double) batch);
			for (int inFlight : IN_FLIGHT) {
				double[] client = new double[ROUNDS];
				double[] transport = new double[ROUNDS];
				double[] reference = new double[ROUNDS];
				try (WinccClient reader = Bench.client(url, sha256, batch, inFlight)) {
					read(reader, names);
					for (int round = 0; round < ROUNDS; round++) {
						String load = CpuClock.load();
						long simulatorCpu = CpuClock.of(simulator);
						long clientCpu = CpuClock.self();
						Measured measured = bulk(reader, names, seconds);
						double clientPerValue = (CpuClock.self() - clientCpu) / (double) measured.values();
						double simulatorForClient = (CpuClock.of(simulator) - simulatorCpu) / (double) measured.values();
						simulatorCpu = CpuClock.of(simulator);
						double[] alone = TransportOnly.run(url, wrk.auth(), bodies, namesPerBody, inFlight, seconds);
						double simulatorForTransport = (CpuClock.of(simulator) - simulatorCpu) / alone[2];
						simulatorCpu = CpuClock.of(simulator);
						Wrk.Run run = wrk.run(bodies, namesPerBody, inFlight, seconds);
						double simulatorForWrk = (CpuClock.of(simulator) - simulatorCpu) / (double) run.values();
						client[round] = measured.valuesPerSecond();
						transport[round] = alone[0];
						reference[round] = run.valuesPerSecond();
						System.out.printf("  batch=%d inflight=%d round %d: client %,.0f (%.0f ns, simulator %.0f ns)"
								+ " | HttpClient alone %,.0f (%.0f ns, simulator %.0f ns) | wrk -c%d %,.0f (%.0f ns, simulator"
								+ " %.0f ns) | load %s%n", batch, inFlight, round + 1, client[round], clientPerValue,
								simulatorForClient, transport[round], alone[1], simulatorForTransport, inFlight,
								reference[round], run.cpuNanosPerValue(), simulatorForWrk, load);
					}
				}
				double c = Bench.median(client);
				double t = Bench.median(transport);
				double w = Bench.median(reference);
				System.out.printf("point batch=%d inflight=%d client=%.0f httpclient=%.0f wrk=%.0f ratio=%.2f"
						+ " httpclient-ratio=%.2f load=%s%n", batch, inFlight, c, t, w, c / w, t / w, CpuClock.load());
			}
		}
		System.out.printf("get-per-tag values/s=%.0f%n", getPerTag(url, sha256, names.subList(0, GET_TAGS)));
	}

	/**
	 * Lets the JITs settle: the client at every batch size and in-flight count, HttpClient alone, the
	 * simulator under wrk.
	 */
	private static void warmUp(String url, String sha256, List<String> names, Wrk wrk, Path out) throws Exception {
		long end = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
		while (System.nanoTime() < end) {
			for (int batch : BATCHES) {
				for (int inFlight : IN_FLIGHT) {
					try (WinccClient client = Bench.client(url, sha256, batch, inFlight)) {
						read(client, names);
						read(client, names);
					}
				}
			}
		}
		for (int batch : BATCHES) {
			TransportOnly.run(url, wrk.auth(), out.resolve("body-" + batch + ".txt"), batch, 2, 2);
		}
		wrk.run(out.resolve("body-150.txt"), 150, 2, 2);
	}

	private record Measured(double valuesPerSecond, long values) {
	}

	/** Reads all names again and again for the given time. */
	private static Measured bulk(WinccClient client, List<String> names, int seconds) throws Exception {
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		long values = 0;
		do {
			read(client, names);
			values += names.size();
		} while (System.nanoTime() < end);
		return new Measured(values / Bench.seconds(start), values);
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
			for (String name : names.subList(0, 200)) {
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
