package org.tagbench.ui.internal.dialogs;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.tagbench.ui.internal.Messages;

/** Asks for the password of a profile whose password is not kept in Secure Storage. */
public final class PasswordDialog extends InputDialog {

	public PasswordDialog(Shell parent, String profileName, String user, String reason) {
		super(parent, Messages.PasswordDialog_title,
				NLS.bind(Messages.PasswordDialog_message, new Object[] { user, profileName, reason }), "", null); //$NON-NLS-1$
	}

	@Override
	protected int getInputTextStyle() {
		return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
	}
}
