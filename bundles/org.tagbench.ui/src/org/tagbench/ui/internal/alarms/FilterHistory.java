package org.tagbench.ui.internal.alarms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;

/** The REST filter names used last, newest first, kept in the plug-in's dialog settings. */
final class FilterHistory {

	/** Offered before anything was typed: the filter most WinCC projects configure first. */
	static final String EXAMPLE = "All"; //$NON-NLS-1$
	private static final String SECTION = "alarms"; //$NON-NLS-1$
	private static final String KEY = "filters"; //$NON-NLS-1$
	private static final int MAX = 10;

	private final IDialogSettings settings;
	private final Runnable save;

	/** @param save writes the settings to disk, run after each change */
	FilterHistory(IDialogSettings settings, Runnable save) {
		this.settings = settings;
		this.save = save;
	}

	/** @return the filters used, newest first, then the example if it was not used */
	List<String> names() {
		IDialogSettings section = settings.getSection(SECTION);
		String[] stored = section == null ? null : section.getArray(KEY);
		List<String> names = new ArrayList<>(stored == null ? List.of() : Arrays.asList(stored));
		if (!names.contains(EXAMPLE)) {
			names.add(EXAMPLE);
		}
		return names;
	}

	private List<String> used() {
		IDialogSettings section = settings.getSection(SECTION);
		String[] stored = section == null ? null : section.getArray(KEY);
		return new ArrayList<>(stored == null ? List.of() : Arrays.asList(stored));
	}

	/** Puts {@code filter} first (an auto-refresh of the same filter changes nothing). */
	void used(String filter) {
		List<String> names = used();
		if (!names.isEmpty() && names.get(0).equals(filter)) {
			return;
		}
		names.remove(filter);
		names.add(0, filter);
		IDialogSettings section = settings.getSection(SECTION);
		if (section == null) {
			section = settings.addNewSection(SECTION);
		}
		section.put(KEY, names.subList(0, Math.min(MAX, names.size())).toArray(String[]::new));
		save.run();
	}
}
