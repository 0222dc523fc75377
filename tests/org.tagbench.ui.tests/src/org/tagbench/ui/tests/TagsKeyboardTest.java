package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.internal.tags.TagNode;
import org.tagbench.ui.internal.tags.TagValueText;
import org.tagbench.ui.internal.tags.WriteValueDialog;
import org.tagbench.ui.internal.views.TagsView;
import org.tagbench.ui.internal.widgets.EmptyState;

/** The Tags view from the keyboard: Enter edits, Ctrl+C copies, Ctrl+F goes to the filter. */
class TagsKeyboardTest {

	private static final Duration DIALOG = Duration.ofSeconds(20);

	@RegisterExtension
	static final SimulatorSession session = SimulatorSession.demo();

	private static TagsViewPage demo() throws Exception {
		return TagsViewPage.connect("TagsKeyboard", Profiles.forSimulator(session.simulator(), "Keyboard", "operator"));
	}

	@Test
	void enterOnATagOpensTheWriteDialog() throws Exception {
		TagsViewPage tags = demo();
		TagNode tag = tags.tag("System_PlantMode");
		tags.select(tag);
		AtomicReference<String> heading = new AtomicReference<>();
		ModalDialogs.Handled valueDialog = ModalDialogs.whenShellOpens(
				shell -> !new WidgetDriver(shell).findAll(c -> WriteValueDialog.VALUE_ID.equals(c.getData(EmptyState.WIDGET_ID))).isEmpty(),
				DIALOG, shell -> {
					heading.set(TagsViewPage.labels(shell));
					WidgetDriver.click(new WidgetDriver(shell).button("Cancel"));
				});
		Tree tree = tags.view().viewer().getTree();
		Event enter = new Event();
		enter.item = tree.getSelection()[0];
		tree.notifyListeners(SWT.DefaultSelection, enter);
		valueDialog.assertHandled();
		assertTrue(heading.get().contains("INT16"), heading.get());
	}

	@Test
	void copyPutsNameValueQualityAndTimestampOnTheClipboard() throws Exception {
		TagsViewPage tags = demo();
		TagNode tag = tags.tag("System_PlantMode");
		tags.select(tag);
		tags.run("org.eclipse.ui.edit.copy");
		Clipboard clipboard = new Clipboard(tags.view().viewer().getControl().getDisplay());
		try {
			String expected = String.join("\t", "System_PlantMode", "2", TagValueText.quality(tag.value()),
					TagValueText.timestamp(tag.value()));
			assertEquals(expected, clipboard.getContents(TextTransfer.getInstance()));
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void findGoesToTheFilterField() throws Exception {
		TagsViewPage tags = demo();
		tags.select(tags.view().tree().roots().get(0));
		Shell window = tags.view().getSite().getShell();
		tags.run("org.eclipse.ui.edit.findReplace");
		Text filter = (Text) new WidgetDriver(window).byData(EmptyState.WIDGET_ID, TagsView.FILTER_ID);
		UiWait.until("the filter field to have the focus", () -> filter.getDisplay().getFocusControl() == filter);
		assertSame(filter, filter.getDisplay().getFocusControl());
	}
}
