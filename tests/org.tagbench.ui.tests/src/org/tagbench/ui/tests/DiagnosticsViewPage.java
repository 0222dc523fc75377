package org.tagbench.ui.tests;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.tests.support.Screenshots;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.diagnostics.ConnectionStatusItem;
import org.tagbench.ui.internal.diagnostics.DetailsPane;
import org.tagbench.ui.internal.diagnostics.FilterBar;
import org.tagbench.ui.internal.diagnostics.JournalTable;
import org.tagbench.ui.internal.diagnostics.StatusClass;
import org.tagbench.ui.internal.views.DiagnosticsView;
import org.tagbench.ui.internal.widgets.EmptyState;

/** The Diagnostics view as a test sees it: its table, filters, details pane and commands. */
final class DiagnosticsViewPage {

	static final String COMMANDS = "org.tagbench.ui.commands.";

	private final WorkbenchFixture workbench;
	private final DiagnosticsView view;

	private DiagnosticsViewPage(WorkbenchFixture workbench, DiagnosticsView view) {
		this.workbench = workbench;
		this.view = view;
	}

	static DiagnosticsViewPage open(WorkbenchFixture workbench) throws Exception {
		DiagnosticsView view = (DiagnosticsView) workbench.page().showView(TagbenchUi.DIAGNOSTICS_VIEW_ID);
		return new DiagnosticsViewPage(workbench, view);
	}

	DiagnosticsView view() {
		return view;
	}

	private WidgetDriver driver() {
		return workbench.driver();
	}

	Table table() {
		return (Table) driver().byData(EmptyState.WIDGET_ID, JournalTable.TABLE_ID);
	}

	/** Waits until the table shows a row that matches, and returns its index. */
	int awaitRow(String what, Predicate<JournalEntry> row) {
		UiWait.until(what + " in the Diagnostics view", () -> indexOf(row) >= 0);
		return indexOf(row);
	}

	private int indexOf(Predicate<JournalEntry> row) {
		List<JournalEntry> rows = view.rows();
		for (int i = 0; i < rows.size(); i++) {
			if (row.test(rows.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/** Waits until the table shows {@code count} rows. */
	void awaitRowCount(int count) {
		UiWait.until(count + " rows, not " + view.rows().size(), () -> view.rows().size() == count && table().getItemCount() == count);
	}

	/** @return the texts of one row's cells, as the table shows them */
	String[] cells(int index) {
		Table table = table();
		String[] cells = new String[table.getColumnCount()];
		for (int c = 0; c < cells.length; c++) {
			cells[c] = table.getItem(index).getText(c);
		}
		return cells;
	}

	void select(int index) {
		workbench.page().activate(view);
		WidgetDriver.select(table(), index);
		UiWait.drain();
	}

	/** Selects the row that matches, looked up after the view is activated (new rows may come in meanwhile). */
	void select(String what, Predicate<JournalEntry> row) {
		workbench.page().activate(view);
		WidgetDriver.select(table(), awaitRow(what, row));
		UiWait.drain();
	}

	String details(String id) {
		return detailsField(id).getText();
	}

	Text detailsField(String id) {
		return (Text) driver().byData(EmptyState.WIDGET_ID, id);
	}

	String meaning() {
		return details(DetailsPane.MEANING_ID);
	}

	String solution() {
		return details(DetailsPane.SOLUTION_ID);
	}

	void filterStatus(StatusClass status) {
		choose(FilterBar.STATUS_ID, status.label());
	}

	void filterConnection(String label) {
		choose(FilterBar.CONNECTION_ID, label);
	}

	void filterText(String text) {
		((Text) driver().byData(EmptyState.WIDGET_ID, FilterBar.TEXT_ID)).setText(text);
		UiWait.drain();
	}

	private void choose(String id, String label) {
		Combo combo = (Combo) driver().byData(EmptyState.WIDGET_ID, id);
		UiWait.until("'" + label + "' in the filter", () -> combo.indexOf(label) >= 0);
		combo.select(combo.indexOf(label));
		combo.notifyListeners(SWT.Selection, new Event());
		UiWait.drain();
	}

	/** Runs a command with the view active, as its toolbar or menu would. */
	void run(String command) throws Exception {
		workbench.run(view, COMMANDS + command);
	}

	String clipboard() {
		Clipboard clipboard = new Clipboard(table().getDisplay());
		try {
			return (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
	}

	/** Takes a screenshot with the view maximized, then restores it. */
	void screenshot(String name) {
		workbench.maximized(view, () -> Screenshots.take(name));
	}

	/**
	 * @return whether the status bar item is as wide as its whole text, image and margins, and lies inside the
	 *         window (nothing cut, by the item or by the window's edge)
	 */
	boolean statusItemFits() {
		CLabel item = statusItem();
		Shell shell = item.getShell();
		int right = shell.toControl(item.toDisplay(item.getSize().x, 0)).x;
		return item.getSize().x >= item.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x
				&& right <= shell.getClientArea().width;
	}

	/** @return the item's size, preferred size, right edge and the window's width, for a failure message */
	String statusItemGeometry() {
		CLabel item = statusItem();
		Shell shell = item.getShell();
		return "size " + item.getSize() + ", preferred " + item.computeSize(SWT.DEFAULT, SWT.DEFAULT, true) + ", right edge "
				+ shell.toControl(item.toDisplay(item.getSize().x, 0)).x + " of " + shell.getClientArea().width
				+ ", parents " + item.getParent().getClass().getSimpleName() + " in " + item.getParent().getParent().getClass().getSimpleName()
				+ " " + item.getParent().getParent().getBounds() + ", text '" + item.getText() + "'";
	}

	/** @return the status bar item of the workbench window */
	CLabel statusItem() {
		return (CLabel) driver().byData(EmptyState.WIDGET_ID, ConnectionStatusItem.LABEL_ID);
	}
}
