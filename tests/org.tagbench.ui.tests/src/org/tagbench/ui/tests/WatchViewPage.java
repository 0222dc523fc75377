package org.tagbench.ui.tests;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.handlers.RadioState;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.tests.support.Screenshots;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.views.WatchView;
import org.tagbench.ui.internal.watch.AddTagsDialog;
import org.tagbench.ui.internal.watch.WatchStatusLine;
import org.tagbench.ui.internal.watch.WatchTable;
import org.tagbench.ui.internal.widgets.EmptyState;

/** The Watch view as a test sees it: its table, status line and commands. */
final class WatchViewPage {

	static final String COMMANDS = "org.tagbench.ui.commands.";
	static final int TAG = 0;
	static final int CONNECTION = 1;
	static final int VALUE = 2;
	static final int QUALITY = 3;
	static final int TIMESTAMP = 4;
	static final int LAST_CHANGE = 5;
	static final int CHANGES = 6;
	private static final Duration DIALOG = Duration.ofSeconds(30);

	private final WorkbenchFixture workbench;
	private final WatchView view;

	private WatchViewPage(WorkbenchFixture workbench, WatchView view) {
		this.workbench = workbench;
		this.view = view;
	}

	static WatchViewPage open(WorkbenchFixture workbench) throws Exception {
		WatchView view = (WatchView) workbench.page().showView(TagbenchUi.WATCH_VIEW_ID);
		UiWait.drain();
		return new WatchViewPage(workbench, view);
	}

	WatchView view() {
		return view;
	}

	Table table() {
		return (Table) workbench.driver().byData(EmptyState.WIDGET_ID, WatchTable.TABLE_ID);
	}

	/** Runs a Watch view command as its toolbar button or menu item would. */
	void run(String command) throws Exception {
		workbench.run(view, COMMANDS + command);
		UiWait.drain();
	}

	/** Chooses a poll interval as the interval menu does. */
	void interval(int millis) throws Exception {
		workbench.page().activate(view);
		ParameterizedCommand command = workbench.window().getService(ICommandService.class)
				.deserialize(COMMANDS + "watchInterval(" + RadioState.PARAMETER_ID + "=" + millis + ")");
		workbench.window().getService(IHandlerService.class).executeCommand(command, null);
		UiWait.drain();
	}

	/** Adds tags with the Add Tags dialog: chooses the connection, types the names, presses Add. */
	void addByName(String connection, String names) throws Exception {
		ModalDialogs.Handled dialog = ModalDialogs.whenShellOpens(shell -> shell.getText().equals(Messages.AddTagsDialog_title),
				DIALOG, shell -> {
					WidgetDriver driver = new WidgetDriver(shell);
					Combo combo = (Combo) driver.byData(EmptyState.WIDGET_ID, AddTagsDialog.CONNECTION_ID);
					combo.select(combo.indexOf(connection));
					combo.notifyListeners(SWT.Selection, new Event());
					WidgetDriver.type((Text) driver.byData(EmptyState.WIDGET_ID, AddTagsDialog.NAMES_ID), names);
					WidgetDriver.click(driver.button(Messages.AddTagsDialog_add));
				});
		run("watchAdd");
		dialog.assertHandled();
		settle();
	}

	/** Waits for the Tagbench jobs and the refresh after them. */
	static void settle() {
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		UiWait.drain();
	}

	/** @return the row of the tag (of any connection), or -1 */
	int row(String tag) {
		List<WatchItem> items = view.model().items();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).tag().equals(tag)) {
				return i;
			}
		}
		return -1;
	}

	/** @return the texts of the tag's row as the table shows them */
	String[] cells(String tag) {
		Table table = table();
		int row = row(tag);
		if (row < 0 || row >= table.getItemCount()) {
			return new String[0];
		}
		TableItem item = table.getItem(row);
		String[] cells = new String[table.getColumnCount()];
		for (int c = 0; c < cells.length; c++) {
			cells[c] = item.getText(c);
		}
		return cells;
	}

	/** Waits until the tag's cell shows {@code text}. */
	void awaitCell(String tag, int column, String text) {
		UiWait.until(tag + " to show " + text + " in column " + column, Duration.ofSeconds(20), () -> {
			String[] cells = cells(tag);
			return cells.length > column && cells[column].equals(text);
		});
	}

	/** @return the background of the tag's cell, or null for the table's own */
	Color background(String tag, int column) {
		TableItem item = table().getItem(row(tag));
		Color color = item.getBackground(column);
		return color.equals(table().getBackground()) ? null : color;
	}

	void select(String tag) {
		workbench.page().activate(view);
		WidgetDriver.select(table(), row(tag));
		UiWait.drain();
	}

	String summary() {
		return ((Label) workbench.driver().byData(EmptyState.WIDGET_ID, WatchStatusLine.SUMMARY_ID)).getText();
	}

	String problem() {
		return ((Label) workbench.driver().byData(EmptyState.WIDGET_ID, WatchStatusLine.PROBLEM_ID)).getText();
	}

	/** Takes a screenshot with the view maximized, then restores it. */
	void screenshot(String name) {
		workbench.maximized(view, () -> {
			UiWait.until("a refresh after maximizing", () -> view.parts().runner().count() > 0);
			Screenshots.take(name);
		});
	}

	/** @return the shell of the workbench window */
	Shell shell() {
		return workbench.window().getShell();
	}

	/** Resumes, polls every second, removes every tag and closes the view (which remembers them), so the next test starts afresh. */
	void close() throws Exception {
		if (view.model().isPaused()) {
			run("watchPause");
		}
		interval(1_000);
		view.removeAll();
		workbench.page().hideView(view);
		UiWait.drain();
	}
}
