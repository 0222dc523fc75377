package org.tagbench.ui.internal.tags;

import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.WriteResult;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.jobs.TagbenchJobs;

/**
 * Writes one tag's value as a user does it: refused on a read-only profile, asked for with a checked
 * editor, confirmed with old and new value and the environment, sent once in a Job (never retried),
 * and verified by reading back. The outcome goes to {@code outcome} on the UI thread; a failed write
 * goes to the status handling with its meaning and solution. Core records the request in the journal.
 */
public final class TagWriter {

	private TagWriter() {
	}

	/** Asks for, confirms and writes a new value of {@code tag}. */
	public static void write(Shell shell, ConnectionProfile profile, WinccClient client, TagNode tag,
			Consumer<WriteResult> outcome) {
		if (profile.readOnly()) {
			MessageDialog.openInformation(shell, Messages.TagWriter_readOnlyTitle,
					NLS.bind(Messages.TagWriter_readOnly, profile.name()));
			return;
		}
		WriteValueDialog dialog = new WriteValueDialog(shell, tag);
		if (dialog.open() != Window.OK) {
			return;
		}
		Object value = dialog.value();
		if (!WriteConfirmation.confirm(shell, profile, tag.name(), TagValueText.value(tag.value()), String.valueOf(value))) {
			return;
		}
		TagbenchJobs.schedule(NLS.bind(Messages.TagWriter_job, tag.name()), monitor -> {
			try {
				WriteResult result = client.values().write(tag.name(), value, monitor);
				UiRunner.run(() -> outcome.accept(result));
			} catch (WinccException e) {
				throw new CoreException(Statuses.of(NLS.bind(Messages.TagWriter_failed, tag.name()), e.error()));
			}
		});
	}

	/** Shows what a write did: nothing more for a verified write, a warning when the runtime disagreed. */
	public static void report(Shell shell, WriteResult result) {
		switch (result.status()) {
		case VERIFIED -> {
			// the new value is in the tree; the view's status line says it was read back
		}
		case MISMATCH -> MessageDialog.openWarning(shell, Messages.TagWriter_mismatchTitle,
				NLS.bind(Messages.TagWriter_mismatch, new Object[] { result.name(), result.requested(),
						TagValueText.value(result.readBack()) }));
		case UNVERIFIED -> MessageDialog.openWarning(shell, Messages.TagWriter_unverifiedTitle,
				NLS.bind(Messages.TagWriter_unverified, result.name(), result.error() == null ? "" //$NON-NLS-1$
						: result.error().meaning() + ' ' + result.error().solution()));
		case UNKNOWN -> MessageDialog.openWarning(shell, Messages.TagWriter_unknownTitle,
				NLS.bind(Messages.TagWriter_unknown, new Object[] { result.name(), result.error() == null ? "" //$NON-NLS-1$
						: result.error().meaning() + ' ' + result.error().solution(),
						result.readBack() == null ? Messages.TagValue_noData : TagValueText.value(result.readBack()) }));
		case FAILED -> MessageDialog.openError(shell, Messages.TagWriter_failedTitle,
				NLS.bind(Messages.TagWriter_failedItem, result.name(), result.error() == null ? "" //$NON-NLS-1$
						: result.error().meaning() + ' ' + result.error().solution()));
		}
	}
}
