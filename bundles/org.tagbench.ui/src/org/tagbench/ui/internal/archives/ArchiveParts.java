package org.tagbench.ui.internal.archives;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.errors.WinccError;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The parts of the Archives view: the archive tree on the left; on the right the range bar, a message
 * line (what failed, what it means and what to do), the trend and the samples table below it.
 */
public final class ArchiveParts {

	/** Widget id of the message line, for tests. */
	public static final String MESSAGE_ID = "archives.message"; //$NON-NLS-1$

	private final ArchiveTreeViewer tree;
	private final RangeControl range;
	private final Text message;
	private final TrendChart chart;
	private final SamplesTable table;

	/**
	 * @param onQuery run when the user asks for a query (button, Enter in the count, double-click)
	 * @param onLive  run when the Live check box changes
	 */
	public ArchiveParts(Composite parent, Runnable onQuery, Runnable onLive) {
		SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sides);
		tree = new ArchiveTreeViewer(sides);
		Composite right = new Composite(sides, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(right);
		range = new RangeControl(right, onQuery, onLive);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(range.getControl());
		message = new Text(right, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		message.setData(EmptyState.WIDGET_ID, MESSAGE_ID);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(message);
		message.setVisible(false);
		SashForm stack = new SashForm(right, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(stack);
		chart = new TrendChart(stack);
		table = new SamplesTable(stack);
		stack.setWeights(62, 38);
		sides.setWeights(24, 76);
		tree.viewer().addDoubleClickListener(e -> {
			if (!tree.selectedVariables().isEmpty()) {
				onQuery.run();
			}
		});
	}

	public ArchiveTreeViewer tree() {
		return tree;
	}

	public RangeControl range() {
		return range;
	}

	public TrendChart chart() {
		return chart;
	}

	public SamplesTable table() {
		return table;
	}

	/** @return the message line's text; empty while it is hidden */
	public String message() {
		return message.getVisible() ? message.getText() : ""; //$NON-NLS-1$
	}

	/** Shows what failed, its meaning and what to do. */
	public void showError(String headline, WinccError error) {
		showMessage(NLS.bind(Messages.ArchiveParts_error, new Object[] { headline, error.meaning(), error.solution() }), true);
	}

	/** Shows a hint or an error in the message line. */
	public void showMessage(String text, boolean isError) {
		message.setText(text);
		message.setForeground(isError ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		setMessageVisible(true);
	}

	/** Hides the message line. */
	public void clearMessage() {
		setMessageVisible(false);
	}

	private void setMessageVisible(boolean visible) {
		if (message.getVisible() != visible) {
			message.setVisible(visible);
			((GridData) message.getLayoutData()).exclude = !visible;
		}
		message.getParent().layout(true);
	}
}
