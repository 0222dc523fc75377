package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.views.ProfileView;

/**
 * Shows the selected profile in a view, connecting it first when it is not connected. The view's id comes
 * after the class name in plugin.xml ({@code OpenInViewHandler:org.tagbench.ui.views.tags}); the view is a
 * {@link ProfileView}.
 */
public class OpenInViewHandler extends AbstractHandler implements IExecutableExtension {

	private String viewId;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
		viewId = (String) data;
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ProfileNode node = Selections.profile(event);
		if (node == null) {
			return null;
		}
		if (!ConnectionManager.getDefault().status(node).isOpen()) {
			Connecting.connect(HandlerUtil.getActiveShell(event), node);
		}
		try {
			IViewPart view = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(viewId);
			if (view instanceof ProfileView profileView) {
				profileView.show(node);
			}
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
