package org.tagbench.ui.internal.dialogs;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * One part of the profile form (general, limits, TLS): creates its widgets, says what is wrong with what
 * was typed, and writes its fields into a profile builder. The wizard shows each section as a page, the
 * edit dialog as a tab.
 */
public abstract class FormSection {

	private Runnable onChange = () -> { };

	/** @param listener told whenever a field changes */
	void onChange(Runnable listener) {
		onChange = listener;
	}

	/** Tells the form that a field changed. */
	protected void changed() {
		onChange.run();
	}

	/** @return the section's title, for a page or a tab */
	public abstract String title();

	/** @return a sentence that says what the section is for */
	public abstract String description();

	/** Creates the section's widgets in {@code parent}, filled from the profile given at construction. */
	public abstract Control create(Composite parent);

	/** @return what is wrong with the fields and what to type instead, or null when they are fine */
	public abstract String validate();

	/** Writes the fields into {@code builder}; only called when {@link #validate()} is null. */
	public abstract void apply(ConnectionProfile.Builder builder);

	/** @return a label and a text field in a two-column grid; the field changes the form */
	protected Text field(Composite parent, String label, String id, String value, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | style);
		text.setText(value);
		text.setData(EmptyState.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> changed());
		return text;
	}

	/** @return a check box spanning both columns; it changes the form */
	protected Button check(Composite parent, String label, String id, boolean value) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(label);
		button.setSelection(value);
		button.setData(EmptyState.WIDGET_ID, id);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		button.addListener(SWT.Selection, e -> changed());
		return button;
	}

	/** @return the number in {@code text}, or null when it is not a whole number */
	protected static Integer number(Text text) {
		try {
			return Integer.valueOf(text.getText().trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
