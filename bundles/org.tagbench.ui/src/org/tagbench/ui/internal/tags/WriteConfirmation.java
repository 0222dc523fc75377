package org.tagbench.ui.internal.tags;

import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.Messages;

/**
 * The last question before a value goes to a runtime: which tag, on which connection and environment,
 * from which value to which. A production environment gets a warning dialog and says so in its title.
 */
public final class WriteConfirmation {

	private WriteConfirmation() {
	}

	/** @return whether the environment tag names a production system */
	public static boolean isProduction(ConnectionProfile profile) {
		return profile.environment().toLowerCase(Locale.ROOT).contains("prod"); //$NON-NLS-1$
	}

	/** @return whether the user confirmed the write */
	public static boolean confirm(Shell shell, ConnectionProfile profile, String tag, String oldValue, String newValue) {
		boolean production = isProduction(profile);
		String message = NLS.bind(production ? Messages.WriteConfirmation_production : Messages.WriteConfirmation_message,
				new Object[] { tag, profile.name(), environment(profile), oldValue.isEmpty() ? "?" : oldValue, newValue }); //$NON-NLS-1$
		return ask(shell, production, message);
	}

	/** @return whether the user confirmed writing {@code count} values at once */
	public static boolean confirmMany(Shell shell, ConnectionProfile profile, int count) {
		boolean production = isProduction(profile);
		String message = NLS.bind(production ? Messages.WriteConfirmation_manyProduction : Messages.WriteConfirmation_many,
				new Object[] { Integer.valueOf(count), profile.name(), environment(profile) });
		return ask(shell, production, message);
	}

	private static String environment(ConnectionProfile profile) {
		return profile.environment().isBlank() ? Messages.WriteConfirmation_noEnvironment : profile.environment();
	}

	private static boolean ask(Shell shell, boolean production, String message) {
		MessageDialog dialog = new MessageDialog(shell,
				production ? Messages.WriteConfirmation_titleProduction : Messages.WriteConfirmation_title, null, message,
				production ? MessageDialog.WARNING : MessageDialog.QUESTION, 1, Messages.WriteValueDialog_write,
				IDialogConstants.CANCEL_LABEL);
		return dialog.open() == 0;
	}
}
