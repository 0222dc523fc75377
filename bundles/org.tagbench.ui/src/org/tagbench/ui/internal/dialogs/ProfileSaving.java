package org.tagbench.ui.internal.dialogs;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.security.CredentialStore;
import org.tagbench.core.security.CredentialStoreException;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ProfileFile;

/** Saves a profile to its file and its password to Secure Storage, and says what to do when that fails. */
final class ProfileSaving {

	private ProfileSaving() {
	}

	/**
	 * @return whether the profile was saved (a password that could not be stored is reported, yet the profile
	 *         counts as saved)
	 */
	static boolean save(Shell shell, ProfileFile file, ConnectionProfile profile, String password, boolean savePassword) {
		ConnectionManager manager = ConnectionManager.getDefault();
		try {
			manager.save(file, profile);
		} catch (ProfileFileException e) {
			ErrorDialog.openError(shell, Messages.ProfileSaving_failedTitle, null,
					Statuses.error(e.getMessage(), Messages.ProfileSaving_fileSolution, e));
			return false;
		}
		CredentialStore credentials = manager.credentials();
		try {
			if (savePassword && !password.isEmpty()) {
				credentials.putPassword(profile.id(), password);
			} else {
				credentials.removePassword(profile.id());
			}
		} catch (CredentialStoreException e) {
			ErrorDialog.openError(shell, Messages.ProfileSaving_passwordFailedTitle, null,
					Statuses.error(e.getMessage(), Messages.ProfileSaving_passwordSolution, e));
		}
		return true;
	}
}
