package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.DialogSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tagbench.core.model.TagDataType;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.tests.support.Screenshots;
import org.tagbench.tests.support.UiWait;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.TagbenchUiPlugin;
import org.tagbench.ui.internal.tags.Favourites;
import org.tagbench.ui.internal.tags.FolderNode;
import org.tagbench.ui.internal.tags.TagNode;

/** Favourite tags: added and removed by command, kept per profile, shown first with their values. */
class FavouritesTest {

	private static final String ADD = "org.tagbench.ui.commands.addFavourites";
	private static final String REMOVE = "org.tagbench.ui.commands.removeFavourites";

	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.demo();

	@Test
	void favouritesAreAddedShownFirstWithValuesAndRemoved() throws Exception {
		ConnectionProfile profile = Profiles.forSimulator(session.simulator(), "Favourites", "operator");
		TagsViewPage tags = TagsViewPage.connect("TagsFavourites", profile);
		assertFalse(tags.view().tree().roots().contains(tags.view().tree().favourites()), "no favourites yet");

		TagNode mode = tags.tag("System_PlantMode");
		tags.select(mode);
		tags.run(ADD);
		TagNode tariff = tags.tag("Energy_Tariff");
		tags.select(tariff);
		tags.run(ADD);

		FolderNode favourites = tags.view().tree().favourites();
		assertSame(favourites, tags.view().tree().roots().get(0), "the favourites come first");
		assertEquals(Messages.TagTree_favourites, favourites.label());
		tags.expand(favourites);
		List<TagNode> listed = favourites.loaded().stream().map(TagNode.class::cast).toList();
		assertEquals(List.of("System_PlantMode", "Energy_Tariff"), listed.stream().map(TagNode::name).toList());
		UiWait.until("the values of the favourites", () -> listed.stream().allMatch(tag -> tag.value() != null));
		assertEquals(2L, ((Number) listed.get(0).value().value()).longValue());
		assertEquals(TagDataType.INT16, TagDataType.of(listed.get(0).config().dataType()).orElseThrow(),
				"a favourite carries its configuration");
		Screenshots.take("favourites");

		Favourites stored = new Favourites(TagbenchUiPlugin.getDefault().getDialogSettings(), () -> {
			// reads only
		});
		assertEquals(List.of("System_PlantMode", "Energy_Tariff"), stored.names(profile.id()));
		assertEquals(List.of(), stored.names("another-profile"), "kept per profile");
		Path file = TagbenchUiPlugin.getDefault().getStateLocation().append("dialog_settings.xml").toPath(); //$NON-NLS-1$
		assertTrue(Files.exists(file), "the settings written to disk at once, not only when the workbench closes: " + file);
		DialogSettings onDisk = new DialogSettings("workbench"); //$NON-NLS-1$
		onDisk.load(file.toString());
		assertEquals(List.of("System_PlantMode", "Energy_Tariff"), new Favourites(onDisk, () -> {
			// reads only
		}).names(profile.id()), "written to disk at once, not only when the workbench closes");

		tags.select(listed.get(0));
		tags.run(REMOVE);
		tags.expand(tags.view().tree().favourites());
		assertEquals(List.of("Energy_Tariff"), tags.view().tree().favourites().loaded().stream()
				.map(node -> ((TagNode) node).name()).toList());
		tags.select(tags.view().tree().favourites().loaded().get(0));
		tags.run(REMOVE);
		UiWait.drain();
		assertFalse(tags.view().tree().roots().contains(tags.view().tree().favourites()), "an empty folder is not shown");
		assertTrue(stored.names(profile.id()).isEmpty());
	}

	@Test
	void favouritesSurviveInTheirSettings() {
		DialogSettings settings = new DialogSettings("root");
		int[] saves = { 0 };
		Favourites favourites = new Favourites(settings, () -> saves[0]++);
		favourites.add("a", List.of("T1", "T2"));
		favourites.add("a", List.of("T2", "T3"));
		favourites.add("b", List.of("X"));
		favourites.remove("a", List.of("T1"));
		assertEquals(4, saves[0], "saved after each change");
		Favourites reread = new Favourites(settings, () -> saves[0]++);
		assertEquals(List.of("T2", "T3"), reread.names("a"));
		assertEquals(List.of("X"), reread.names("b"));
	}
}
