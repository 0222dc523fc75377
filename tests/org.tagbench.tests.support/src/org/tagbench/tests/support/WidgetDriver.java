package org.tagbench.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Finds and drives SWT widgets below a root control through public SWT API, as a user would:
 * by their label or by the id the production code stores in their data. Runs on the UI thread.
 */
public final class WidgetDriver {

	private final Composite root;

	/** @param root the control whose descendants are searched (a view's composite or a shell) */
	public WidgetDriver(Composite root) {
		this.root = Objects.requireNonNull(root);
	}

	/** @return every descendant control matching {@code filter}, depth first */
	public List<Control> findAll(Predicate<Control> filter) {
		List<Control> found = new ArrayList<>();
		collect(root, filter, found);
		return found;
	}

	private static void collect(Control control, Predicate<Control> filter, List<Control> found) {
		if (control.isDisposed()) {
			return;
		}
		if (filter.test(control)) {
			found.add(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, filter, found);
			}
		}
	}

	/**
	 * @return the one control whose data under {@code key} equals {@code id}
	 * @throws AssertionError when there is none or more than one
	 */
	public Control byData(String key, String id) {
		return single(findAll(c -> id.equals(c.getData(key))), "data " + key + "=" + id); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the one label showing exactly {@code text} */
	public Label label(String text) {
		return (Label) single(findAll(c -> c instanceof Label l && text.equals(l.getText())), "label '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the one button (push, check or radio) whose text, without mnemonics, is {@code text} */
	public Button button(String text) {
		String wanted = withoutMnemonic(text);
		return (Button) single(findAll(c -> c instanceof Button b && wanted.equals(withoutMnemonic(b.getText()))),
				"button '" + wanted + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the text field that follows the label showing {@code labelText} */
	public Text textAfterLabel(String labelText) {
		Label label = label(labelText);
		Control[] siblings = label.getParent().getChildren();
		for (int i = 0; i < siblings.length - 1; i++) {
			if (siblings[i] == label && siblings[i + 1] instanceof Text text) {
				return text;
			}
		}
		throw new AssertionError("No text field after label '" + labelText + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Clicks a button: toggles check boxes and radio buttons, then sends the selection event. */
	public static void click(Button button) {
		if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		} else if ((button.getStyle() & SWT.RADIO) != 0) {
			button.setSelection(true);
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Replaces the text of a field as typing would: the text changes and modify listeners run. */
	public static void type(Text field, String value) {
		field.setFocus();
		field.setText(value);
	}

	/** @return the texts of each row of a table, column by column */
	public static List<String[]> rows(Table table) {
		List<String[]> rows = new ArrayList<>();
		int columns = Math.max(1, table.getColumnCount());
		for (TableItem item : table.getItems()) {
			String[] row = new String[columns];
			for (int c = 0; c < columns; c++) {
				row[c] = item.getText(c);
			}
			rows.add(row);
		}
		return rows;
	}

	/** @return the texts of the first column of the top-level items of a tree */
	public static List<String> topLevelItems(Tree tree) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			texts.add(item.getText());
		}
		return texts;
	}

	/** Selects a table row and sends the selection event. */
	public static void select(Table table, int index) {
		table.setSelection(index);
		Event event = new Event();
		event.item = table.getItem(index);
		table.notifyListeners(SWT.Selection, event);
	}

	/** Selects a tree item and sends the selection event. */
	public static void select(Tree tree, TreeItem item) {
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
	}

	private static String withoutMnemonic(String text) {
		return text.replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Control single(List<Control> matches, String what) {
		if (matches.size() != 1) {
			throw new AssertionError("Expected exactly one control with " + what + ", found " + matches.size()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return matches.get(0);
	}
}
