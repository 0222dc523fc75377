package org.tagbench.ui.internal.archives;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.ArchiveSample;
import org.tagbench.core.model.ArchiveSeries;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.UiRunner;

/**
 * Live trend: a system Job that asks, every interval, for the values logged after the newest one it has
 * seen per archive, and hands them to the sink. Results that arrive while the UI has not shown the last
 * ones yet are merged into one update, so a slow UI gets fewer, larger updates instead of a queue.
 */
public final class LivePoller {

	/**
	 * The family of the polling jobs: not the Tagbench family, since a poll job sleeps between polls for as
	 * long as live mode is on, and waiting for the Tagbench jobs must not wait for it.
	 */
	public static final Object FAMILY = LivePoller.class.getName();

	/** The most values per variable one poll asks for. */
	static final int MAX_PER_POLL = 10_000;

	private final WinccClient client;
	private final TrendQueries.Sink sink;
	private final List<ArchiveSeries> pending = new ArrayList<>();
	private final AtomicBoolean delivering = new AtomicBoolean();
	private volatile Job job;

	LivePoller(WinccClient client, TrendQueries.Sink sink) {
		this.client = client;
		this.sink = sink;
	}

	void start(Map<String, List<String>> variablesByArchive, Map<String, Instant> newestByArchive, int intervalMs) {
		stop();
		Map<String, List<String>> variables = new LinkedHashMap<>(variablesByArchive);
		Map<String, Instant> since = new ConcurrentHashMap<>(newestByArchive);
		Job poll = new Job(Messages.LivePoller_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					poll(variables, since, monitor);
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return FAMILY.equals(family);
			}
		};
		poll.setSystem(true);
		job = poll;
		poll.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (job == poll && event.getResult().getSeverity() != IStatus.CANCEL) {
					poll.schedule(intervalMs);
				}
			}
		});
		poll.schedule();
	}

	void stop() {
		Job running = job;
		job = null;
		if (running != null) {
			running.cancel();
		}
	}

	boolean isRunning() {
		return job != null;
	}

	private void poll(Map<String, List<String>> variables, Map<String, Instant> since, IProgressMonitor monitor) {
		List<ArchiveSeries> fresh = new ArrayList<>();
		try {
			for (Map.Entry<String, List<String>> archive : variables.entrySet()) {
				Instant after = since.get(archive.getKey());
				Instant from = after == null ? null : after.plusMillis(1);
				List<ArchiveSeries> results = TrendQueries.run(client, Map.of(archive.getKey(), archive.getValue()), from,
						null, MAX_PER_POLL, monitor);
				Instant newest = after;
				for (ArchiveSeries series : results) {
					for (ArchiveSample sample : series.samples()) {
						if (sample.timestamp() != null && (newest == null || sample.timestamp().isAfter(newest))) {
							newest = sample.timestamp();
						}
					}
				}
				if (newest != null) {
					since.put(archive.getKey(), newest);
				}
				fresh.addAll(results);
			}
		} catch (WinccException e) {
			UiRunner.run(() -> {
				if (job != null) {
					sink.failed(e.error());
				}
			});
			return;
		}
		synchronized (pending) {
			pending.addAll(fresh);
		}
		if (delivering.compareAndSet(false, true)) {
			UiRunner.run(this::deliver);
		}
	}

	private void deliver() {
		delivering.set(false);
		List<ArchiveSeries> batch;
		synchronized (pending) {
			batch = List.copyOf(pending);
			pending.clear();
		}
		if (job != null && !batch.isEmpty()) {
			sink.appended(batch);
		}
	}
}
