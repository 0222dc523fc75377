package org.tagbench.ui.internal.alarms;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.AlarmMessage;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.jobs.TagbenchJobs;

/**
 * Fetches a runtime list in a Job of the Tagbench family, one at a time: a new fetch cancels the one
 * still running, and only the newest fetch's answer reaches the view. Core bounds each request with the
 * profile's timeouts; the Job is cancellable from the Progress view.
 */
final class MessageFetcher {

	private final Control control;
	private final BiConsumer<List<AlarmMessage>, WinccError> done;
	private Job running;
	private int generation;

	/**
	 * @param control the control whose disposal drops a late answer
	 * @param done    gets the messages (error null) or the failure (messages null), on the UI thread
	 */
	MessageFetcher(Control control, BiConsumer<List<AlarmMessage>, WinccError> done) {
		this.control = control;
		this.done = done;
	}

	/** Fetches {@code query} from {@code client}, cancelling a fetch still running. Call on the UI thread. */
	void fetch(WinccClient client, AlarmQuery query) {
		cancel();
		int mine = ++generation;
		Job job = TagbenchJobs.create(NLS.bind(Messages.AlarmsView_job, query.mode().label(), query.filter()), monitor -> {
			List<AlarmMessage> messages = null;
			WinccError error = null;
			try {
				messages = client.alarms().messages(query.mode().list(), query.filter(), query.maxValues(), query.language(), monitor);
			} catch (WinccException e) {
				error = e.error();
			}
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<AlarmMessage> result = messages;
			WinccError failure = error;
			UiRunner.run(control, () -> {
				if (mine == generation) {
					running = null;
					done.accept(result, failure);
				}
			});
		});
		running = job;
		job.schedule();
	}

	/** @return whether a fetch is running */
	boolean busy() {
		return running != null;
	}

	/** Cancels the fetch still running, if any; its answer is dropped. */
	void cancel() {
		if (running != null) {
			running.cancel();
			running = null;
			generation++;
		}
	}
}
