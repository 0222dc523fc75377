package org.tagbench.ui.internal.alarms;

import java.util.List;

import org.tagbench.core.client.AlarmConfigList;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.model.ConfigItem;

/** Nodes of the configuration tree: a list (message classes, types, …), one of its entries, or a status line. */
public sealed interface ConfigNode {

	/** A configuration list; its entries are fetched in a Job when it is first opened. Used on the UI thread. */
	final class Category implements ConfigNode {
		private final AlarmConfigList list;
		private List<ConfigNode> children;

		Category(AlarmConfigList list) {
			this.list = list;
		}

		public AlarmConfigList list() {
			return list;
		}

		/** @return the fetched entries, or a single loading or status node; null until opened */
		public List<ConfigNode> children() {
			return children;
		}

		void setChildren(List<ConfigNode> nodes) {
			children = List.copyOf(nodes);
		}
	}

	/** One entry of a list, with every field the server sent. */
	record Entry(AlarmConfigList list, ConfigItem item) implements ConfigNode {
	}

	/** "Loading…", "(none)", or a failure with its meaning and solution ({@code error} set). */
	record Status(String text, WinccError error) implements ConfigNode {
	}
}
