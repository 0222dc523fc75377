package org.tagbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.Messages;

/** Window > Preferences > Tagbench: defaults for new profiles and the diagnostics journal's size. */
public class TagbenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public TagbenchPreferencePage() {
		super(GRID);
		setDescription(Messages.PreferencePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, TagbenchUi.PLUGIN_ID));
	}

	@Override
	protected void createFieldEditors() {
		addNumber(TagbenchPreferences.CONNECT_TIMEOUT, Messages.LimitsSection_connectTimeout, 100, 600_000);
		addNumber(TagbenchPreferences.RESPONSE_TIMEOUT, Messages.LimitsSection_responseTimeout, 100, 3_600_000);
		addNumber(TagbenchPreferences.BATCH_SIZE, Messages.LimitsSection_batchSize, 1, 10_000);
		addNumber(TagbenchPreferences.POLL_INTERVAL, Messages.LimitsSection_pollInterval, 100, 86_400_000);
		addNumber(TagbenchPreferences.JOURNAL_SIZE, Messages.PreferencePage_journalSize, 100, 1_000_000);
	}

	private void addNumber(String key, String label, int min, int max) {
		IntegerFieldEditor editor = new IntegerFieldEditor(key, label, getFieldEditorParent());
		editor.setValidRange(min, max);
		addField(editor);
	}
}
