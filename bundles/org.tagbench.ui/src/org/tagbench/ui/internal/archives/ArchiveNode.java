package org.tagbench.ui.internal.archives;

import java.util.List;

import org.tagbench.core.errors.WinccError;
import org.tagbench.core.model.Archive;

/** An archive in the Archives view's tree; its variables are fetched when it is first opened. */
public final class ArchiveNode {

	private final Archive archive;
	private List<VariableNode> variables;
	private boolean loading;
	private WinccError error;

	ArchiveNode(Archive archive) {
		this.archive = archive;
	}

	/** @return the archive's name */
	public String name() {
		return archive.name();
	}

	/** @return the archive as the runtime listed it */
	public Archive archive() {
		return archive;
	}

	/** @return the variables fetched so far, or null before the first fetch finished */
	public List<VariableNode> variables() {
		return variables;
	}

	/** @return whether the variables are being fetched */
	public boolean isLoading() {
		return loading;
	}

	/** @return why fetching the variables failed, or null */
	public WinccError error() {
		return error;
	}

	void startLoading() {
		loading = true;
		error = null;
	}

	void loaded(List<VariableNode> fetched) {
		loading = false;
		variables = List.copyOf(fetched);
	}

	void failed(WinccError failure) {
		loading = false;
		error = failure;
	}

	void reset() {
		loading = false;
		error = null;
		variables = null;
	}
}
