package org.tagbench.ui.internal.archives;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.ArchiveQuery;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.ArchiveSeries;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.jobs.TagbenchJobs;

/**
 * Runs the trend's queries in Jobs of the Tagbench family: one query of a time range (cancellable, each
 * request bounded by the profile's timeouts), and live polling that asks every poll interval for the
 * values logged since the newest one held. Results reach the sink on the UI thread; a new query cancels
 * the one still running.
 */
public final class TrendQueries {

	/** Hears the results, on the UI thread. */
	public interface Sink {
		/** A query finished: these series replace the ones shown. */
		void replaced(List<ArchiveSeries> results);

		/** Live polling found these new values. */
		void appended(List<ArchiveSeries> results);

		/** A query or a poll failed. */
		void failed(WinccError error);
	}

	private final WinccClient client;
	private final Sink sink;
	private final LivePoller live;
	private Job query;

	public TrendQueries(WinccClient client, Sink sink) {
		this.client = client;
		this.sink = sink;
		this.live = new LivePoller(client, sink);
	}

	/**
	 * Queries the variables, grouped by archive, in the range.
	 *
	 * @return the job
	 */
	public Job query(Map<String, List<String>> variablesByArchive, TimeRange range) {
		if (query != null) {
			query.cancel();
		}
		int count = variablesByArchive.values().stream().mapToInt(List::size).sum();
		query = TagbenchJobs.schedule(NLS.bind(Messages.TrendQueries_query, Integer.valueOf(count)), monitor -> {
			try {
				List<ArchiveSeries> results = run(client, variablesByArchive, range.from(), range.to(), range.maxValues(), monitor);
				deliver(() -> sink.replaced(results));
			} catch (WinccException e) {
				deliver(() -> sink.failed(e.error()));
			}
		});
		return query;
	}

	/** Starts polling for new values of these variables every {@code intervalMs}, after the times given. */
	public void startLive(Map<String, List<String>> variablesByArchive, Map<String, Instant> newestByArchive, int intervalMs) {
		live.start(variablesByArchive, newestByArchive, intervalMs);
	}

	/** Stops live polling. */
	public void stopLive() {
		live.stop();
	}

	/** @return whether live polling runs */
	public boolean isLive() {
		return live.isRunning();
	}

	/** Cancels the query and the polling. */
	public void dispose() {
		if (query != null) {
			query.cancel();
		}
		live.stop();
	}

	static List<ArchiveSeries> run(WinccClient client, Map<String, List<String>> variablesByArchive, Instant from,
			Instant to, int maxValues, IProgressMonitor monitor) throws WinccException {
		SubMonitor progress = SubMonitor.convert(monitor, variablesByArchive.size());
		List<ArchiveSeries> results = new ArrayList<>();
		for (Map.Entry<String, List<String>> archive : variablesByArchive.entrySet()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			results.addAll(client.archives().query(ArchiveQuery.of(archive.getKey(), archive.getValue(), from, to, maxValues),
					progress.split(1)));
		}
		return results;
	}

	private static void deliver(Runnable result) {
		UiRunner.run(result);
	}
}
