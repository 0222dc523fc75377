package org.tagbench.ui.internal.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.TagbenchUi;

/**
 * The Tagbench preferences: defaults for new profiles and the size of the diagnostics journal. Keys and
 * defaults live here, in the default scope of this bundle; the defaults are core's.
 */
public final class TagbenchPreferences extends AbstractPreferenceInitializer {

	public static final String CONNECT_TIMEOUT = "connectTimeoutMs"; //$NON-NLS-1$
	public static final String RESPONSE_TIMEOUT = "responseTimeoutMs"; //$NON-NLS-1$
	public static final String BATCH_SIZE = "batchSize"; //$NON-NLS-1$
	public static final String POLL_INTERVAL = "pollIntervalMs"; //$NON-NLS-1$
	public static final String JOURNAL_SIZE = "journalSize"; //$NON-NLS-1$

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(TagbenchUi.PLUGIN_ID);
		defaults.putInt(CONNECT_TIMEOUT, ConnectionProfile.DEFAULT_CONNECT_TIMEOUT_MS);
		defaults.putInt(RESPONSE_TIMEOUT, ConnectionProfile.DEFAULT_RESPONSE_TIMEOUT_MS);
		defaults.putInt(BATCH_SIZE, ConnectionProfile.DEFAULT_BATCH_SIZE);
		defaults.putInt(POLL_INTERVAL, ConnectionProfile.DEFAULT_POLL_INTERVAL_MS);
		defaults.putInt(JOURNAL_SIZE, DiagnosticsJournal.DEFAULT_CAPACITY);
	}

	/** @return a new profile with a fresh id and the preferred timeouts, batch size and poll interval */
	public static ConnectionProfile newProfile() {
		return ConnectionProfile.builder().connectTimeoutMs(get(CONNECT_TIMEOUT)).responseTimeoutMs(get(RESPONSE_TIMEOUT))
				.batchSize(get(BATCH_SIZE)).pollIntervalMs(get(POLL_INTERVAL)).build();
	}

	/** @return the number of requests the diagnostics journal keeps */
	public static int journalSize() {
		return Math.max(1, get(JOURNAL_SIZE));
	}

	private static int get(String key) {
		return Platform.getPreferencesService().getInt(TagbenchUi.PLUGIN_ID, key, 0, null);
	}
}
