package org.tagbench.ui.internal.tags;

import org.tagbench.core.model.TagConfig;
import org.tagbench.core.model.TagValue;

/** A tag: its configuration as the runtime listed it (structure elements may carry only a name). */
public final class TagNode extends TagTreeNode {

	private final TagConfig config;

	TagNode(FolderNode parent, TagConfig config) {
		super(parent);
		this.config = config;
	}

	@Override
	public String label() {
		return config.name();
	}

	/** @return the tag's name */
	public String name() {
		return config.name();
	}

	/** @return the value last read, or null */
	public TagValue value() {
		return parent() == null ? null : parent().tree().value(this);
	}

	/** @return the tag's configuration */
	public TagConfig config() {
		return config;
	}
}
