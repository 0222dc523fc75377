package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.preferences.TagbenchPreferences;

/** Window > Preferences > Tagbench: the defaults new profiles start from. */
class PreferencePageTest {

	private static final String PAGE_ID = "org.tagbench.ui.preferences";

	@AfterEach
	void reset() throws Exception {
		var node = InstanceScope.INSTANCE.getNode(TagbenchUi.PLUGIN_ID);
		node.remove(TagbenchPreferences.BATCH_SIZE);
		node.flush();
	}

	@Test
	void batchSizeDefaultIsCheckedAndUsedByNewProfiles() throws Exception {
		WorkbenchFixture workbench = WorkbenchFixture.open();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(workbench.window().getShell(), PAGE_ID,
				new String[] { PAGE_ID }, null);
		ModalDialogs.Handled handled = ModalDialogs.whenShellOpens(s -> s == dialog.getShell(), Duration.ofSeconds(30), shell -> {
			WidgetDriver driver = new WidgetDriver(shell);
			Text batch = driver.textAfterLabel(Messages.LimitsSection_batchSize);
			DialogPage page = new DialogPage(shell);
			typeAndRelease(batch, "0");
			assertFalse(((PreferencePage) dialog.getSelectedPage()).isValid(), "a batch size of 0 cannot be applied");
			assertTrue(page.shows(JFaceResources.getString("IntegerFieldEditor.errorMessageRange").substring(0, 10)), page.texts());
			typeAndRelease(batch, "200");
			assertTrue(((PreferencePage) dialog.getSelectedPage()).isValid(), page.texts());
			page.screenshot("preferences");
			WidgetDriver.click(page.button(JFaceResources.getString("PreferencesDialog.okButtonLabel")));
		});
		dialog.open();
		handled.assertHandled();

		assertEquals(200, TagbenchPreferences.newProfile().batchSize());
	}

	/** Types as the keyboard would: the field editor checks on key release. */
	private static void typeAndRelease(Text field, String value) {
		WidgetDriver.type(field, value);
		field.notifyListeners(SWT.KeyUp, new Event());
	}
}
