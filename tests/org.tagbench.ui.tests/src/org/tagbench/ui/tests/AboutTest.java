package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.tests.support.WidgetDriver;

class AboutTest {

	@Test
	void productIsTagbench() throws Exception {
		WorkbenchFixture workbench = WorkbenchFixture.open();
		assertEquals("Tagbench", Platform.getProduct().getName());
		assertEquals("org.tagbench.rcp.product", Platform.getProduct().getId());
		assertTrue(workbench.window().getShell().getText().contains("Tagbench"),
				"window title names the product: " + workbench.window().getShell().getText());
	}

	@Test
	void aboutDialogNamesTheProduct() throws Exception {
		WorkbenchFixture workbench = WorkbenchFixture.open();
		StringBuilder aboutText = new StringBuilder();
		StringBuilder title = new StringBuilder();
		ModalDialogs.Handled handled = ModalDialogs.whenShellOpens(shell -> shell.getText().startsWith("About"),
				Duration.ofSeconds(20), shell -> {
					title.append(shell.getText());
					List<Control> texts = new WidgetDriver(shell).findAll(c -> c instanceof StyledText);
					texts.forEach(c -> aboutText.append(((StyledText) c).getText()));
				});
		IHandlerService handlers = workbench.window().getService(IHandlerService.class);
		handlers.executeCommand(IWorkbenchCommandConstants.HELP_ABOUT, null);
		handled.assertHandled();

		assertEquals("About Tagbench", title.toString());
		assertTrue(aboutText.toString().contains("WinCC REST API"), "About text: " + aboutText);
	}
}
