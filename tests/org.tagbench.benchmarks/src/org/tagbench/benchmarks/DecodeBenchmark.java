package org.tagbench.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.core.internal.json.JsonItems;
import org.tagbench.core.internal.json.NamesBody;
import org.tagbench.core.internal.json.ValueReaders;
import org.tagbench.core.model.TagValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The CPU the client spends turning one bulk read answer into values, without the network: a 500-name
 * answer captured from the simulator, mapped again and again on one thread by the client's reader
 * ({@code ValueScanner}, names compared with the request body) and, for comparison, by the streaming Jackson
 * reader it falls back to. Prints nanoseconds per value per round and the median of the later rounds.
 *
 * Usage: DecodeBenchmark URL BODY_FILE (the first line of BODY_FILE is the request body)
 */
public final class DecodeBenchmark {

	private static final int ROUNDS = 12;
	private static final int WARM_ROUNDS = 4;
	private static final int ANSWERS_PER_ROUND = 2_000;

	private DecodeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		byte[] request = Files.readAllLines(Path.of(args[1])).get(0).getBytes(StandardCharsets.UTF_8);
		String auth = Base64.getEncoder().encodeToString("reader:reader".getBytes(StandardCharsets.UTF_8));
		byte[] answer = TransportOnly.fetch(url, auth, request);
		List<String> names = new ArrayList<>();
		for (JsonNode name : new ObjectMapper().readTree(request).get("variableNames")) {
			names.add(name.asText());
		}
		NamesBody body = NamesBody.of(names);
		System.out.printf("decode: answer of %d values, %,d bytes%n", names.size(), answer.length);
		System.out.printf("decode: client reader %.0f ns per value (median of rounds %d-%d)%n",
				Bench.median(rounds(() -> ValueReaders.values(body, new ByteArrayInputStream(answer), new NullProgressMonitor()))),
				WARM_ROUNDS + 1, ROUNDS);
		System.out.printf("decode: Jackson reader %.0f ns per value (median of rounds %d-%d)%n",
				Bench.median(rounds(() -> JsonItems.read(new ByteArrayInputStream(answer), List.of("values", "variables", "items"),
						ValueReaders.tagValues(), new NullProgressMonitor()).items())),
				WARM_ROUNDS + 1, ROUNDS);
	}

	@FunctionalInterface
	private interface Decoder {
		List<TagValue> decode() throws Exception;
	}

	/** @return nanoseconds per value of each round after the warm-up rounds */
	private static double[] rounds(Decoder decoder) throws Exception {
		double[] figures = new double[ROUNDS - WARM_ROUNDS];
		long checksum = 0;
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			long values = 0;
			for (int i = 0; i < ANSWERS_PER_ROUND; i++) {
				List<TagValue> decoded = decoder.decode();
				values += decoded.size();
				checksum += decoded.get(i % decoded.size()).name().length();
			}
			double perValue = (System.nanoTime() - start) / (double) values;
			System.out.printf("  round %d: %.0f ns per value%n", round + 1, perValue);
			if (round >= WARM_ROUNDS) {
				figures[round - WARM_ROUNDS] = perValue;
			}
		}
		if (checksum == 0) {
			throw new IllegalStateException("nothing decoded");
		}
		return figures;
	}
}
