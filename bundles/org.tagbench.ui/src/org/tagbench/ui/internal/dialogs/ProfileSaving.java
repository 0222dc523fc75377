package org.tagbench.ui.internal.dialogs;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileConflictException;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.profiles.ProfileSnapshot;
import org.tagbench.core.profiles.SaveResult;
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
		return save(shell, file, null, profile, password, savePassword);
	}

	/**
	 * Saves an edit that started from {@code base} (null for a new profile): changes made elsewhere to other
	 * profiles are kept and named; a change made elsewhere to this profile refuses the save with what to do.
	 *
	 * @return whether the profile was saved
	 */
	static boolean save(Shell shell, ProfileFile file, ProfileSnapshot base, ConnectionProfile profile, String password,
			boolean savePassword) {
		ConnectionManager manager = ConnectionManager.getDefault();
		try {
			if (base == null) {
				manager.save(file, profile);
			} else {
				SaveResult result = manager.save(file, base, profile);
				if (result.wasMerged()) {
					MessageDialog.openInformation(shell, Messages.ProfileSaving_mergedTitle,
							NLS.bind(Messages.ProfileSaving_merged, String.join(", ", result.merged())));
				}
			}
		} catch (ProfileConflictException e) {
			ErrorDialog.openError(shell, Messages.ProfileSaving_conflictTitle, null,
					Statuses.error(e.getMessage(), e.solution(), e));
			return false;
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
