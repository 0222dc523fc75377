package org.tagbench.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.model.BulkReadResult;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.TagValue;

/**
 * Heap held by a loaded 100,000-tag model: every tag's configuration as the client lists it, and its
 * current value, as the Tags view holds them once everything is loaded. Measured as used heap after a
 * full GC, before and after loading, with the model still referenced.
 *
 * Usage: ModelMemoryBenchmark URL SHA256 TAGS
 */
public final class ModelMemoryBenchmark {

	private ModelMemoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = Integer.parseInt(args[2]);
		try (WinccClient client = Bench.client(args[0], args[1], 500, 2)) {
			client.values().read(List.of("warm-up"), new NullProgressMonitor());
			long before = usedAfterGc();
			long start = System.nanoTime();
			List<TagConfig> tags = Bench.tags(client, count);
			BulkReadResult values = client.values().read(tags.stream().map(TagConfig::name).toList(), new NullProgressMonitor());
			double seconds = Bench.seconds(start);
			long after = usedAfterGc();
			Map<String, TagValue> held = values.values();
			System.out.printf("model tags=%d values=%d heap-MB=%.1f load-s=%.1f%n", tags.size(), held.size(),
					(after - before) / 1048576.0, seconds);
			if (tags.isEmpty() || held.isEmpty()) {
				throw new IllegalStateException("nothing loaded");
			}
		}
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
