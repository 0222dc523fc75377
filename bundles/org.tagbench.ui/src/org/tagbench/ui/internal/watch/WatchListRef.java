package org.tagbench.ui.internal.watch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.watch.WatchListException;
import org.tagbench.core.watch.WatchListStore;
import org.tagbench.ui.internal.Messages;

/**
 * A watch list saved in a project.
 *
 * @param project the project
 * @param name    the list's name
 */
public record WatchListRef(IProject project, String name) {

	/** @return the store of the project's watch lists */
	public WatchListStore store() {
		return store(project);
	}

	/** @return "name (project)" */
	public String label() {
		return NLS.bind(Messages.WatchLists_label, name, project.getName());
	}

	static WatchListStore store(IProject project) {
		return WatchListStore.forProject(project.getLocation().toPath());
	}

	/** @return the open projects that live on disk, by name */
	public static List<IProject> projects() {
		List<IProject> projects = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen() && project.getLocation() != null) {
				projects.add(project);
			}
		}
		projects.sort(Comparator.comparing(IProject::getName, String.CASE_INSENSITIVE_ORDER));
		return projects;
	}

	/** @return the watch lists of every open project; a folder that cannot be read is logged and left out */
	public static List<WatchListRef> all() {
		List<WatchListRef> lists = new ArrayList<>();
		for (IProject project : projects()) {
			try {
				for (String name : store(project).names()) {
					lists.add(new WatchListRef(project, name));
				}
			} catch (WatchListException e) {
				ILog.of(WatchListRef.class).warn(e.getMessage(), e);
			}
		}
		return lists;
	}
}
