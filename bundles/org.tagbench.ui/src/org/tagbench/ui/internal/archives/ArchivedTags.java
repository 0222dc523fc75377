package org.tagbench.ui.internal.archives;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.Archive;
import org.tagbench.core.model.ArchiveVariable;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.jobs.TagbenchJobs;

/**
 * Finds the archive variables that log some process tags: the runtime lists every archive variable with
 * the tag it records ({@code tagLogging/Variables}); a variable named like the tag counts too.
 */
public final class ArchivedTags {

	private ArchivedTags() {
	}

	/** @return the archive variables that log one of the tags, in the runtime's order */
	public static List<VariableNode> find(WinccClient client, Collection<String> tags, IProgressMonitor monitor)
			throws WinccException {
		Set<String> wanted = new HashSet<>(tags);
		Map<String, ArchiveNode> archives = new HashMap<>();
		List<VariableNode> found = new ArrayList<>();
		for (ArchiveVariable variable : ArchiveTree.all((position, m) -> client.archives().allArchiveVariables(position,
				ArchiveTree.PAGE_SIZE, m), monitor)) {
			if (variable.archive() != null && (wanted.contains(variable.tagName()) || wanted.contains(variable.name()))) {
				ArchiveNode archive = archives.computeIfAbsent(variable.archive(), name -> new ArchiveNode(new Archive(name, null, null)));
				found.add(new VariableNode(archive, variable));
			}
		}
		return found;
	}

	/**
	 * Finds them in a job and hands them, or the failure, to the callbacks on the UI thread.
	 */
	public static void findLater(WinccClient client, List<String> tags, Consumer<List<VariableNode>> found,
			Consumer<WinccError> failed) {
		TagbenchJobs.schedule(NLS.bind(Messages.ArchivedTags_job, Integer.valueOf(tags.size())), monitor -> {
			try {
				List<VariableNode> variables = find(client, tags, monitor);
				UiRunner.run(() -> found.accept(variables));
			} catch (WinccException e) {
				UiRunner.run(() -> failed.accept(e.error()));
			}
		});
	}
}
