package org.tagbench.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.client.AlarmConfigList;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.Screenshots;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.alarms.AlarmMode;
import org.tagbench.ui.internal.alarms.AlarmsView;
import org.tagbench.ui.internal.alarms.ConfigNode;
import org.tagbench.ui.internal.alarms.DetailsTable;
import org.tagbench.ui.internal.alarms.ErrorBanner;
import org.tagbench.ui.internal.alarms.MessageColumn;
import org.tagbench.ui.internal.alarms.MessageTable;
import org.tagbench.ui.internal.alarms.QueryBar;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.widgets.EmptyState;

/** The Alarms view as a test sees it: its query controls, message table, configuration tree and error banner. */
final class AlarmsViewPage {

	private final WorkbenchFixture workbench;
	private final AlarmsView view;

	private AlarmsViewPage(WorkbenchFixture workbench, AlarmsView view) {
		this.workbench = workbench;
		this.view = view;
	}

	/** Opens the view on {@code node}'s open connection and waits for its first fetch. */
	static AlarmsViewPage show(WorkbenchFixture workbench, ProfileNode node) throws Exception {
		AlarmsView view = (AlarmsView) workbench.page().showView(TagbenchUi.ALARMS_VIEW_ID);
		view.show(node);
		view.messages().sortBy(null);
		AlarmsViewPage page = new AlarmsViewPage(workbench, view);
		page.awaitFetched();
		return page;
	}

	AlarmsView view() {
		return view;
	}

	private WidgetDriver driver() {
		return workbench.driver();
	}

	private <T> T widget(Class<T> type, String id) {
		return type.cast(driver().byData(EmptyState.WIDGET_ID, id));
	}

	/** Waits until no fetch is running and its answer is shown. */
	void awaitFetched() {
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);
		UiWait.until("the Alarms view's fetch to end", () -> !view.busy());
	}

	/** Chooses a list, a filter and a language as a user would, then waits for the fetch. */
	void query(AlarmMode mode, String filter, String language) {
		Combo modes = widget(Combo.class, QueryBar.MODE_ID);
		modes.select(mode.ordinal());
		Combo filters = widget(Combo.class, QueryBar.FILTER_ID);
		filters.setText(filter);
		Combo languages = widget(Combo.class, QueryBar.LANGUAGE_ID);
		languages.setText(language);
		filters.notifyListeners(SWT.DefaultSelection, new Event());
		awaitFetched();
	}

	/** Runs Refresh Alarms with the view active, as its toolbar would, and waits for the fetch. */
	void refresh() throws Exception {
		workbench.run(view, "org.tagbench.ui.commands.refreshAlarms");
		awaitFetched();
	}

	/** Switches auto-refresh on with the shortest interval. */
	void autoRefreshEverySecond() {
		widget(Spinner.class, QueryBar.INTERVAL_ID).setSelection(1);
		Button auto = widget(Button.class, QueryBar.AUTO_ID);
		auto.setSelection(true);
		auto.notifyListeners(SWT.Selection, new Event());
	}

	void autoRefreshOff() {
		Button auto = widget(Button.class, QueryBar.AUTO_ID);
		auto.setSelection(false);
		auto.notifyListeners(SWT.Selection, new Event());
	}

	/** Runs Copy (Ctrl+C) with the view active. */
	void copy() throws Exception {
		workbench.run(view, "org.eclipse.ui.edit.copy");
	}

	Table table() {
		return widget(Table.class, MessageTable.TABLE_ID);
	}

	/** @return the cells of one column as the table shows them, top to bottom */
	List<String> column(MessageColumn column) {
		Table table = table();
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			cells.add(table.getItem(i).getText(column.ordinal()));
		}
		return cells;
	}

	/** Clicks a column header; null restores the server's order. */
	void sortBy(MessageColumn column) {
		if (column == null) {
			view.messages().sortBy(null);
		} else {
			table().getColumn(column.ordinal()).notifyListeners(SWT.Selection, new Event());
		}
		UiWait.drain();
	}

	/** Selects a row; the details table shows its fields. */
	List<String[]> details(int row) {
		workbench.page().activate(view);
		WidgetDriver.select(table(), row);
		UiWait.drain();
		return WidgetDriver.rows(widget(Table.class, DetailsTable.TABLE_ID));
	}

	/** Opens a configuration folder and waits for its entries. */
	List<ConfigNode> configuration(AlarmConfigList list) {
		view.configuration().expand(list);
		UiWait.until("the entries of " + list, () -> {
			List<ConfigNode> children = view.configuration().children(list);
			return children != null && !(children.size() == 1 && children.get(0) instanceof ConfigNode.Status status
					&& status.text().equals(Messages.AlarmsView_loading));
		});
		return view.configuration().children(list);
	}

	boolean errorShown() {
		return view.errorBanner().isShown();
	}

	String meaning() {
		return widget(Text.class, ErrorBanner.MEANING_ID).getText();
	}

	String solution() {
		return widget(Text.class, ErrorBanner.SOLUTION_ID).getText();
	}

	/** Takes a screenshot with the view maximized, then restores it. */
	void screenshot(String name) {
		workbench.maximized(view, () -> Screenshots.take(name));
	}
}
