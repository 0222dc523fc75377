package org.tagbench.core.tests.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The seeds of the fuzzer: real answers captured from the simulator ({@link CorpusCaptureTest}) and
 * examples from the API notes and the profile file documentation, in the folder {@code corpus} beside
 * this class. A file {@code values.bulk.3.json} seeds the target {@code values.bulk}.
 */
final class Corpus {

	private static final String FOLDER = "org/tagbench/core/tests/fuzz/corpus";

	private final Map<String, List<byte[]>> byTarget;
	private final List<byte[]> all;

	private Corpus(Map<String, List<byte[]>> byTarget) {
		this.byTarget = byTarget;
		List<byte[]> every = new ArrayList<>();
		byTarget.values().forEach(every::addAll);
		this.all = List.copyOf(every);
	}

	static Corpus load() throws IOException {
		BundleWiring wiring = FrameworkUtil.getBundle(Corpus.class).adapt(BundleWiring.class);
		Map<String, List<byte[]>> byTarget = new TreeMap<>();
		for (String resource : wiring.listResources(FOLDER, "*.json", BundleWiring.LISTRESOURCES_LOCAL)) {
			String file = resource.substring(resource.lastIndexOf('/') + 1);
			String stem = file.substring(0, file.length() - ".json".length());
			String target = stem.substring(0, stem.lastIndexOf('.'));
			try (InputStream in = wiring.getClassLoader().getResourceAsStream(resource)) {
				byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(in.readAllBytes());
			}
		}
		return new Corpus(byTarget);
	}

	/** @return the seeds of the target; empty when there are none */
	List<byte[]> of(String target) {
		return byTarget.getOrDefault(target, List.of());
	}

	/** @return every seed, for splices */
	List<byte[]> all() {
		return all;
	}

	/** @return the number of seeds of each target */
	Map<String, Integer> sizes() {
		Map<String, Integer> sizes = new TreeMap<>();
		byTarget.forEach((target, seeds) -> sizes.put(target, seeds.size()));
		return sizes;
	}
}
