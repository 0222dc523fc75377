package org.tagbench.ui.internal.widgets;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * What a view shows while it has nothing to show: a title that says what the view is for and a
 * sentence that says how to fill it.
 */
public final class EmptyState {

	/** Key of the widget data that names a widget for tests and accessibility tools. */
	public static final String WIDGET_ID = "org.tagbench.widgetId"; //$NON-NLS-1$

	private final Composite control;
	private final Label titleLabel;
	private final Label hintLabel;

	/**
	 * Creates the empty state in {@code parent}.
	 *
	 * @param parent the view's composite
	 * @param id     the widget id of the composite, used by tests
	 * @param title  a short headline
	 * @param hint   what the user can do next
	 */
	public EmptyState(Composite parent, String id, String title, String hint) {
		control = new Composite(parent, SWT.NONE);
		control.setData(WIDGET_ID, id);
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(0, 8).applyTo(control);

		titleLabel = new Label(control, SWT.WRAP);
		titleLabel.setFont(JFaceResources.getBannerFont());
		titleLabel.setText(title);
		titleLabel.setData(WIDGET_ID, id + ".title"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(titleLabel);

		hintLabel = new Label(control, SWT.WRAP);
		hintLabel.setText(hint);
		hintLabel.setData(WIDGET_ID, id + ".hint"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(hintLabel);
	}

	/** Replaces the headline and the hint. */
	public void setText(String title, String hint) {
		titleLabel.setText(title);
		hintLabel.setText(hint);
		control.layout(true);
	}

	/** @return the top-level control of the empty state */
	public Composite getControl() {
		return control;
	}
}
