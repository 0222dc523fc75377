package org.tagbench.ui.internal.tags;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.tagbench.core.names.Wildcards;

/**
 * Filters what the Tags view has loaded by name: a wildcard pattern ({@code *}, {@code ?}),
 * case-insensitive, found anywhere in the name. A folder stays when its name matches, one of its loaded
 * children does, or it has not been opened yet (so that it can be); nothing is fetched for filtering.
 */
final class TagFilter extends ViewerFilter {

	private String pattern;

	/** @param text the filter text; blank shows everything */
	void setText(String text) {
		pattern = text == null || text.isBlank() ? null : wildcard(text.strip());
	}

	boolean isActive() {
		return pattern != null;
	}

	/** @return the whole-name pattern that finds {@code text} anywhere in a name */
	static String wildcard(String text) {
		String start = text.startsWith("*") ? "" : "*"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String end = text.endsWith("*") ? "" : "*"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return start + text + end;
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return pattern == null || matches(element);
	}

	private boolean matches(Object element) {
		if (element instanceof TagNode tag) {
			return Wildcards.matches(pattern, tag.name());
		}
		if (element instanceof FolderNode folder) {
			if (folder.notStarted() || Wildcards.matches(pattern, folder.label())) {
				return true;
			}
			for (TagTreeNode child : folder.loaded()) {
				if (matches(child)) {
					return true;
				}
			}
			return false;
		}
		return true;
	}
}
