package org.tagbench.ui.internal.alarms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.ITreeViewerListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeExpansionEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.tagbench.core.client.AlarmConfigList;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.ConfigItem;
import org.tagbench.core.model.Page;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The alarm configuration of a connection as a lazy tree: one folder per list (message classes, types,
 * groups, blocks, messages, limit values); opening a folder fetches its first page in a Job; an error
 * node says what failed and what to do.
 */
public final class ConfigTree {

	/** Widget id of the tree, for tests. */
	public static final String TREE_ID = "alarms.configuration"; //$NON-NLS-1$
	/** Entries fetched per folder; more are announced, not fetched. */
	static final int PAGE = 1000;

	private final TreeViewer viewer;
	private List<ConfigNode.Category> categories = List.of();
	private WinccClient client;
	private Locale language = Locale.US;

	ConfigTree(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setData(EmptyState.WIDGET_ID, TREE_ID);
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
		viewer.addTreeListener(new ITreeViewerListener() {
			@Override
			public void treeExpanded(TreeExpansionEvent event) {
				if (event.getElement() instanceof ConfigNode.Category category && category.children() == null) {
					UiRunner.run(viewer.getControl(), () -> {
						if (category.children() == null) {
							fetch(category);
						}
					});
				}
			}

			@Override
			public void treeCollapsed(TreeExpansionEvent event) {
				// fetched entries stay
			}
		});
	}

	/** Starts over for {@code newClient} in {@code newLanguage}: every folder closed and fetched again when opened. */
	void show(WinccClient newClient, Locale newLanguage) {
		client = newClient;
		language = newLanguage;
		List<ConfigNode.Category> fresh = new ArrayList<>();
		if (client != null) {
			for (AlarmConfigList list : AlarmConfigList.values()) {
				fresh.add(new ConfigNode.Category(list));
			}
		}
		categories = fresh;
		viewer.setInput(categories);
	}

	/** Opens a folder, fetching its entries when needed; for the view's commands and tests. */
	public void expand(AlarmConfigList list) {
		for (ConfigNode.Category category : categories) {
			if (category.list() == list) {
				viewer.setExpandedState(category, true);
				if (category.children() == null) {
					fetch(category);
				}
			}
		}
	}

	/** @return the nodes below the folder of {@code list} as fetched so far, or null before it was opened */
	public List<ConfigNode> children(AlarmConfigList list) {
		return categories.stream().filter(c -> c.list() == list).findFirst().map(ConfigNode.Category::children).orElse(null);
	}

	private void fetch(ConfigNode.Category category) {
		WinccClient fetchFrom = client;
		Locale in = language;
		replace(category, List.of(new ConfigNode.Status(Messages.AlarmsView_loading, null)));
		TagbenchJobs.scheduleSystem(NLS.bind(Messages.AlarmsView_configJob, category.list().plural()), monitor -> {
			List<ConfigNode> children = new ArrayList<>();
			try {
				Page<ConfigItem> page = fetchFrom.alarms().listConfig(category.list(), null, PAGE, in, monitor);
				page.items().forEach(item -> children.add(new ConfigNode.Entry(category.list(), item)));
				if (page.items().isEmpty()) {
					children.add(new ConfigNode.Status(Messages.AlarmsView_noEntries, null));
				} else if (page.hasMore()) {
					children.add(new ConfigNode.Status(NLS.bind(Messages.AlarmsView_moreEntries, PAGE), null));
				}
			} catch (WinccException e) {
				children.add(new ConfigNode.Status(e.error().label() + ": " + e.error().meaning(), e.error())); //$NON-NLS-1$
			}
			UiRunner.run(viewer.getControl(), () -> {
				if (fetchFrom == client && in.equals(language) && categories.contains(category)) {
					replace(category, children);
				}
			});
		});
	}

	private void replace(ConfigNode.Category category, List<ConfigNode> children) {
		category.setChildren(children);
		viewer.refresh(category);
		viewer.setExpandedState(category, true);
	}

	public TreeViewer viewer() {
		return viewer;
	}

	private final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return categories.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof ConfigNode.Category category && category.children() != null) {
				return category.children().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ConfigNode.Category;
		}
	}

	private static final class Labels extends LabelProvider {

		@Override
		public String getText(Object element) {
			return switch ((ConfigNode) element) {
				case ConfigNode.Category category -> ConfigLabels.title(category.list());
				case ConfigNode.Entry entry -> ConfigLabels.entry(entry.item());
				case ConfigNode.Status status -> status.text();
			};
		}
	}
}
