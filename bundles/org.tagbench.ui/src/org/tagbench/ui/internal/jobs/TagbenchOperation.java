package org.tagbench.ui.internal.jobs;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** A piece of long-running work, run in a Job by {@link TagbenchJobs}; reports progress and honours cancel. */
@FunctionalInterface
public interface TagbenchOperation {

	/**
	 * @throws CoreException with the status to show; an {@code OperationCanceledException} when cancelled
	 */
	void execute(IProgressMonitor monitor) throws CoreException;
}
