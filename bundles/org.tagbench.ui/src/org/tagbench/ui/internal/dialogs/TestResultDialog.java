package org.tagbench.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tagbench.core.errors.WinccError;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ProbeResult;

/**
 * The answer to "Test Connection": the round trip and what the server listed, or what the failure means
 * and what to do about it.
 */
public final class TestResultDialog extends MessageDialog {

	private TestResultDialog(Shell parent, String title, String message, int kind) {
		super(parent, title, null, message, kind, 0, IDialogConstants.OK_LABEL);
	}

	/** @return the dialog for a test that succeeded */
	public static TestResultDialog success(Shell parent, String profileName, String url, ProbeResult result) {
		String answer = result.connectionNames().isEmpty() ? Messages.TestResultDialog_noConnections
				: String.join(", ", result.connectionNames()); //$NON-NLS-1$
		String message = NLS.bind(Messages.TestResultDialog_success,
				new Object[] { profileName, url, Long.toString(result.roundTripMs()), answer });
		return new TestResultDialog(parent, Messages.TestResultDialog_successTitle, message, INFORMATION);
	}

	/** @return the dialog for a test that failed */
	public static TestResultDialog failure(Shell parent, String profileName, WinccError error) {
		String detail = error.detail().isEmpty() ? "" : NLS.bind(Messages.TestResultDialog_detail, error.detail()); //$NON-NLS-1$
		String message = NLS.bind(Messages.TestResultDialog_failure,
				new Object[] { profileName, error.label(), error.meaning(), error.solution(), detail });
		return new TestResultDialog(parent, Messages.TestResultDialog_failureTitle, message, ERROR);
	}
}
