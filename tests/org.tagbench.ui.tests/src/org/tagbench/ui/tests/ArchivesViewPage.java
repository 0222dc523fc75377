package org.tagbench.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.Range;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.Screenshots;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.archives.ArchiveNode;
import org.tagbench.ui.internal.archives.RangeControl;
import org.tagbench.ui.internal.archives.SamplesTable;
import org.tagbench.ui.internal.archives.TrendChart;
import org.tagbench.ui.internal.archives.VariableNode;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.ArchivesView;
import org.tagbench.ui.internal.widgets.EmptyState;

/** Drives the Archives view: browses archives, picks variables, a range and a count, queries, zooms, points. */
final class ArchivesViewPage {

	static final String COMMANDS = "org.tagbench.ui.commands.";
	private static final Duration LOAD = Duration.ofSeconds(60);

	private final WorkbenchFixture workbench;
	private final ArchivesView view;

	private ArchivesViewPage(WorkbenchFixture workbench, ArchivesView view) {
		this.workbench = workbench;
		this.view = view;
	}

	/** Adds the profile to a new project, connects it and shows it in the Archives view. */
	static ArchivesViewPage connect(String project, ConnectionProfile profile) throws Exception {
		ProfileNode node = Profiles.connected(project, profile, "reader");
		return show(WorkbenchFixture.open(), node);
	}

	/** Shows the connected profile in the Archives view and waits for its archives. */
	static ArchivesViewPage show(WorkbenchFixture workbench, ProfileNode node) throws Exception {
		ArchivesView view = (ArchivesView) workbench.page().showView(TagbenchUi.ARCHIVES_VIEW_ID);
		view.show(node);
		UiWait.until("the archive tree of " + node.profile().name(), LOAD, () -> view.tree() != null);
		ArchivesViewPage page = new ArchivesViewPage(workbench, view);
		page.awaitArchives();
		return page;
	}

	/** Opens the view that the workbench shows, without connecting. */
	static ArchivesViewPage current(WorkbenchFixture workbench) throws Exception {
		return new ArchivesViewPage(workbench, (ArchivesView) workbench.page().showView(TagbenchUi.ARCHIVES_VIEW_ID));
	}

	ArchivesView view() {
		return view;
	}

	void awaitArchives() {
		UiWait.until("the archives to load", LOAD, () -> view.tree() != null && !view.tree().isLoading()
				&& (!view.tree().archives().isEmpty() || view.tree().error() != null));
		UiWait.drain();
	}

	/** @return the archive's node, its variables loaded */
	ArchiveNode archive(String name) {
		ArchiveNode archive = view.tree().archives().stream().filter(a -> a.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no archive " + name));
		view.parts().tree().viewer().setExpandedState(archive, true);
		UiWait.until("the variables of " + name, LOAD, () -> !archive.isLoading() && (archive.variables() != null || archive.error() != null));
		UiWait.drain();
		return archive;
	}

	/** @return the texts the tree shows below the item of {@code element} (null: the top level) */
	List<String> shownChildren(Object element) {
		List<String> texts = new ArrayList<>();
		TreeItem[] items = element == null ? view.parts().tree().viewer().getTree().getItems()
				: ((TreeItem) view.parts().tree().viewer().testFindItem(element)).getItems();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}

	/** Selects these variables of the archive in the tree. */
	List<VariableNode> select(String archive, String... variables) {
		ArchiveNode node = archive(archive);
		List<VariableNode> selected = new ArrayList<>();
		for (String name : variables) {
			selected.add(node.variables().stream().filter(v -> v.name().equals(name)).findFirst()
					.orElseThrow(() -> new AssertionError("no variable " + name + " in " + archive)));
		}
		view.parts().tree().viewer().setSelection(new StructuredSelection(selected), true);
		UiWait.drain();
		return selected;
	}

	private WidgetDriver driver() {
		return workbench.driver();
	}

	private Control widget(String id) {
		return driver().byData(EmptyState.WIDGET_ID, id);
	}

	/** Chooses a range of the combo: {@link RangeControl#LAST_HOUR} and so on. */
	void range(int index) {
		Combo combo = (Combo) widget(RangeControl.RANGE_ID);
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		UiWait.drain();
	}

	void maxValues(int max) {
		((Spinner) widget(RangeControl.MAX_ID)).setSelection(max);
	}

	/** Presses Query and waits for the query to finish and its result to show. */
	void query() {
		WidgetDriver.click((Button) widget(RangeControl.QUERY_ID));
		settle();
	}

	/** Switches the Live check box as a user does. */
	void live(boolean on) {
		Button live = (Button) widget(RangeControl.LIVE_ID);
		live.setSelection(on);
		live.notifyListeners(SWT.Selection, new Event());
		UiWait.drain();
	}

	TrendChart chart() {
		return view.parts().chart();
	}

	Table table() {
		return (Table) widget(SamplesTable.TABLE_ID);
	}

	/** @return the texts of one row of the samples table */
	String[] row(int index) {
		Table table = table();
		String[] cells = new String[table.getColumnCount()];
		for (int c = 0; c < cells.length; c++) {
			cells[c] = table.getItem(index).getText(c);
		}
		return cells;
	}

	Range xRange() {
		return new Range(chart().xAxis().getRange());
	}

	Control plotArea() {
		return chart().chart().getPlotArea().getControl();
	}

	/** Turns the mouse wheel over the plot area at {@code x}: up (positive) zooms in. */
	void wheel(int x, int count) {
		Event event = new Event();
		event.x = x;
		event.y = plotArea().getSize().y / 2;
		event.count = count;
		plotArea().notifyListeners(SWT.MouseWheel, event);
		UiWait.drain();
	}

	/** Drags over the plot area with the left button from {@code from} to {@code to}. */
	void drag(int from, int to) {
		mouse(SWT.MouseDown, from, 1);
		mouse(SWT.MouseMove, (from + to) / 2, 0);
		mouse(SWT.MouseMove, to, 0);
		mouse(SWT.MouseUp, to, 1);
		UiWait.drain();
	}

	/** Moves the pointer over the plot area to {@code x} and returns the readout. */
	String pointAt(int x) {
		mouse(SWT.MouseMove, x, 0);
		UiWait.drain();
		return chart().readout();
	}

	private void mouse(int type, int x, int button) {
		Event event = new Event();
		event.x = x;
		event.y = plotArea().getSize().y / 2;
		event.button = button;
		plotArea().notifyListeners(type, event);
	}

	String message() {
		return view.parts().message();
	}

	/** Runs a command with the view active, as its toolbar or menu would. */
	void run(String command) throws Exception {
		workbench.run(view, command.contains(".") ? command : COMMANDS + command);
	}

	/** Waits for the Tagbench jobs to finish and the UI to show their results. */
	static void settle() {
		Jobs.join(TagbenchJobs.FAMILY, LOAD);
		UiWait.drain();
	}

	/** Takes a screenshot with the view maximized, then restores it. */
	void screenshot(String name) {
		workbench.maximized(view, () -> Screenshots.take(name));
	}
}
