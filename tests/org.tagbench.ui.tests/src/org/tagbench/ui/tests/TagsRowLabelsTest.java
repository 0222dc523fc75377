package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.core.model.TagDataType;
import org.tagbench.simulator.PlantGenerator;
import org.tagbench.simulator.Simulator;
import org.tagbench.simulator.SimulatorConfig;
import org.tagbench.tests.support.UiWait;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.tags.FolderNode;
import org.tagbench.ui.internal.tags.MoreNode;
import org.tagbench.ui.internal.tags.RangeNode;
import org.tagbench.ui.internal.tags.TagNode;
import org.tagbench.ui.internal.tags.TagTreeNode;
import org.tagbench.ui.internal.tags.TagValueText;

/**
 * The Tags view writes a row's labels when the tree first shows it: rows scrolled to at the end of a folder
 * or of an open range show their tag and its latest value, also when the value arrived or changed while the
 * row was not on screen.
 */
class TagsRowLabelsTest {

	private static final Duration LOAD = Duration.ofSeconds(20);
	@TempDir
	static Path dir;
	private static Simulator simulator;

	@BeforeAll
	static void start() throws Exception {
		simulator = Simulator.start(SimulatorConfig.builder().port(0).stateDir(dir.resolve("sim"))
				.plant(PlantGenerator.generate(2_500, 2)).build());
		TestCredentials.install(dir);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@AfterEach
	void cleanUp() throws Exception {
		Profiles.cleanUp();
	}

	@Test
	void rowsScrolledToShowTheirTagAndLatestValue() throws Exception {
		TagsViewPage tags = TagsViewPage.connect("TagsRows", Profiles.forSimulator(simulator, "Rows", "operator"));
		FolderNode all = tags.expand(tags.root(Messages.TagTree_allTags));
		List<TagNode> first = tagsOf(all.loaded());
		awaitValues(first);
		TreeViewer viewer = tags.view().viewer();
		TreeItem folderItem = (TreeItem) viewer.testFindItem(all);
		assertShows(viewer.getTree(), folderItem.getItem(999), first.get(999));

		// a value changed while its row was never on screen
		TagNode unseen = first.subList(400, 600).stream().filter(TagsRowLabelsTest::keepsItsValue).findFirst().orElseThrow();
		simulator.plant().setValue(unseen.name(), Long.valueOf(4242));
		tags.view().tree().readValues(List.of(unseen));
		UiWait.until("the new value of " + unseen.name(), LOAD, () -> "4242".equals(TagValueText.value(unseen.value())));
		TreeItem unseenItem = (TreeItem) viewer.testFindItem(unseen);
		assertShows(viewer.getTree(), unseenItem, unseen);
		assertEquals("4242", unseenItem.getText(1));

		// the rows of an open range, the last one scrolled to
		tags.view().tree().showMore((MoreNode) tags.shownChildren(all).get(1_000));
		UiWait.until("the second page", LOAD, () -> !all.isLoading() && all.loaded().size() == 2_000);
		List<TagNode> second = tagsOf(all.loaded().subList(1_000, 2_000));
		awaitValues(second);
		RangeNode range = (RangeNode) tags.shownChildren(all).get(1_000);
		viewer.setExpandedState(range, true);
		UiWait.drain();
		TreeItem rangeItem = (TreeItem) viewer.testFindItem(range);
		assertEquals(1_000, rangeItem.getItemCount(), "the rows of " + range.label());
		assertShows(viewer.getTree(), rangeItem.getItem(999), second.get(999));

		// a row on screen takes a new value at once
		TagNode shown = second.subList(990, 1_000).stream().filter(TagsRowLabelsTest::keepsItsValue).findFirst().orElseThrow();
		TreeItem shownItem = (TreeItem) viewer.testFindItem(shown);
		assertEquals(TagValueText.value(shown.value()), shownItem.getText(1));
		simulator.plant().setValue(shown.name(), Long.valueOf(-17));
		tags.select(shown);
		tags.run("org.tagbench.ui.commands.readValues");
		TagsViewPage.settle();
		UiWait.until("the value cell of " + shown.name() + " to show -17", LOAD, () -> "-17".equals(shownItem.getText(1)));
	}

	private static boolean keepsItsValue(TagNode tag) {
		// the plant generator's INT32 tags keep a value set, the others change with time
		return type(tag).equals(TagDataType.INT32.name());
	}

	/** Scrolls the row onto the screen, paints, and checks its cells against its tag and the tag's value. */
	private static void assertShows(Tree tree, TreeItem item, TagNode tag) {
		tree.showItem(item);
		tree.update();
		UiWait.drain();
		assertSame(tag, item.getData());
		assertEquals(tag.label(), item.getText(0), "the name cell");
		assertEquals(TagValueText.value(tag.value()), item.getText(1), "the value cell of " + tag.name());
		assertEquals(TagValueText.quality(tag.value()), item.getText(2), "the quality cell of " + tag.name());
		assertEquals(TagValueText.timestamp(tag.value()), item.getText(3), "the timestamp cell of " + tag.name());
		assertEquals(type(tag), item.getText(4), "the type cell of " + tag.name());
	}

	private static String type(TagNode tag) {
		return TagDataType.of(tag.config().dataType()).map(Enum::name).orElseThrow();
	}

	private static void awaitValues(List<TagNode> tags) {
		UiWait.until("the values of " + tags.size() + " tags", LOAD, () -> tags.stream().allMatch(tag -> tag.value() != null));
		TagsViewPage.settle();
	}

	private static List<TagNode> tagsOf(List<TagTreeNode> nodes) {
		return nodes.stream().map(TagNode.class::cast).toList();
	}
}
