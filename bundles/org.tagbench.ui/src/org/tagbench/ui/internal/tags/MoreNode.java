package org.tagbench.ui.internal.tags;

import org.eclipse.osgi.util.NLS;
import org.tagbench.ui.internal.Messages;

/** "Show next N": stands for the children of a folder past what is shown. Opening it shows more. */
public final class MoreNode extends TagTreeNode {

	private final int count;

	MoreNode(FolderNode folder, int count) {
		super(folder);
		this.count = count;
	}

	@Override
	public String label() {
		return NLS.bind(Messages.TagTree_showNext, Integer.valueOf(count));
	}
}
