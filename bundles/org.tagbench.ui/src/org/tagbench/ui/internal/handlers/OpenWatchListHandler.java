package org.tagbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.views.WatchView;
import org.tagbench.ui.internal.watch.WatchFiles;
import org.tagbench.ui.internal.watch.WatchListRef;

/** Lists the watch lists of the open projects and shows the chosen one in the Watch view. */
public class OpenWatchListHandler extends WatchViewHandler {

	@Override
	void execute(ExecutionEvent event, WatchView view) {
		List<WatchListRef> lists = WatchListRef.all();
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(HandlerUtil.getActiveShell(event), new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((WatchListRef) element).label();
			}
		});
		dialog.setTitle(Messages.OpenWatchList_title);
		dialog.setMessage(lists.isEmpty() ? Messages.OpenWatchList_none : Messages.OpenWatchList_message);
		dialog.setElements(lists.toArray());
		dialog.setMultipleSelection(false);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof WatchListRef ref) {
			WatchFiles.open(ref, view.parts().getControl(), list -> view.open(ref, list));
		}
	}
}
