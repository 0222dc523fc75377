package org.tagbench.ui.internal.diagnostics;

import java.text.NumberFormat;
import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
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
 * The workbench window's status bar item: the state (icon), median latency and error rate of the
 * connection last selected anywhere in the window, or of the first open connection; the tooltip says it
 * in words. The text is kept short and the item as wide as the longest text, so the status trim shows all
 * of it.
 */
public class ConnectionStatusItem extends WorkbenchWindowControlContribution {

	/** Widget id of the label, for tests. */
	public static final String LABEL_ID = "diagnostics.statusItem"; //$NON-NLS-1$

	/** Room around the label's text and icon. */
	private static final int PADDING = 6;
	/** Longer profile names are cut in the item (the tooltip has the whole name). */
	private static final int MAX_NAME = 24;

	private final ConnectionManager manager = ConnectionManager.getDefault();
	private final ConnectionListener connections = this::changed;
	private final ISelectionListener selections = (part, selection) -> selected(selection);
	private CLabel label;
	private ProfileNode selected;

	@Override
	protected Control createControl(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		label = new CLabel(box, SWT.NONE);
		label.setData(EmptyState.WIDGET_ID, LABEL_ID);
		GridDataFactory.fillDefaults().grab(true, true).hint(reservedWidth(), SWT.DEFAULT).applyTo(label);
		manager.addListener(connections);
		getWorkbenchWindow().getSelectionService().addPostSelectionListener(selections);
		showConnection();
		return box;
	}

	/**
	 * @return the width of the longest text the item shows (a name of {@value #MAX_NAME} characters, a long
	 *         latency, 100% errors) with the icon: the status trim sizes the item once, when it is created,
	 *         so the item keeps this width rather than growing and being cut
	 */
	private int reservedWidth() {
		String longest = NLS.bind(Messages.StatusItem_text, new Object[] { "n".repeat(MAX_NAME), "99999", //$NON-NLS-1$ //$NON-NLS-2$
				NumberFormat.getPercentInstance().format(1.0) });
		GC gc = new GC(label);
		try {
			return gc.textExtent(longest).x + 16 + 2 * PADDING;
		} finally {
			gc.dispose();
		}
	}

	@Override
	protected int computeWidth(Control control) {
		return control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x;
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
			label.requestLayout();
			return;
		}
		ProfileNode node = shown.get();
		ConnectionStatus status = manager.status(node);
		ConnectionHealth health = status.health();
		String p50 = health.p50Ms() < 0 ? Messages.JournalColumns_noStatus : Long.toString(health.p50Ms());
		String errors = NumberFormat.getPercentInstance().format(health.errorRate());
		String name = node.profile().name();
		String shortName = name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + '\u2026';
		String tooltip = NLS.bind(Messages.StatusItem_tooltip, new Object[] { name, StateLabels.of(status.state()), p50, errors });
		label.setImage(TagbenchImages.forState(status.state()));
		label.setText(NLS.bind(Messages.StatusItem_text, new Object[] { shortName, p50, errors }));
		label.setToolTipText(status.error() == null ? tooltip : tooltip + '\n' + status.error().describe());
		label.requestLayout();
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
