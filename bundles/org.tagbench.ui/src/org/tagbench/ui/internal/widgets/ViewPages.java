package org.tagbench.ui.internal.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A view's pages, one shown at a time: its {@link EmptyState}, which says how to fill the view, and the
 * main page the view makes in {@link #getControl()}. The stack is laid out only when the page changes.
 */
public final class ViewPages {

	private final Composite control;
	private final StackLayout layout = new StackLayout();
	private final EmptyState emptyState;

	/**
	 * @param parent       the view's composite
	 * @param emptyStateId widget id of the empty state, used by tests
	 * @param title        the empty state's headline
	 * @param hint         what the user can do next
	 */
	public ViewPages(Composite parent, String emptyStateId, String title, String hint) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(layout);
		emptyState = new EmptyState(control, emptyStateId, title, hint);
	}

	/** @return the composite that holds the pages; the view makes its main page in it */
	public Composite getControl() {
		return control;
	}

	/** @return the control of the empty state */
	public Control emptyPage() {
		return emptyState.getControl();
	}

	/** Shows {@code page}, the empty state's or the main page, unless it is shown already. */
	public void show(Control page) {
		if (layout.topControl != page) {
			layout.topControl = page;
			control.layout();
		}
	}

	/** Shows the empty state with this headline and hint. */
	public void showEmpty(String title, String hint) {
		emptyState.setText(title, hint);
		show(emptyState.getControl());
	}

	/** @return whether {@code page} is the page shown */
	private boolean isShown(Control page) {
		return layout.topControl == page;
	}

	/** Gives the focus to {@code mainFocus} while {@code main} is shown, else to the empty state. */
	public void setFocus(Control main, Control mainFocus) {
		if (isShown(main)) {
			mainFocus.setFocus();
		} else {
			emptyState.getControl().setFocus();
		}
	}
}
