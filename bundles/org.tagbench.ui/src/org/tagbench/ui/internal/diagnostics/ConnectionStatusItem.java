package org.tagbench.ui.internal.diagnostics;

import java.text.NumberFormat;
import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.tagbench.core.diagnostics.ConnectionHealth;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.TagbenchImages;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.connections.ConnectionListener;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionStatus;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The workbench window's status bar item: the state, median latency and error rate of the connection
 * last selected anywhere in the window, or of the first open connection.
 */
public class ConnectionStatusItem extends WorkbenchWindowControlContribution {

	/** Widget id of the label, for tests. */
	public static final String LABEL_ID = "diagnostics.statusItem"; //$NON-NLS-1$

	/** Room around the label's text in its tool item. */
	private static final int PADDING = 8;

	private final ConnectionManager manager = ConnectionManager.getDefault();
	private final ConnectionListener connections = this::changed;
	private final ISelectionListener selections = (part, selection) -> selected(selection);
	private CLabel label;
	private ProfileNode selected;

	@Override
	protected Control createControl(Composite parent) {
		label = new CLabel(parent, SWT.NONE);
		label.setData(EmptyState.WIDGET_ID, LABEL_ID);
		manager.addListener(connections);
		getWorkbenchWindow().getSelectionService().addPostSelectionListener(selections);
		showConnection();
		return label;
	}

	/** As wide as the text shown, so the status trim never cuts it. */
	@Override
	protected int computeWidth(Control control) {
		return control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x + PADDING;
	}

	/**
	 * Gives the tool item the width of the new text and lays the status trim out again. The workbench wraps
	 * the label in a composite in a tool item whose width it computes once, for the text shown at creation
	 * ("No open connection"), and would cut a longer one ("Line 1 · …0% errors").
	 */
	private void fit() {
		Control child = label;
		for (Composite parent = label.getParent(); parent != null; child = parent, parent = parent.getParent()) {
			if (parent instanceof ToolBar bar) {
				for (ToolItem item : bar.getItems()) {
					int width = child.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x + PADDING;
					if (item.getControl() == child && item.getWidth() != width) {
						item.setWidth(width);
						bar.pack(true);
						bar.getParent().layout(true, true);
					}
				}
				return;
			}
		}
		label.requestLayout();
	}

	private void selected(Object selection) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof ProfileNode node) {
			selected = node;
			showConnection();
		}
	}

	private void changed() {
		UiRunner.run(label, this::showConnection);
	}

	private void showConnection() {
		if (label == null || label.isDisposed()) {
			return;
		}
		Optional<ProfileNode> shown = Optional.ofNullable(selected).map(manager::current)
				.filter(node -> manager.status(node).isOpen())
				.or(() -> manager.allProfiles().stream().filter(node -> manager.status(node).isOpen()).findFirst());
		if (shown.isEmpty()) {
			label.setImage(null);
			label.setText(Messages.StatusItem_none);
			label.setToolTipText(null);
			fit();
			return;
		}
		ProfileNode node = shown.get();
		ConnectionStatus status = manager.status(node);
		ConnectionHealth health = status.health();
		String p50 = health.p50Ms() < 0 ? Messages.JournalColumns_noStatus : Long.toString(health.p50Ms());
		String text = NLS.bind(Messages.StatusItem_text, new Object[] { node.profile().name(),
				StateLabels.of(status.state()), p50, NumberFormat.getPercentInstance().format(health.errorRate()) });
		label.setImage(TagbenchImages.forState(status.state()));
		label.setText(text);
		label.setToolTipText(status.error() == null ? text : status.error().describe());
		fit();
	}

	@Override
	public void dispose() {
		manager.removeListener(connections);
		if (getWorkbenchWindow() != null) {
			ISelectionService service = getWorkbenchWindow().getSelectionService();
			service.removePostSelectionListener(selections);
		}
		super.dispose();
	}
}
