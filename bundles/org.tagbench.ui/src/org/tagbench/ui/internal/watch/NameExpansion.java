package org.tagbench.ui.internal.watch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.VariableQuery;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.Page;
import org.tagbench.core.model.TagConfig;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.jobs.TagbenchJobs;

/**
 * Turns the names and patterns of the Add Tags dialog into watched tags: plain names as they are,
 * patterns by listing the runtime's tags that match (core's {@code VariableQuery.named}, page by page,
 * at most {@value #MAX_MATCHES} in all), in a Job.
 */
public final class NameExpansion {

	/** The most tags one Add adds through patterns. */
	public static final int MAX_MATCHES = 10_000;
	private static final int PAGE = 1_000;

	private NameExpansion() {
	}

	/**
	 * @param client   the connection's client (needed only for patterns; may be null without patterns)
	 * @param profileId the profile the tags belong to
	 * @param names    plain names and patterns
	 * @param done     receives the tags and the patterns that matched nothing, in the Job's thread
	 */
	public static void expand(WinccClient client, String profileId, List<String> names,
			BiConsumer<List<WatchItem>, List<String>> done) {
		List<String> patterns = names.stream().filter(AddTagsDialog::isPattern).toList();
		if (patterns.isEmpty()) {
			done.accept(names.stream().map(name -> new WatchItem(profileId, name)).toList(), List.of());
			return;
		}
		TagbenchJobs.schedule(NLS.bind(Messages.NameExpansion_job, String.join(", ", patterns)), monitor -> { //$NON-NLS-1$
			Set<String> found = new LinkedHashSet<>();
			List<String> unmatched = new ArrayList<>();
			SubMonitor progress = SubMonitor.convert(monitor, names.size());
			for (String name : names) {
				if (!AddTagsDialog.isPattern(name)) {
					found.add(name);
					progress.worked(1);
				} else if (!matches(client, name, found, progress.split(1))) {
					unmatched.add(name);
				}
			}
			done.accept(found.stream().map(name -> new WatchItem(profileId, name)).toList(), unmatched);
		});
	}

	private static boolean matches(WinccClient client, String pattern, Set<String> found, IProgressMonitor monitor)
			throws CoreException {
		int before = found.size();
		String next = null;
		try {
			do {
				Page<TagConfig> page = client.browse().listVariables(VariableQuery.named(pattern), next, PAGE, monitor);
				for (TagConfig tag : page.items()) {
					if (found.size() >= MAX_MATCHES) {
						return true;
					}
					found.add(tag.name());
				}
				next = page.next().orElse(null);
			} while (next != null && found.size() < MAX_MATCHES);
		} catch (WinccException e) {
			throw new CoreException(Statuses.of(NLS.bind(Messages.NameExpansion_failed, pattern), e.error()));
		}
		return found.size() > before;
	}
}
