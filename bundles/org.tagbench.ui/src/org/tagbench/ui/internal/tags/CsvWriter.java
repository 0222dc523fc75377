package org.tagbench.ui.internal.tags;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
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
 * Writes the values of a CSV file as a user does it: refused on a read-only profile, the file read and
 * each row checked against the runtime in a Job, a preview with every row's problem, a confirmation
 * with the count and the environment, then one write of the valid rows in a Job (never retried), read
 * back, and a table with each tag's result. Core records the request in the journal.
 */
public final class CsvWriter {

	private CsvWriter() {
	}

	/**
	 * @param file    asks for the file; null when the user cancelled
	 * @param outcome gets the results on the UI thread
	 */
	public static void write(Shell shell, ConnectionProfile profile, WinccClient client, Supplier<String> file,
			Consumer<List<WriteResult>> outcome) {
		if (profile.readOnly()) {
			MessageDialog.openInformation(shell, Messages.TagWriter_readOnlyTitle,
					NLS.bind(Messages.TagWriter_readOnly, profile.name()));
			return;
		}
		String path = file.get();
		if (path == null) {
			return;
		}
		List<CsvRow> rows;
		try {
			rows = ValuesCsv.parse(Files.readString(Path.of(path), StandardCharsets.UTF_8));
		} catch (CharacterCodingException e) {
			ErrorDialog.openError(shell, Messages.CsvWrite_readFailedTitle, null,
					Statuses.error(NLS.bind(Messages.CsvWrite_readFailed, path), Messages.CsvWrite_notUtf8, e));
			return;
		} catch (IOException e) {
			ErrorDialog.openError(shell, Messages.CsvWrite_readFailedTitle, null,
					Statuses.error(NLS.bind(Messages.CsvWrite_readFailed, path), Messages.CsvWrite_checkFile, e));
			return;
		}
		if (rows.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.CsvPreview_title, NLS.bind(Messages.CsvWrite_empty, path));
			return;
		}
		TagbenchJobs.schedule(NLS.bind(Messages.CsvWrite_checking, Integer.valueOf(rows.size())), monitor -> {
			try {
				List<CsvWriteRow> checked = CsvWriteCheck.check(client, rows, monitor);
				UiRunner.run(() -> preview(shell, profile, client, path, checked, outcome));
			} catch (WinccException e) {
				throw new CoreException(Statuses.of(NLS.bind(Messages.CsvWrite_checkFailed, path), e.error()));
			}
		});
	}

	private static void preview(Shell shell, ConnectionProfile profile, WinccClient client, String path,
			List<CsvWriteRow> checked, Consumer<List<WriteResult>> outcome) {
		String name = String.valueOf(Path.of(path).getFileName());
		if (shell.isDisposed() || new CsvPreviewDialog(shell, name, checked).open() != Window.OK) {
			return;
		}
		Map<String, Object> values = new LinkedHashMap<>();
		checked.stream().filter(CsvWriteRow::isValid).forEach(row -> values.put(row.name(), row.value()));
		if (!WriteConfirmation.confirmMany(shell, profile, values.size())) {
			return;
		}
		TagbenchJobs.schedule(NLS.bind(Messages.CsvWrite_writing, Integer.valueOf(values.size())), monitor -> {
			try {
				List<WriteResult> results = client.values().write(values, monitor);
				UiRunner.run(() -> {
					outcome.accept(results);
					if (!shell.isDisposed()) {
						new CsvResultDialog(shell, results).open();
					}
				});
			} catch (WinccException e) {
				throw new CoreException(Statuses.of(NLS.bind(Messages.CsvWrite_failed, Integer.valueOf(values.size())), e.error()));
			}
		});
	}
}
