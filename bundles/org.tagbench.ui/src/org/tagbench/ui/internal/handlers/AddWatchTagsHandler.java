package org.tagbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.core.client.WinccClient;
import org.tagbench.ui.TagbenchUi;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.TagsView;
import org.tagbench.ui.internal.views.WatchView;
import org.tagbench.ui.internal.watch.AddTagsDialog;
import org.tagbench.ui.internal.watch.NameExpansion;

/**
 * Asks for tag names or patterns and a connection, and watches the tags (patterns expanded on the
 * runtime in a Job). Offers the connection the Tags view shows first.
 */
public class AddWatchTagsHandler extends WatchViewHandler {

	@Override
	void execute(ExecutionEvent event, WatchView view) {
		IViewPart tags = view.getSite().getPage().findView(TagbenchUi.TAGS_VIEW_ID);
		ProfileNode shown = tags instanceof TagsView tagsView ? tagsView.shown() : null;
		List<ProfileNode> profiles = view.connections().profiles();
		AddTagsDialog dialog = new AddTagsDialog(HandlerUtil.getActiveShell(event), profiles, shown);
		if (dialog.open() != Window.OK || dialog.request() == null) {
			return;
		}
		ProfileNode profile = dialog.request().profile();
		WinccClient client = view.connections().client(profile.profile().id());
		NameExpansion.expand(client, profile.profile().id(), dialog.request().names(),
				(items, unmatched) -> UiRunner.run(view.parts().getControl(), () -> {
					view.add(items);
					if (!unmatched.isEmpty()) {
						view.getViewSite().getActionBars().getStatusLineManager().setErrorMessage(
								NLS.bind(Messages.WatchView_unmatched, String.join(", ", unmatched))); //$NON-NLS-1$
					}
				}));
	}
}
