package org.tagbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.archives.ArchivedTags;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionSession;
import org.tagbench.ui.internal.tags.TagNode;
import org.tagbench.ui.internal.views.ArchivesView;
import org.tagbench.ui.internal.views.TagsView;

/**
 * Shows the trend of the tags selected in the Tags view: finds the archive variables that log them, then
 * queries them in the Archives view. Says so when none of the tags is logged.
 */
public class ShowTrendHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActivePart(event) instanceof TagsView tags) || tags.shown() == null) {
			return null;
		}
		List<String> names = tags.viewer().getStructuredSelection().stream().filter(TagNode.class::isInstance)
				.map(element -> ((TagNode) element).name()).distinct().toList();
		ConnectionSession session = ConnectionManager.getDefault().session(tags.shown()).orElse(null);
		if (names.isEmpty() || session == null) {
			return null;
		}
		ArchivesView view;
		try {
			view = (ArchivesView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(TagbenchUi.ARCHIVES_VIEW_ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		view.show(tags.shown());
		ArchivedTags.findLater(session.client(), names, variables -> {
			if (variables.isEmpty()) {
				view.parts().showMessage(NLS.bind(Messages.ShowTrendHandler_notLogged, String.join(", ", names)), false); //$NON-NLS-1$
			} else {
				view.trend(variables);
			}
		}, error -> view.parts().showError(Messages.ShowTrendHandler_failed, error));
		return null;
	}
}
