package org.tagbench.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (Debian package) against {@code POST tagManagement/Values} with the bodies the client sent
 * ({@code values.lua}), on as many keep-alive connections as the client has requests in flight.
 */
final class Wrk {

	private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
	private static final Pattern ERRORS = Pattern.compile("wrk-errors=(\\d+) non200=(\\d+)");

	/** One wrk run: values/s and the CPU wrk used per value. */
	record Run(double valuesPerSecond, double cpuNanosPerValue, long values) {
	}

	private final String url;
	private final Path script;
	private final String auth;

	Wrk(String url, Path script, String auth) {
		this.url = url;
		this.script = script;
		this.auth = auth;
	}

	/** @return the Basic credentials sent, base64 */
	String auth() {
		return auth;
	}

	/**
	 * @param bodies      the file of bodies, one per line
	 * @param batch       names per body, on average
	 * @param connections keep-alive connections (= requests in flight)
	 */
	Run run(Path bodies, double batch, int connections, int seconds) throws IOException, InterruptedException {
		int threads = Math.min(connections, 2);
		ProcessBuilder builder = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections,
				"-d" + seconds + "s", "-s", script.toString(), url + "/tagManagement/Values"));
		builder.environment().put("BODIES", bodies.toString());
		builder.environment().put("AUTH", auth);
		builder.redirectErrorStream(true);
		long cpu = CpuClock.endedChildren();
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("wrk failed:\n" + output);
		}
		long cpuUsed = CpuClock.endedChildren() - cpu;
		Matcher errors = ERRORS.matcher(output);
		if (!errors.find() || !errors.group(1).equals("0") || !errors.group(2).equals("0")) {
			throw new IllegalStateException("wrk saw errors or non-200 answers:\n" + output);
		}
		Matcher requests = REQUESTS.matcher(output);
		Matcher perSecond = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
		if (!requests.find() || !perSecond.find()) {
			throw new IllegalStateException("unexpected wrk output:\n" + output);
		}
		long values = Math.round(Long.parseLong(requests.group(1)) * batch);
		return new Run(Double.parseDouble(perSecond.group(1)) * batch, cpuUsed / (double) values, values);
	}
}
