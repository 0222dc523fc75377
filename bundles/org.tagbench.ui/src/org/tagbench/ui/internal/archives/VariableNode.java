package org.tagbench.ui.internal.archives;

import org.tagbench.core.model.ArchiveVariable;

/**
 * An archive variable (a logged tag) in the Archives view's tree.
 *
 * @param parent   the archive node it belongs to
 * @param variable the variable as the runtime listed it
 */
public record VariableNode(ArchiveNode parent, ArchiveVariable variable) {

	/** @return the archive variable's name */
	public String name() {
		return variable.name();
	}

	/** @return the archive's name */
	public String archive() {
		return variable.archive() != null ? variable.archive() : parent.name();
	}

	/** @return the label the tree and the legend show: the variable, and the tag it logs when that differs */
	public String label() {
		String tag = variable.tagName();
		return tag == null || tag.isBlank() || tag.equals(name()) ? name() : name() + " (" + tag + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
