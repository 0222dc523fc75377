package org.tagbench.ui.internal.jobs;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * The system jobs of one owner (a lazy tree's fetches), kept while they run so that the owner can cancel
 * them all at once, e.g. when it is refreshed or disposed. The work handles its own failures.
 */
public final class RunningJobs {

	private final Set<Job> running = ConcurrentHashMap.newKeySet();

	/** Schedules {@code work} as a system job of the Tagbench family, kept until it is done. */
	public void schedule(String name, TagbenchOperation work) {
		Job job = TagbenchJobs.create(name, work);
		job.setSystem(true);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				running.remove(event.getJob());
			}
		});
		running.add(job);
		job.schedule();
	}

	/** Cancels the jobs still running. */
	public void cancelAll() {
		running.forEach(Job::cancel);
	}
}
