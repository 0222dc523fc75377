package org.tagbench.ui.internal.tags;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.errors.WinccError;
import org.tagbench.ui.internal.Messages;

/**
 * Stands in a folder while its children load, when it has none, or when fetching them failed; or, outside
 * any folder, says how many tags the filter found.
 */
public final class StatusNode extends TagTreeNode {

	private final WinccError error;
	private final String text;

	private StatusNode(FolderNode folder, String text, WinccError error) {
		super(folder);
		this.text = text;
		this.error = error;
	}

	static StatusNode loading(FolderNode folder) {
		return new StatusNode(folder, Messages.TagTree_loading, null);
	}

	static StatusNode empty(FolderNode folder) {
		return new StatusNode(folder, Messages.TagTree_empty, null);
	}

	/** @return a node outside any folder that only shows {@code text} */
	static StatusNode note(String text) {
		return new StatusNode(null, text, null);
	}

	static StatusNode failed(FolderNode folder, WinccError error) {
		return new StatusNode(folder, NLS.bind(Messages.TagTree_failed, error.meaning(), error.solution()), error);
	}

	@Override
	public String label() {
		return text;
	}

	/** @return the error this node reports, or null when it only says "loading" or "empty" */
	public WinccError error() {
		return error;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StatusNode node && node.parent() == parent() && node.text.equals(text);
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(parent()) * 31 + text.hashCode();
	}
}
