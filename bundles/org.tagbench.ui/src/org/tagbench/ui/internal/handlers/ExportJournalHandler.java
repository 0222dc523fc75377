package org.tagbench.ui.internal.handlers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.diagnostics.JournalExport;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.views.DiagnosticsView;

/**
 * Writes the requests the Diagnostics view shows (as filtered) to a CSV or JSON file, in a job. The
 * format is the handler's data in {@code plugin.xml}: {@code csv} or {@code json}. Exports hold no
 * credential.
 */
public class ExportJournalHandler extends AbstractHandler implements IExecutableExtension {

	private static final String CSV = "csv"; //$NON-NLS-1$

	private String format = CSV;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String text && !text.isBlank()) {
			format = text.trim();
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActivePart(event) instanceof DiagnosticsView view)) {
			return null;
		}
		List<JournalEntry> entries = view.rows().reversed();
		String target = FileChooser.choose(HandlerUtil.getActiveShell(event), SWT.SAVE, "diagnostics." + format, //$NON-NLS-1$
				new String[] { "*." + format, "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (target == null) {
			return null;
		}
		Path file = Path.of(target);
		TagbenchJobs.schedule(NLS.bind(Messages.ExportJournalHandler_job, file.getFileName()), monitor -> {
			try {
				write(entries, file);
			} catch (IOException e) {
				throw new CoreException(Statuses.error(NLS.bind(Messages.ExportJournalHandler_failed, file),
						Messages.ExportJournalHandler_solution, e));
			}
		});
		return null;
	}

	private void write(List<JournalEntry> entries, Path file) throws IOException {
		if (CSV.equals(format)) {
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				JournalExport.toCsv(entries, out);
			}
		} else {
			try (OutputStream out = Files.newOutputStream(file)) {
				JournalExport.toJson(entries, out);
			}
		}
	}
}
