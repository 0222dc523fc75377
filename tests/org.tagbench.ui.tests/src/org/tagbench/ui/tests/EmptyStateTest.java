package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.views.ConnectionsView;
import org.tagbench.ui.internal.views.DiagnosticsView;
import org.tagbench.ui.internal.views.TagsView;
import org.tagbench.ui.internal.widgets.EmptyState;

class EmptyStateTest {

	static Stream<Arguments> views() {
		return Stream.of(
				Arguments.of(TagbenchUi.CONNECTIONS_VIEW_ID, ConnectionsView.EMPTY_STATE_ID, Messages.ConnectionsView_emptyTitle, Messages.ConnectionsView_emptyHint),
				Arguments.of(TagbenchUi.TAGS_VIEW_ID, TagsView.EMPTY_STATE_ID, Messages.TagsView_emptyTitle, Messages.TagsView_emptyHint),
				Arguments.of(TagbenchUi.DIAGNOSTICS_VIEW_ID, DiagnosticsView.EMPTY_STATE_ID, Messages.DiagnosticsView_emptyTitle, Messages.DiagnosticsView_emptyHint));
	}

	@ParameterizedTest
	@MethodSource("views")
	void viewShowsItsEmptyState(String viewId, String emptyStateId, String title, String hint) throws Exception {
		WorkbenchFixture workbench = WorkbenchFixture.open();
		ConnectionManager.getDefault().journal().clear();
		if (workbench.page().showView(viewId) instanceof DiagnosticsView diagnostics) {
			diagnostics.refresh();
		}
		WidgetDriver driver = workbench.driver();
		Control state = driver.byData(EmptyState.WIDGET_ID, emptyStateId);
		UiWait.until(viewId + " empty state to be visible", state::isVisible);

		Label titleLabel = (Label) driver.byData(EmptyState.WIDGET_ID, emptyStateId + ".title");
		Label hintLabel = (Label) driver.byData(EmptyState.WIDGET_ID, emptyStateId + ".hint");
		assertEquals(title, titleLabel.getText());
		assertEquals(hint, hintLabel.getText());
		assertTrue(hintLabel.getSize().y > 0, "the hint is laid out, not collapsed");
	}
}
