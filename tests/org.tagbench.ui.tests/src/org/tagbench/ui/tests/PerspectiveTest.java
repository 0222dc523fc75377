package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tagbench.ui.TagbenchUi;

class PerspectiveTest {

	@Test
	void tagbenchPerspectiveIsTheProductDefault() throws Exception {
		WorkbenchFixture workbench = WorkbenchFixture.open();
		assertEquals(TagbenchUi.PERSPECTIVE_ID, workbench.page().getPerspective().getId());
		assertEquals(TagbenchUi.PERSPECTIVE_ID,
				org.eclipse.ui.PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
	}

	@ParameterizedTest
	@ValueSource(strings = { TagbenchUi.CONNECTIONS_VIEW_ID, TagbenchUi.TAGS_VIEW_ID, TagbenchUi.DIAGNOSTICS_VIEW_ID, TagbenchUi.WATCH_VIEW_ID,
			TagbenchUi.ARCHIVES_VIEW_ID, TagbenchUi.ALARMS_VIEW_ID,
			IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROJECT_EXPLORER })
	void perspectiveShowsView(String viewId) throws Exception {
		IWorkbenchPage page = WorkbenchFixture.open().page();
		page.resetPerspective();
		assertNotNull(page.findViewReference(viewId), "the perspective lays out " + viewId);
		assertNotNull(page.showView(viewId), viewId + " opens");
	}
}
