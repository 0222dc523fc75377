package org.tagbench.ui.internal.archives;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.jobs.TagbenchJobs;

/** Exports the samples of a trend to a CSV file ({@link TrendCsv}) in a job; a failure says what to do. */
public final class TrendExport {

	private TrendExport() {
	}

	/** Writes {@code rows} to {@code file} in a job. @return the job */
	public static Job toFile(List<Trend.Row> rows, Path file) {
		return TagbenchJobs.schedule(NLS.bind(Messages.ArchivesView_exportJob, file.getFileName()), monitor -> {
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				TrendCsv.write(rows, out);
			} catch (IOException e) {
				throw new CoreException(Statuses.error(NLS.bind(Messages.ArchivesView_exportFailed, file),
						Messages.ArchivesView_exportSolution, e));
			}
		});
	}
}
