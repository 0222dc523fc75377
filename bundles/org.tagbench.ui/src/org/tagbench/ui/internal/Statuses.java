package org.tagbench.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.errors.WinccError;

/** Builds the statuses Tagbench shows: a headline, then what happened and what to do about it. */
public final class Statuses {

	private Statuses() {
	}

	/**
	 * @param headline what failed, e.g. "Connecting to 'Line 1' failed"
	 * @param error    the typed error from core
	 * @return an error status whose message says what happened and what to do, with the detail as child
	 */
	public static IStatus of(String headline, WinccError error) {
		String message = NLS.bind(Messages.Statuses_message,
				new Object[] { headline, error.meaning(), error.solution() });
		MultiStatus status = new MultiStatus(TagbenchUiPlugin.id(), 0, message);
		status.add(Status.error(NLS.bind(Messages.Statuses_meaning, error.meaning())));
		status.add(Status.error(NLS.bind(Messages.Statuses_solution, error.solution())));
		if (!error.detail().isEmpty()) {
			status.add(Status.error(NLS.bind(Messages.Statuses_detail, error.detail())));
		}
		return status;
	}

	/** @return an error status with a headline and a text that says what to do */
	public static IStatus error(String headline, String whatToDo, Throwable cause) {
		return new Status(IStatus.ERROR, TagbenchUiPlugin.id(), NLS.bind(Messages.Statuses_simple, headline, whatToDo), cause);
	}
}
