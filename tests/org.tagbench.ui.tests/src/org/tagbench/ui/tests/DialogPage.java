package org.tagbench.ui.tests;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tagbench.tests.support.Screenshots;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * Any Tagbench dialog as a test drives it: fields by the widget ids the production code sets, buttons by
 * their production labels, and the texts it shows.
 */
final class DialogPage {

	private final Shell shell;
	private final WidgetDriver driver;

	DialogPage(Shell shell) {
		this.shell = shell;
		this.driver = new WidgetDriver(shell);
	}

	Shell shell() {
		return shell;
	}

	Control byId(String id) {
		return driver.byData(EmptyState.WIDGET_ID, id);
	}

	/** Types into the text field or combo with widget id {@code id}. */
	DialogPage type(String id, String value) {
		Control control = byId(id);
		if (control instanceof Combo combo) {
			combo.setText(value);
		} else {
			WidgetDriver.type((Text) control, value);
		}
		return this;
	}

	String text(String id) {
		return ((Text) byId(id)).getText();
	}

	/** Sets the check box with widget id {@code id}. */
	DialogPage check(String id, boolean value) {
		Button button = (Button) byId(id);
		if (button.getSelection() != value) {
			WidgetDriver.click(button);
		}
		return this;
	}

	Button button(String label) {
		return driver.button(label);
	}

	DialogPage click(String label) {
		Button button = button(label);
		if (!button.isEnabled()) {
			throw new AssertionError("button '" + label + "' is disabled");
		}
		WidgetDriver.click(button);
		return this;
	}

	/** @return every text the dialog shows in labels and read-only or message fields */
	String texts() {
		List<Control> all = driver.findAll(c -> c instanceof Label || c instanceof Text);
		return all.stream().map(c -> c instanceof Label l ? l.getText() : ((Text) c).getText())
				.collect(Collectors.joining("\n"));
	}

	boolean shows(String text) {
		return texts().contains(text);
	}

	void screenshot(String name) {
		shell.setSize(Math.max(shell.getSize().x, 640), shell.getSize().y);
		Screenshots.take(name);
	}
}
