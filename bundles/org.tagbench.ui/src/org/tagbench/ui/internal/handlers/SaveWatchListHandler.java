package org.tagbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.views.WatchView;
import org.tagbench.ui.internal.watch.SaveWatchListDialog;
import org.tagbench.ui.internal.watch.WatchFiles;
import org.tagbench.ui.internal.watch.WatchListRef;

/** Saves the Watch view's tags and interval as a list in a project ({@code .tagbench/watch/<name>.json}). */
public class SaveWatchListHandler extends WatchViewHandler {

	@Override
	void execute(ExecutionEvent event, WatchView view) {
		List<IProject> projects = WatchListRef.projects();
		if (projects.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.SaveWatchListDialog_title,
					Messages.SaveWatchListDialog_noProjects);
			return;
		}
		WatchListRef current = view.list();
		WatchListRef suggested = new WatchListRef(view.suggestedProject(),
				current != null ? current.name() : Messages.SaveWatchListDialog_defaultName);
		SaveWatchListDialog dialog = new SaveWatchListDialog(HandlerUtil.getActiveShell(event), projects, suggested);
		if (dialog.open() == Window.OK && dialog.result() != null) {
			WatchListRef ref = dialog.result();
			WatchFiles.save(ref, view.model().toList(ref.name()), view.parts().getControl(), view::saved);
		}
	}
}
