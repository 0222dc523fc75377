package org.tagbench.tests.support;

import java.time.Duration;

import org.eclipse.core.runtime.jobs.Job;

/** Joins job families instead of sleeping. */
public final class Jobs {

	private Jobs() {
	}

	/**
	 * Waits until no job of {@code family} is waiting or running. Works on the UI thread too:
	 * there it keeps the event loop running while it waits.
	 *
	 * @throws AssertionError when the family is still busy after {@code timeout}
	 */
	public static void join(Object family, Duration timeout) {
		if (UiWait.isUiThread()) {
			UiWait.until("jobs of family " + family + " to finish", timeout, //$NON-NLS-1$ //$NON-NLS-2$
					() -> Job.getJobManager().find(family).length == 0);
		} else {
			Wait.until("jobs of family " + family + " to finish", timeout, //$NON-NLS-1$ //$NON-NLS-2$
					() -> Job.getJobManager().find(family).length == 0);
		}
	}
}
