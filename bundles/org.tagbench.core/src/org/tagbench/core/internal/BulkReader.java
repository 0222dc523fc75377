package org.tagbench.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.http.HttpTransport;
import org.tagbench.core.internal.http.RequestSpec;
import org.tagbench.core.internal.http.Requests;
import org.tagbench.core.internal.json.ValueReaders;
import org.tagbench.core.model.TagValue;

/**
 * Reads many values: splits the names into batches of the profile's batch size, sends at most the
 * profile's in-flight limit at once, and matches the answers by name. A batch that fails marks its names
 * as failed; when every batch fails, the first failure is thrown.
 */
public final class BulkReader {

	private final HttpTransport transport;
	private final ExecutorService executor;

	/** @param executor runs batches beyond the first when more than one may be in flight */
	public BulkReader(HttpTransport transport, ExecutorService executor) {
		this.transport = transport;
		this.executor = executor;
	}

	/**
	 * @param names normalised, distinct, non-empty names
	 * @return a value for every name, in the order given
	 */
	public Map<String, TagValue> read(List<String> names, IProgressMonitor monitor) throws WinccException {
		List<List<String>> batches = partition(names, transport.profile().batchSize());
		SubMonitor progress = SubMonitor.convert(monitor, batches.size());
		Map<String, TagValue> found = new LinkedHashMap<>();
		List<WinccException> failures = new ArrayList<>();
		if (transport.profile().maxInFlight() <= 1 || batches.size() == 1) {
			for (List<String> batch : batches) {
				collect(batch, () -> readBatch(batch, progress.split(1)), found, failures);
			}
		} else {
			readConcurrently(batches, progress, found, failures);
		}
		if (!failures.isEmpty() && failures.size() == batches.size()) {
			throw failures.get(0);
		}
		Map<String, TagValue> ordered = new LinkedHashMap<>();
		for (String name : names) {
			TagValue value = found.get(name);
			ordered.put(name, value != null ? value : TagValue.noData(name));
		}
		return ordered;
	}

	private void readConcurrently(List<List<String>> batches, SubMonitor progress, Map<String, TagValue> found,
			List<WinccException> failures) throws WinccException {
		CompletionService<Map<String, TagValue>> completion = new ExecutorCompletionService<>(executor);
		Map<Future<Map<String, TagValue>>, List<String>> running = new LinkedHashMap<>();
		IProgressMonitor shared = cancelOnly(progress);
		int next = 0;
		try {
			while (next < batches.size() || !running.isEmpty()) {
				while (next < batches.size() && running.size() < transport.profile().maxInFlight()) {
					List<String> batch = batches.get(next++);
					running.put(completion.submit(() -> readBatch(batch, shared)), batch);
				}
				Future<Map<String, TagValue>> done = completion.poll(50, TimeUnit.MILLISECONDS);
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				if (done != null) {
					List<String> batch = running.remove(done);
					collect(batch, () -> unwrap(done), found, failures);
					progress.worked(1);
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} finally {
			running.keySet().forEach(f -> f.cancel(true));
		}
	}

	private static Map<String, TagValue> unwrap(Future<Map<String, TagValue>> done) throws WinccException {
		try {
			return done.get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof WinccException failure) {
				throw failure;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException | CancellationException e) {
			throw new OperationCanceledException();
		}
	}

	private static void collect(List<String> batch, BatchCall call, Map<String, TagValue> found,
			List<WinccException> failures) {
		try {
			found.putAll(call.run());
		} catch (WinccException e) {
			failures.add(e);
			batch.forEach(name -> found.put(name, TagValue.failed(name, e.error())));
		}
	}

	private Map<String, TagValue> readBatch(List<String> batch, IProgressMonitor monitor) throws WinccException {
		byte[] body = Requests.json(Map.of("variableNames", batch));
		List<TagValue> items = transport.execute(RequestSpec.postRead("/tagManagement/Values", body),
				ValueReaders::values, monitor);
		Map<String, TagValue> byName = new LinkedHashMap<>();
		for (TagValue item : items) {
			byName.putIfAbsent(item.name(), item);
		}
		return byName;
	}

	private static IProgressMonitor cancelOnly(IProgressMonitor parent) {
		return new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return parent.isCanceled();
			}
		};
	}

	private static List<List<String>> partition(List<String> names, int size) {
		List<List<String>> batches = new ArrayList<>();
		for (int i = 0; i < names.size(); i += size) {
			batches.add(List.copyOf(names.subList(i, Math.min(names.size(), i + size))));
		}
		return batches;
	}

	@FunctionalInterface
	private interface BatchCall {
		Map<String, TagValue> run() throws WinccException;
	}
}
