package org.tagbench.ui.internal.jobs;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Schedules Tagbench's background work as Jobs of one family, so the progress view shows and cancels
 * them and tests can join them. A failed operation's status goes to the platform's status handling.
 */
public final class TagbenchJobs {

	/** The family of every Tagbench job. */
	public static final Object FAMILY = TagbenchJobs.class.getName();

	private TagbenchJobs() {
	}

	/** Schedules {@code operation} as a user job: shown with progress, cancellable. */
	public static Job schedule(String name, TagbenchOperation operation) {
		Job job = create(name, operation);
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Schedules {@code operation} as a system job: no progress dialog, errors still reported. */
	public static Job scheduleSystem(String name, TagbenchOperation operation) {
		Job job = create(name, operation);
		job.setSystem(true);
		job.schedule();
		return job;
	}

	/** @return a job of the family that runs {@code operation}; not scheduled yet */
	public static Job create(String name, TagbenchOperation operation) {
		return new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					operation.execute(monitor);
					return Status.OK_STATUS;
				} catch (CoreException e) {
					return e.getStatus();
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return FAMILY.equals(family);
			}
		};
	}
}
