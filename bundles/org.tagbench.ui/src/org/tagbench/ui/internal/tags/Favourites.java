package org.tagbench.ui.internal.tags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogSettings;

/**
 * The favourite tags of each connection profile, kept by profile id in the UI plug-in's dialog
 * settings (per workspace, not in the project file: favourites are a personal choice).
 */
public final class Favourites {

	private static final String SECTION = "favourites"; //$NON-NLS-1$

	private final IDialogSettings settings;
	private final Runnable save;

	/**
	 * @param settings the settings to keep favourites in (the plug-in's, or a fresh one in tests)
	 * @param save     writes the settings to disk, run after each change
	 */
	public Favourites(IDialogSettings settings, Runnable save) {
		this.settings = settings;
		this.save = save;
	}

	/** @return the favourite tag names of the profile, in the order they were added */
	public List<String> names(String profileId) {
		IDialogSettings section = settings.getSection(SECTION);
		String[] names = section == null ? null : section.getArray(profileId);
		return names == null ? List.of() : List.of(names);
	}

	/** Adds tags to the profile's favourites; names already there stay where they are. */
	public void add(String profileId, Collection<String> names) {
		Set<String> all = new LinkedHashSet<>(names(profileId));
		all.addAll(names);
		store(profileId, all);
	}

	/** Removes tags from the profile's favourites. */
	public void remove(String profileId, Collection<String> names) {
		List<String> kept = new ArrayList<>(names(profileId));
		kept.removeAll(names);
		store(profileId, kept);
	}

	private void store(String profileId, Collection<String> names) {
		IDialogSettings section = settings.getSection(SECTION);
		if (section == null) {
			section = settings.addNewSection(SECTION);
		}
		section.put(profileId, names.toArray(String[]::new));
		save.run();
	}
}
