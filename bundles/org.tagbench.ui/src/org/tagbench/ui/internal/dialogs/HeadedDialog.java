package org.tagbench.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * A dialog with a window title and a title area (heading and message) over the controls each subclass
 * adds in {@link #fill(Composite)}.
 */
public abstract class HeadedDialog extends TitleAreaDialog {

	private final String windowTitle;
	private final boolean resizable;

	/**
	 * @param windowTitle the text of the dialog's window
	 * @param resizable   whether the user can resize the dialog
	 */
	protected HeadedDialog(Shell shell, String windowTitle, boolean resizable) {
		super(shell);
		this.windowTitle = windowTitle;
		this.resizable = resizable;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(windowTitle);
	}

	@Override
	protected boolean isResizable() {
		return resizable;
	}

	@Override
	protected final Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		fill(area);
		return area;
	}

	/** Sets the heading and adds the dialog's controls to {@code area}, the composite below the title area. */
	protected abstract void fill(Composite area);

	/** Shows {@code message} below the heading, with the warning icon when {@code warning}. */
	protected void showMessage(String message, boolean warning) {
		setMessage(message, warning ? IMessageProvider.WARNING : IMessageProvider.NONE);
	}

	/** @return a composite in {@code area} that lays out labels and fields in two columns and fills the area */
	protected static Composite form(Composite area, int margin) {
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(margin, margin).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		return form;
	}

	/**
	 * @param id the widget id of the table, used by tests
	 * @return a table with a border, headers and lines that fills {@code area}, preferring {@code width} by {@code height} pixels
	 */
	protected static Table table(Composite area, String id, int width, int height) {
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(EmptyState.WIDGET_ID, id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(width, height).applyTo(table);
		return table;
	}
}
