package org.tagbench.ui.internal.handlers;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.security.CredentialStoreException;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ProbeResult;
import org.tagbench.ui.internal.connections.ServerProbe;
import org.tagbench.ui.internal.demo.EmbeddedSimulator;
import org.tagbench.ui.internal.dialogs.PasswordDialog;
import org.tagbench.ui.internal.dialogs.TestResultDialog;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;

/**
 * Connects and tests profiles: the password comes from Secure Storage or a prompt on the UI thread, the
 * network work runs in a Job of the Tagbench family.
 */
public final class Connecting {

	private Connecting() {
	}

	/**
	 * @return the password to connect with: the embedded simulator's, the stored one, or one typed into a
	 *         prompt; empty when the user cancelled the prompt
	 */
	public static Optional<String> password(Shell shell, ProfileNode node) {
		if (EmbeddedSimulator.isEmbedded(node.profile())) {
			return Optional.of(EmbeddedSimulator.PASSWORD);
		}
		String reason = Messages.Connecting_passwordNotSaved;
		try {
			Optional<String> stored = ConnectionManager.getDefault().credentials().getPassword(node.profile().id());
			if (stored.isPresent()) {
				return stored;
			}
		} catch (CredentialStoreException e) {
			reason = NLS.bind(Messages.Connecting_passwordUnreadable, e.getMessage());
		}
		if (node.profile().user().isEmpty()) {
			return Optional.of(""); //$NON-NLS-1$
		}
		PasswordDialog dialog = new PasswordDialog(shell, node.profile().name(), node.profile().user(), reason);
		return dialog.open() == Window.OK ? Optional.of(dialog.getValue()) : Optional.empty();
	}

	/** Asks for the password if needed, then connects in a Job; returns the job, or null when cancelled. */
	public static Job connect(Shell shell, ProfileNode node) {
		return password(shell, node).map(password -> connect(node, password)).orElse(null);
	}

	/** Connects in a Job; a failure is shown through the platform's status handling. */
	public static Job connect(ProfileNode node, String password) {
		String name = node.profile().name();
		return TagbenchJobs.schedule(NLS.bind(Messages.Connecting_connectJob, name), monitor -> {
			try {
				ConnectionManager.getDefault().connect(node, password, SubMonitor.convert(monitor, 1));
			} catch (WinccException e) {
				throw new CoreException(Statuses.of(NLS.bind(Messages.Connecting_connectFailed, name), e.error()));
			}
		});
	}

	/** Asks for the password if needed, then tests the profile in a Job and shows the answer; or null. */
	public static Job test(Shell shell, ProfileNode node) {
		return password(shell, node).map(password -> test(node, password)).orElse(null);
	}

	private static Job test(ProfileNode node, String password) {
		ConnectionManager manager = ConnectionManager.getDefault();
		String name = node.profile().name();
		return TagbenchJobs.schedule(NLS.bind(Messages.Connecting_testJob, name), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 2);
			try {
				EmbeddedSimulator.startIfEmbedded(node.profile());
				progress.worked(1);
				ProbeResult result;
				try (WinccClient client = WinccClient.open(manager.settings(node, password))) {
					result = ServerProbe.run(client, progress.split(1));
				}
				UiRunner.run(() -> TestResultDialog.success(null, name, node.profile().url(), result).open());
			} catch (WinccException e) {
				WinccError error = e.error();
				UiRunner.run(() -> TestResultDialog.failure(null, name, error).open());
			} finally {
				manager.changed(node.file());
			}
		});
	}
}
