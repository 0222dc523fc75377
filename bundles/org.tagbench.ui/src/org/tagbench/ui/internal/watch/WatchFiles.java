package org.tagbench.ui.internal.watch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.tagbench.core.watch.WatchCsv;
import org.tagbench.core.watch.WatchList;
import org.tagbench.core.watch.WatchListException;
import org.tagbench.core.watch.WatchSample;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.jobs.TagbenchJobs;

/** Saving and opening watch lists in projects and exporting captured values, each in a Job. */
public final class WatchFiles {

	private static final String FOLDER = ".tagbench"; //$NON-NLS-1$

	private WatchFiles() {
	}

	/** Saves {@code list} as {@code ref}, refreshes the project, then tells {@code saved} on the UI thread. */
	public static Job save(WatchListRef ref, WatchList list, Control control, Consumer<WatchListRef> saved) {
		Job job = TagbenchJobs.create(NLS.bind(Messages.WatchFiles_saveJob, ref.label()), monitor -> {
			try {
				ref.store().save(list);
			} catch (WatchListException e) {
				throw new CoreException(Statuses.error(NLS.bind(Messages.WatchFiles_saveFailed, ref.label()), e.getMessage(), e));
			}
			if (ref.project().isAccessible()) {
				ref.project().getFolder(FOLDER).refreshLocal(IResource.DEPTH_INFINITE, monitor);
			}
			UiRunner.run(control, () -> saved.accept(ref));
		});
		job.setRule(ref.project());
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Reads the list {@code ref}, then hands it to {@code opened} on the UI thread. */
	public static Job open(WatchListRef ref, Control control, Consumer<WatchList> opened) {
		return TagbenchJobs.schedule(NLS.bind(Messages.WatchFiles_openJob, ref.label()), monitor -> {
			WatchList list;
			try {
				list = ref.store().load(ref.name());
			} catch (WatchListException e) {
				throw new CoreException(Statuses.error(NLS.bind(Messages.WatchFiles_openFailed, ref.label()), e.getMessage(), e));
			}
			UiRunner.run(control, () -> opened.accept(list));
		});
	}

	/** Writes the samples to {@code file} as CSV, connections by their profile's name. */
	public static Job export(Path file, List<WatchSample> samples, Function<String, String> profileNames) {
		return TagbenchJobs.schedule(NLS.bind(Messages.WatchFiles_exportJob, file.getFileName()), monitor -> {
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				WatchCsv.write(samples, profileNames, out);
			} catch (IOException e) {
				throw new CoreException(Statuses.error(NLS.bind(Messages.WatchFiles_exportFailed, file),
						Messages.WatchFiles_exportSolution, e));
			}
		});
	}
}
