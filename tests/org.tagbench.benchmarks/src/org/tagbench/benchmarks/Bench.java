package org.tagbench.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.Page;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.TlsSettings;

/** What the benchmarks share: a client for the simulator under test, and its tag names. */
final class Bench {

	private Bench() {
	}

	/** @return a client of the simulator at {@code url} with its certificate pinned */
	static WinccClient client(String url, String sha256, int batchSize, int inFlight) throws WinccException {
		ConnectionProfile profile = ConnectionProfile.builder().name("benchmark").url(url).user("reader")
				.tls(TlsSettings.pinned(sha256)).batchSize(batchSize).maxInFlight(inFlight).retries(0)
				.responseTimeoutMs(120_000).build();
		return WinccClient.open(ConnectionSettings.of(profile, "reader"));
	}

	/** @return the configuration of the first {@code count} tags, listed page by page */
	static List<TagConfig> tags(WinccClient client, int count) throws WinccException {
		List<TagConfig> tags = new ArrayList<>(count);
		String next = null;
		do {
			Page<TagConfig> page = client.browse().listVariables(next, 1000, new NullProgressMonitor());
			tags.addAll(page.items());
			next = page.hasMore() ? page.continuationPoint() : null;
		} while (next != null && tags.size() < count);
		return tags.size() > count ? tags.subList(0, count) : tags;
	}

	/** @return the median of the figures (the upper one of an even count) */
	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}
}
