package org.tagbench.ui.internal.archives;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.errors.WinccError;
import org.tagbench.ui.internal.Messages;

/**
 * Stands in the Archives tree while something loads, when a list is empty, or when a fetch failed.
 *
 * @param parent the archive it stands in, or null at the top level
 * @param text   what the tree shows
 * @param error  the failure it reports, or null
 */
public record MessageNode(ArchiveNode parent, String text, WinccError error) {

	static MessageNode loading(ArchiveNode parent) {
		return new MessageNode(parent, Messages.ArchiveTree_loading, null);
	}

	static MessageNode empty(ArchiveNode parent) {
		return new MessageNode(parent, parent == null ? Messages.ArchiveTree_noArchives : Messages.ArchiveTree_noVariables, null);
	}

	static MessageNode failed(ArchiveNode parent, WinccError error) {
		return new MessageNode(parent, NLS.bind(Messages.ArchiveTree_failed, error.meaning(), error.solution()), error);
	}
}
