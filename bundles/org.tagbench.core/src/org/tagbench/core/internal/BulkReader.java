package org.tagbench.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.http.HttpTransport;
import org.tagbench.core.internal.http.RequestSpec;
import org.tagbench.core.internal.json.NamesBody;
import org.tagbench.core.internal.json.ValueReaders;
import org.tagbench.core.model.TagValue;
import org.tagbench.core.model.ValuesInOrder;

/**
 * Reads many values: splits the names into batches of the profile's batch size, sends at most the
 * profile's in-flight limit at once, and matches the answers by name (the first answer for a name wins). A
 * batch that fails marks its names as failed; when every batch fails, the first failure is thrown.
 */
public final class BulkReader {

	private final HttpTransport transport;
	private final ExecutorService executor;

	/** @param executor runs the workers when more than one request may be in flight */
	public BulkReader(HttpTransport transport, ExecutorService executor) {
		this.transport = transport;
		this.executor = executor;
	}

	/**
	 * @param names normalised, distinct, non-empty names
	 * @return a value for every name, in the order given
	 */
	public Map<String, TagValue> read(List<String> names, IProgressMonitor monitor) throws WinccException {
		return new LinkedHashMap<>(readInOrder(plan(names), monitor));
	}

	/**
	 * @param names normalised, distinct, non-empty names
	 * @return the batches of a read of these names with their request bodies, to be read once or many times
	 */
	public Plan plan(List<String> names) {
		List<String> all = List.copyOf(names);
		int size = transport.profile().batchSize();
		List<Batch> batches = new ArrayList<>();
		for (int i = 0; i < all.size(); i += size) {
			List<String> batch = all.subList(i, Math.min(all.size(), i + size));
			batches.add(new Batch(i, NamesBody.of(batch)));
		}
		return new Plan(all, List.copyOf(batches));
	}

	/**
	 * Reads like {@link #read(List, IProgressMonitor)} the names of a plan made by this reader.
	 *
	 * @return a value for every name, in the order given; unmodifiable
	 */
	public ValuesInOrder readInOrder(Plan plan, IProgressMonitor monitor) throws WinccException {
		List<Batch> batches = plan.batches;
		SubMonitor progress = SubMonitor.convert(monitor, batches.size());
		Answers answers = new Answers(plan.names);
		List<WinccException> failures = Collections.synchronizedList(new ArrayList<>());
		if (transport.profile().maxInFlight() <= 1 || batches.size() == 1) {
			for (Batch batch : batches) {
				collect(batch, () -> readBatch(batch, progress.split(1)), answers, failures);
			}
		} else {
			readConcurrently(batches, progress, answers, failures);
		}
		if (!failures.isEmpty() && failures.size() == batches.size()) {
			throw failures.get(0);
		}
		return answers.byName();
	}

	/**
	 * Runs as many workers as requests may be in flight; each sends the next batch as soon as its last one
	 * is answered, so no request waits for this thread, which only reports progress and watches for
	 * cancellation.
	 */
	private void readConcurrently(List<Batch> batches, SubMonitor progress, Answers answers,
			List<WinccException> failures) {
		int workers = Math.min(transport.profile().maxInFlight(), batches.size());
		AtomicInteger next = new AtomicInteger();
		AtomicInteger finished = new AtomicInteger();
		AtomicReference<RuntimeException> crash = new AtomicReference<>();
		CountDownLatch done = new CountDownLatch(workers);
		IProgressMonitor shared = cancelOnly(progress);
		List<Future<?>> running = new ArrayList<>(workers);
		for (int i = 0; i < workers; i++) {
			running.add(executor.submit(() -> {
				try {
					int index;
					while (crash.get() == null && !shared.isCanceled() && (index = next.getAndIncrement()) < batches.size()) {
						Batch batch = batches.get(index);
						collect(batch, () -> readBatch(batch, shared), answers, failures);
						finished.incrementAndGet();
					}
				} catch (RuntimeException e) {
					crash.compareAndSet(null, e);
				} finally {
					done.countDown();
				}
			}));
		}
		int reported = 0;
		try {
			while (!done.await(50, TimeUnit.MILLISECONDS)) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				int now = finished.get();
				progress.worked(now - reported);
				reported = now;
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} finally {
			running.forEach(f -> f.cancel(true));
		}
		if (crash.get() != null) {
			throw crash.get();
		}
		if (finished.get() < batches.size()) {
			throw new OperationCanceledException();
		}
		progress.worked(batches.size() - reported);
	}

	private static void collect(Batch batch, BatchCall call, Answers answers, List<WinccException> failures) {
		try {
			answers.add(batch, call.run());
		} catch (WinccException e) {
			failures.add(e);
			answers.fail(batch, e);
		}
	}

	private List<TagValue> readBatch(Batch batch, IProgressMonitor monitor) throws WinccException {
		return transport.execute(RequestSpec.postRead("/tagManagement/Values", batch.body().bytes()),
				(answer, m) -> ValueReaders.values(batch.body(), answer, m), monitor);
	}

	private static IProgressMonitor cancelOnly(IProgressMonitor parent) {
		return new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return parent.isCanceled();
			}
		};
	}

	/**
	 * A read of a list of names prepared once: its batches and their request bodies. Immutable; a list read
	 * again and again (a watch's) need not be split and written each time.
	 */
	public static final class Plan {
		private final List<String> names;
		private final List<Batch> batches;

		private Plan(List<String> names, List<Batch> batches) {
			this.names = names;
			this.batches = batches;
		}

		/** @return the names read, in order */
		public List<String> names() {
			return names;
		}
	}

	/** The names of one request, where they start in the names read, and the request's body. */
	private record Batch(int start, NamesBody body) {
		List<String> names() {
			return body.names();
		}
	}

	/**
	 * The answer for each name read, by position. Answers normally come in the order asked, so an item is
	 * matched to the name at its position in the batch; any other item is matched by name.
	 */
	private static final class Answers {
		private final List<String> names;
		private final TagValue[] values;
		private Map<String, Integer> positions;

		Answers(List<String> names) {
			this.names = names;
			this.values = new TagValue[names.size()];
		}

		synchronized void add(Batch batch, List<TagValue> items) {
			for (int i = 0; i < items.size(); i++) {
				TagValue item = items.get(i);
				int position = i < batch.names().size() && batch.names().get(i).equals(item.name())
						? batch.start() + i : position(item.name());
				if (position >= 0 && values[position] == null) {
					values[position] = item;
				}
			}
		}

		synchronized void fail(Batch batch, WinccException e) {
			for (int i = 0; i < batch.names().size(); i++) {
				values[batch.start() + i] = TagValue.failed(batch.names().get(i), e.error());
			}
		}

		private int position(String name) {
			if (positions == null) {
				positions = HashMap.newHashMap(names.size());
				for (int i = 0; i < names.size(); i++) {
					positions.put(names.get(i), i);
				}
			}
			Integer position = positions.get(name);
			return position == null ? -1 : position;
		}

		/** @return the answers, names without one as no data; called once every batch is done */
		synchronized ValuesInOrder byName() {
			for (int i = 0; i < values.length; i++) {
				if (values[i] == null) {
					values[i] = TagValue.noData(names.get(i));
				}
			}
			return ValuesInOrder.of(names, Arrays.asList(values));
		}
	}

	@FunctionalInterface
	private interface BatchCall {
		List<TagValue> run() throws WinccException;
	}
}
