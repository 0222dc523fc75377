package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.tests.support.Screenshots;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.tags.FolderNode;
import org.tagbench.ui.internal.tags.MoreNode;
import org.tagbench.ui.internal.tags.RangeNode;
import org.tagbench.ui.internal.tags.StatusNode;
import org.tagbench.ui.internal.tags.TagNode;
import org.tagbench.ui.internal.tags.TagTreeNode;
import org.tagbench.ui.internal.tags.WriteValueDialog;
import org.tagbench.ui.internal.views.TagsView;
import org.tagbench.ui.internal.widgets.EmptyState;

/** The Tags view against a simulator with the demo plant: browsing, paging, filtering, writing. */
class TagsViewTest {

	private static final String WRITE = "org.tagbench.ui.commands.writeValue";
	private static final Duration DIALOG = Duration.ofSeconds(20);

	@TempDir
	static Path dir;
	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.demo();

	private static TagsViewPage demo() throws Exception {
		return TagsViewPage.connect("TagsDemo", Profiles.forSimulator(session.simulator(), "Demo plant", "operator"));
	}

	@Test
	void browsesGroupsAndShowsValuesOfLoadedTags() throws Exception {
		TagsViewPage tags = demo();
		FolderNode groups = tags.expand(tags.root(Messages.TagTree_groups));
		assertEquals(List.of("Intake", "Treatment", "Storage", "Distribution", "Energy", "System"),
				groups.loaded().stream().map(node -> node.label()).toList());
		FolderNode system = tags.expand(tags.folder(groups, "System"));
		List<TagNode> loaded = system.loaded().stream().map(TagNode.class::cast).toList();
		assertTrue(loaded.stream().allMatch(tag -> tag.config().group().equals("System")), "only the group's tags");
		UiWait.until("values of the System tags", () -> loaded.stream().allMatch(tag -> tag.value() != null));
		TagNode mode = loaded.stream().filter(tag -> tag.name().equals("System_PlantMode")).findFirst().orElseThrow();
		assertEquals(2L, ((Number) mode.value().value()).longValue());
		assertTrue(mode.value().quality().isGood());
		UiWait.until("the value column of System_PlantMode to show 2", () -> {
			TreeItem item = (TreeItem) tags.view().viewer().testFindItem(mode);
			return item != null && item.getText(1).equals("2") && item.getText(2).startsWith("good");
		});
		Screenshots.take("tags-view");
	}

	@Test
	void readsTheValuesOfTheSelectedTagsAtOnce() throws Exception {
		TagsViewPage tags = demo();
		FolderNode groups = tags.expand(tags.root(Messages.TagTree_groups));
		FolderNode system = tags.expand(tags.folder(groups, "System"));
		List<TagNode> loaded = system.loaded().stream().map(TagNode.class::cast).toList();
		TagNode mode = loaded.stream().filter(tag -> tag.name().equals("System_PlantMode")).findFirst().orElseThrow();
		TagNode shift = loaded.stream().filter(tag -> tag.name().equals("System_ShiftName")).findFirst().orElseThrow();
		UiWait.until("the first values", () -> mode.value() != null && shift.value() != null);
		session.simulator().plant().setValue("System_PlantMode", 4L);
		session.simulator().plant().setValue("System_ShiftName", "Night");
		tags.view().viewer().setSelection(new StructuredSelection(List.of(mode, shift)), true);
		tags.view().setFocus();
		tags.run("org.tagbench.ui.commands.readValues");
		TagsViewPage.settle();
		UiWait.until("both new values", () -> ((Number) mode.value().value()).longValue() == 4L
				&& "Night".equals(shift.value().value()));
		session.simulator().plant().setValue("System_PlantMode", 2L);
		session.simulator().plant().setValue("System_ShiftName", "A");
	}

	@Test
	void pagesPastTheSoftLimit() throws Exception {
		try (Simulator large = Simulator.start(SimulatorConfig.builder().port(0).stateDir(dir.resolve("large"))
				.plant(org.tagbench.simulator.PlantGenerator.generate(2_500, 2)).build())) {
			TagsViewPage tags = TagsViewPage.connect("TagsLarge", Profiles.forSimulator(large, "Large plant", "operator"));
			FolderNode all = tags.expand(tags.root(Messages.TagTree_allTags));
			List<Object> shown = tags.shownChildren(all);
			assertEquals(1_001, shown.size(), "1,000 tags and a 'show next' node");
			assertInstanceOf(MoreNode.class, shown.get(1_000));
			tags.view().tree().showMore((MoreNode) shown.get(1_000));
			UiWait.until("the second page", () -> !all.isLoading() && all.loaded().size() == 2_000);
			UiWait.drain();
			List<Object> second = tags.shownChildren(all);
			assertEquals(1_002, second.size(), "1,000 tags, a range of the next 1,000 and a 'show next' node");
			RangeNode range = assertInstanceOf(RangeNode.class, second.get(1_000));
			assertEquals(NLS.bind(Messages.TagTree_range, all.loaded().get(1_000).label(), all.loaded().get(1_999).label()),
					range.label());
			tags.view().tree().showMore((MoreNode) second.get(1_001));
			UiWait.until("the last page", () -> !all.isLoading() && all.loaded().size() == 2_500);
			UiWait.drain();
			List<Object> last = tags.shownChildren(all);
			assertEquals(1_002, last.size(), "1,000 tags and two ranges, no 'show next' node at the end");
			RangeNode rest = assertInstanceOf(RangeNode.class, last.get(1_001));
			assertEquals(List.of(), tags.shownChildren(rest), "a range's rows wait until it is opened");
			tags.view().viewer().setExpandedState(rest, true);
			UiWait.drain();
			assertEquals(all.loaded().subList(2_000, 2_500), tags.shownChildren(rest));

			TagNode inRange = (TagNode) all.loaded().get(1_500);
			tags.select(inRange);
			assertEquals(List.of(inRange), tags.view().viewer().getStructuredSelection().toList());
			assertEquals(range, ((TreeItem) tags.view().viewer().testFindItem(inRange)).getParentItem().getData(),
					"selecting a tag opens its range");
			assertTrue(tags.shownChildren(range).contains(inRange));
			assertEquals(List.of(inRange), ((IStructuredSelection) tags.view().getSite().getSelectionProvider().getSelection()).toList(),
					"a tag in a range is the view's selection (Properties, Add to Watch, Show Trend)");
			Tree tree = tags.view().viewer().getTree();
			AtomicReference<String> heading = new AtomicReference<>();
			ModalDialogs.Handled valueDialog = ModalDialogs.whenShellOpens(
					shell -> !new WidgetDriver(shell).findAll(c -> WriteValueDialog.VALUE_ID.equals(c.getData(EmptyState.WIDGET_ID))).isEmpty(),
					Duration.ofSeconds(20), shell -> {
						heading.set(TagsViewPage.labels(shell));
						WidgetDriver.click(new WidgetDriver(shell).button("Cancel"));
					});
			Event enter = new Event();
			enter.item = tree.getSelection()[0];
			tree.notifyListeners(SWT.DefaultSelection, enter);
			valueDialog.assertHandled();
			assertTrue(heading.get().contains(inRange.name()), "Enter on a tag in a range opens its write dialog: " + heading.get());

			tags.select(rest);
			Event enterOnRange = new Event();
			enterOnRange.item = tree.getSelection()[0];
			tree.notifyListeners(SWT.DefaultSelection, enterOnRange);
			UiWait.drain();
			assertFalse(tags.view().viewer().getExpandedState(rest), "Enter closes an open range");

			tags.filter("tag");
			List<Object> results = tags.filterResults();
			assertEquals(TagsView.FILTER_LIMIT + 1, results.size(), "the first matches and a line that counts");
			assertEquals(all.loaded().subList(0, TagsView.FILTER_LIMIT), results.subList(0, TagsView.FILTER_LIMIT));
			assertEquals(NLS.bind(Messages.TagsView_filterTruncated, Integer.valueOf(TagsView.FILTER_LIMIT), Integer.valueOf(2_500)),
					((StatusNode) results.get(TagsView.FILTER_LIMIT)).label());
			tags.filter("");
			assertTrue(tags.shownChildren(range).contains(inRange), "the range still open after the filter");
			TagsViewPage.settle();
		}
	}

	@Test
	void filtersWhatIsLoadedAndSearchesTheServer() throws Exception {
		TagsViewPage tags = demo();
		FolderNode groups = tags.expand(tags.root(Messages.TagTree_groups));
		FolderNode system = tags.expand(tags.folder(groups, "System"));
		int all = tags.shownChildren(system).size();
		tags.filter("plant?ode");
		List<Object> filtered = tags.filterResults();
		assertEquals(2, filtered.size(), "the match and a line that counts, wildcards, ignoring case: " + filtered);
		TagNode mode = (TagNode) filtered.get(0);
		assertEquals("System_PlantMode", mode.name());
		assertEquals(NLS.bind(Messages.TagsView_filterMatches, Integer.valueOf(1)), ((StatusNode) filtered.get(1)).label());
		assertFalse(tags.view().viewer().getControl().isVisible(), "the results stand in place of the tree");
		tags.view().filterResults().setSelection(new StructuredSelection(mode));
		assertEquals(List.of(mode), ((IStructuredSelection) tags.view().getSite().getSelectionProvider().getSelection()).toList(),
				"a result selected is the view's selection (Properties, Add to Watch, Write)");
		tags.filter("SYSTEM_P");
		assertTrue(tags.filterResults().contains(mode), "plain text, found anywhere ignoring case");
		FolderNode other = tags.expand((FolderNode) groups.loaded().stream().filter(group -> group != system).findFirst().orElseThrow());
		assertFalse(other.loaded().isEmpty());
		for (String text : List.of("e", "_S", "1.")) {
			tags.filter(text);
			List<Object> shown = tags.filterResults();
			List<TagNode> expected = loadedMatching(tags.view().tree().roots(), text.toLowerCase(Locale.ROOT));
			assertTrue(expected.size() > 1, "the demo plant has several tags with " + text);
			assertEquals(expected.subList(0, Math.min(expected.size(), TagsView.FILTER_LIMIT)), shown.subList(0, shown.size() - 1),
					"every loaded tag containing \"" + text + "\", once, in tree order over both open groups");
		}
		tags.filter("");
		assertEquals(null, tags.filterResults(), "cleared, the filter shows the tree again");
		assertEquals(all, tags.shownChildren(system).size(), "the tree as it was, its folders still open");
		assertTrue(tags.view().viewer().getExpandedState(system));
		assertTrue(((IStructuredSelection) tags.view().getSite().getSelectionProvider().getSelection()).isEmpty(),
				"the tree's own selection again");

		TagNode found = tags.tag("System_ShiftName");
		assertEquals("System_ShiftName", found.name());
		assertTrue(found.parent().kind() == FolderNode.Kind.SEARCH);
	}

	@Test
	void aPageArrivingWhileFilteringKeepsTheResultRowsAndTheSelection() throws Exception {
		TagsViewPage tags = demo();
		FolderNode groups = tags.expand(tags.root(Messages.TagTree_groups));
		List<FolderNode> folders = groups.loaded().stream().filter(FolderNode.class::isInstance).map(FolderNode.class::cast).toList();
		assertTrue(folders.size() >= 3, "the demo plant has three groups or more: " + folders);
		tags.expand(folders.get(0));
		tags.expand(folders.get(1));
		tags.filter("e");
		Tree results = tags.view().filterResults().getTree();
		assertTrue(results.getItemCount() > 2, "several matches: " + results.getItemCount());
		TreeItem row = results.getItem(1);
		TagNode chosen = (TagNode) row.getData();
		tags.view().filterResults().setSelection(new StructuredSelection(chosen));
		String countBefore = ((StatusNode) tags.filterResults().get(results.getItemCount() - 1)).label();

		tags.expand(folders.get(2));
		assertNotEquals(countBefore, ((StatusNode) tags.filterResults().get(results.getItemCount() - 1)).label(),
				"the new group's matches are counted");
		assertFalse(row.isDisposed(), "the rows shown are kept, not made anew for each page");
		assertSame(chosen, row.getData());
		assertEquals(List.of(chosen), tags.view().filterResults().getStructuredSelection().toList(), "the same row selected");
	}

	/** @return the loaded tags below the nodes whose names contain the text, each name once, in tree order */
	private static List<TagNode> loadedMatching(List<? extends TagTreeNode> nodes, String lowerCase) {
		Map<String, TagNode> found = new LinkedHashMap<>();
		collect(nodes, lowerCase, found);
		return new ArrayList<>(found.values());
	}

	private static void collect(List<? extends TagTreeNode> nodes, String lowerCase, Map<String, TagNode> found) {
		for (TagTreeNode node : nodes) {
			if (node instanceof TagNode tag && tag.name().toLowerCase(Locale.ROOT).contains(lowerCase)) {
				found.putIfAbsent(tag.name(), tag);
			} else if (node instanceof FolderNode folder) {
				collect(folder.loaded(), lowerCase, found);
			}
		}
	}

	static Stream<Arguments> typedWrites() {
		return Stream.of(
				Arguments.of("Energy_Tariff", "3", 3L),
				Arguments.of("System_Counter8", "200", 200L),
				Arguments.of("System_PlantMode", "4", 4L),
				Arguments.of("Treatment_BackwashCount", "65000", 65000L),
				Arguments.of("T101.Level", "7.25", 7.25),
				Arguments.of("System_ShiftName", "Night", "Night"),
				Arguments.of("P101.Description", "Pumpe – überholt", "Pumpe – überholt"),
				Arguments.of("System_RecipeBlock", "AQID", "AQID"));
	}

	@ParameterizedTest
	@MethodSource("typedWrites")
	void writesEachDataTypeConfirmedAndReadBack(String name, String typed, Object expected) throws Exception {
		TagsViewPage tags = demo();
		TagNode tag = tags.tag(name);
		tags.select(tag);
		AtomicReference<String> confirmation = new AtomicReference<>();
		ModalDialogs.Handled valueDialog = ModalDialogs.whenShellOpens(TagsViewTest::isValueDialog, DIALOG, shell -> {
			WidgetDriver driver = new WidgetDriver(shell);
			WidgetDriver.type((Text) driver.byData(EmptyState.WIDGET_ID, WriteValueDialog.VALUE_ID), typed);
			WidgetDriver.click(driver.button(Messages.WriteValueDialog_write));
		});
		ModalDialogs.Handled confirm = ModalDialogs.whenShellOpens(TagsViewTest::isConfirmation, DIALOG, shell -> {
			confirmation.set(labels(shell));
			WidgetDriver.click(new WidgetDriver(shell).button(Messages.WriteValueDialog_write));
		});
		tags.run(WRITE);
		valueDialog.assertHandled();
		confirm.assertHandled();
		TagsViewPage.settle();

		assertTrue(confirmation.get().contains(name) && confirmation.get().contains("\u2192"),
				"the confirmation names the tag and shows old \u2192 new: " + confirmation.get());
		Object written = comparable(session.simulator().plant().value(name).orElseThrow().value());
		assertEquals(comparable(expected), written, "the runtime holds the new value");
		assertEquals(written, comparable(tag.value().value()), "the tree shows the read-back value");
	}

	@Test
	void writesADateTimePickedInTheDialog() throws Exception {
		TagsViewPage tags = demo();
		TagNode tag = tags.tag("System_LastMaintenance");
		tags.select(tag);
		LocalDateTime picked = LocalDateTime.of(2025, 11, 3, 14, 45, 30);
		String expected = picked.atZone(ZoneId.systemDefault()).toInstant().toString();
		AtomicReference<String> typed = new AtomicReference<>();
		ModalDialogs.Handled valueDialog = ModalDialogs.whenShellOpens(TagsViewTest::isValueDialog, DIALOG, shell -> {
			WidgetDriver driver = new WidgetDriver(shell);
			DateTime date = (DateTime) driver.byData(EmptyState.WIDGET_ID, WriteValueDialog.DATE_ID);
			DateTime time = (DateTime) driver.byData(EmptyState.WIDGET_ID, WriteValueDialog.TIME_ID);
			date.setDate(2025, 10, 3);
			date.notifyListeners(SWT.Selection, new Event());
			time.setTime(14, 45, 30);
			time.notifyListeners(SWT.Selection, new Event());
			typed.set(((Text) driver.byData(EmptyState.WIDGET_ID, WriteValueDialog.VALUE_ID)).getText());
			WidgetDriver.click(driver.button(Messages.WriteValueDialog_write));
		});
		ModalDialogs.Handled confirm = ModalDialogs.whenShellOpens(TagsViewTest::isConfirmation, DIALOG,
				shell -> WidgetDriver.click(new WidgetDriver(shell).button(Messages.WriteValueDialog_write)));
		tags.run(WRITE);
		valueDialog.assertHandled();
		confirm.assertHandled();
		TagsViewPage.settle();
		assertTrue(Stream.of(Display.getCurrent().getShells())
				.noneMatch(shell -> !shell.isDisposed() && shell.getText().equals(Messages.TagWriter_mismatchTitle)),
				"a read-back with milliseconds is the same point in time: no mismatch warning");

		assertEquals(expected, typed.get(), "picking fills in the ISO value in UTC");
		assertEquals(Instant.parse(expected),
				Instant.parse(String.valueOf(session.simulator().plant().value("System_LastMaintenance").orElseThrow().value())));
	}

	@Test
	void tagPropertiesShowInConfigurationValueAndRawTabs() throws Exception {
		TagsViewPage tags = demo();
		TagNode tag = tags.tag("System_PlantMode");
		IWorkbenchPage page = WorkbenchFixture.open().page();
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(tags.view());
		tags.select(tag);
		UiWait.until("the tabbed properties of the tag", () -> sheet.getCurrentPage() instanceof TabbedPropertySheetPage tabbed
				&& tabbed.getSelectedTab() != null);
		TabbedPropertySheetPage tabbed = (TabbedPropertySheetPage) sheet.getCurrentPage();
		assertEquals("org.tagbench.ui.tags.tab.configuration", tabbed.getSelectedTab().getId());
		assertEquals(List.of(Messages.TagProperties_configuration), shownCategories(tabbed));
		tabbed.setSelectedTab("org.tagbench.ui.tags.tab.value");
		UiWait.until("the value tab", () -> shownCategories(tabbed).equals(List.of(Messages.TagProperties_value)));
		tabbed.setSelectedTab("org.tagbench.ui.tags.tab.raw");
		UiWait.until("the raw tab", () -> shownCategories(tabbed).equals(List.of(Messages.TagProperties_more)));
		Screenshots.take("tag-properties-tabs");
	}

	private static List<String> shownCategories(TabbedPropertySheetPage tabbed) {
		List<String> categories = new ArrayList<>();
		for (Control control : new WidgetDriver((Composite) tabbed.getControl()).findAll(Tree.class::isInstance)) {
			if (control.isVisible()) {
				for (TreeItem item : ((Tree) control).getItems()) {
					categories.add(item.getText());
				}
			}
		}
		return categories;
	}

	@Test
	void invalidInputIsRefusedWithAMessage() throws Exception {
		TagsViewPage tags = demo();
		TagNode tag = tags.tag("System_PlantMode");
		tags.select(tag);
		AtomicReference<String> problems = new AtomicReference<>("");
		ModalDialogs.Handled valueDialog = ModalDialogs.whenShellOpens(TagsViewTest::isValueDialog, DIALOG, shell -> {
			WidgetDriver driver = new WidgetDriver(shell);
			Text field = (Text) driver.byData(EmptyState.WIDGET_ID, WriteValueDialog.VALUE_ID);
			Button write = driver.button(Messages.WriteValueDialog_write);
			StringBuilder seen = new StringBuilder();
			for (String wrong : List.of("abc", "2.5", "6", "40000")) {
				WidgetDriver.type(field, wrong);
				assertFalse(write.isEnabled(), wrong + " cannot be written");
				seen.append(allText(shell)).append('\n');
			}
			WidgetDriver.type(field, "5");
			assertTrue(write.isEnabled(), "a valid value can be written");
			problems.set(seen.toString());
			WidgetDriver.click(driver.button("Cancel"));
		});
		tags.run(WRITE);
		valueDialog.assertHandled();
		assertTrue(problems.get().contains("The tag's limits allow 0 to 5."), problems.get());
		assertTrue(problems.get().contains("Type a whole number"), problems.get());
		assertEquals(2L, ((Number) session.simulator().plant().value("System_PlantMode").orElseThrow().value()).longValue(),
				"nothing was written");
	}

	@Test
	void readOnlyProfileRefusesToWrite() throws Exception {
		ConnectionProfile readOnly = Profiles.forSimulator(session.simulator(), "Read only", "operator").toBuilder().readOnly(true).build();
		TagsViewPage tags = TagsViewPage.connect("TagsReadOnly", readOnly);
		TagNode tag = tags.tag("System_PlantMode");
		tags.select(tag);
		AtomicReference<String> text = new AtomicReference<>();
		ModalDialogs.Handled refusal = ModalDialogs.whenShellOpens(
				shell -> shell.getText().equals(Messages.TagWriter_readOnlyTitle), DIALOG, shell -> {
					text.set(labels(shell));
					WidgetDriver.click(new WidgetDriver(shell).button("OK"));
				});
		tags.run(WRITE);
		refusal.assertHandled();
		assertTrue(text.get().contains("read-only"), text.get());
		assertEquals(2L, ((Number) session.simulator().plant().value("System_PlantMode").orElseThrow().value()).longValue());
	}

	@Test
	void failedFetchShowsAnErrorNodeWithMeaningAndSolution() throws Exception {
		session.simulator().faults().status("/tagManagement/Groups", 503, 1.0);
		TagsViewPage tags = demo();
		FolderNode groups = tags.expand(tags.root(Messages.TagTree_groups));
		assertEquals(503, groups.error().status());
		List<Object> shown = tags.shownChildren(groups);
		StatusNode error = (StatusNode) shown.get(0);
		assertTrue(error.label().contains(groups.error().meaning()) && error.label().contains(groups.error().solution()),
				error.label());
		session.simulator().faults().clear();
		tags.select(groups);
		tags.run("org.eclipse.ui.file.refresh");
		UiWait.until("the groups after the fault cleared",
				() -> !groups.isLoading() && groups.loaded().size() == 6);
	}

	/** Numbers as doubles, raw bytes as base64 (as on the wire), anything else as it is. */
	private static Object comparable(Object value) {
		if (value instanceof Number number) {
			return Double.valueOf(number.doubleValue());
		}
		if (value instanceof byte[] bytes) {
			return Base64.getEncoder().encodeToString(bytes);
		}
		return value;
	}

	private static boolean isValueDialog(Shell shell) {
		return !new WidgetDriver(shell).findAll(c -> WriteValueDialog.VALUE_ID.equals(c.getData(EmptyState.WIDGET_ID))).isEmpty();
	}

	private static boolean isConfirmation(Shell shell) {
		return shell.getText().startsWith(Messages.WriteConfirmation_title) && !isValueDialog(shell);
	}

	private static String labels(Shell shell) {
		StringBuilder text = new StringBuilder();
		for (Control control : new WidgetDriver(shell).findAll(Label.class::isInstance)) {
			text.append(((Label) control).getText()).append('\n');
		}
		return text.toString();
	}

	private static String allText(Shell shell) {
		StringBuilder text = new StringBuilder(labels(shell));
		for (Control control : new WidgetDriver(shell).findAll(Text.class::isInstance)) {
			text.append(((Text) control).getText()).append('\n');
		}
		return text.toString();
	}
}
