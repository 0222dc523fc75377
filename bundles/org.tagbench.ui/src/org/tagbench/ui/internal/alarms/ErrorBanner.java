package org.tagbench.ui.internal.alarms;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.errors.WinccError;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * A failed fetch above the message table: what failed, what it means and what to do, in selectable text.
 * Hidden while the last fetch succeeded; the rows of the last good fetch stay below it.
 */
public final class ErrorBanner {

	/** Widget ids, for tests. */
	public static final String BANNER_ID = "alarms.error"; //$NON-NLS-1$
	public static final String MEANING_ID = "alarms.error.meaning"; //$NON-NLS-1$
	public static final String SOLUTION_ID = "alarms.error.solution"; //$NON-NLS-1$

	private final Composite control;
	private final Label headline;
	private final Text meaning;
	private final Text solution;

	ErrorBanner(Composite parent) {
		control = new Composite(parent, SWT.BORDER);
		control.setData(EmptyState.WIDGET_ID, BANNER_ID);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 4).applyTo(control);
		Label icon = new Label(control, SWT.NONE);
		icon.setImage(control.getDisplay().getSystemImage(SWT.ICON_ERROR));
		GridDataFactory.swtDefaults().span(1, 3).align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
		headline = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(headline);
		meaning = text(MEANING_ID);
		solution = text(SOLUTION_ID);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(control);
		control.setVisible(false);
	}

	private Text text(String id) {
		Text text = new Text(control, SWT.READ_ONLY | SWT.WRAP);
		text.setData(EmptyState.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** Shows {@code error} with {@code what} as headline, or hides the banner when error is null. */
	void show(String what, WinccError error) {
		boolean visible = error != null;
		if (visible) {
			String detail = error.detail().isEmpty() ? "" : " (" + error.detail() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			headline.setText(NLS.bind(Messages.AlarmsView_failed, new Object[] { what, error.label(), detail }));
			meaning.setText(error.meaning());
			solution.setText(error.solution());
		}
		if (visible != control.getVisible()) {
			control.setVisible(visible);
			((GridData) control.getLayoutData()).exclude = !visible;
		}
		control.getParent().layout(true, true);
	}

	/** @return whether a failure is shown */
	public boolean isShown() {
		return control.getVisible();
	}
}
