package org.tagbench.ui.internal.navigator;

import java.nio.file.Files;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.connections.ConnectionListener;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Shows a project's connection profiles below it in the Project Explorer, kept current with their state. */
public class ProjectProfilesContentProvider implements ITreeContentProvider {

	private final ConnectionManager manager = ConnectionManager.getDefault();
	private StructuredViewer viewer;
	private final ConnectionListener listener = () -> {
		StructuredViewer current = viewer;
		if (current != null) {
			UiRunner.run(current.getControl(), current::refresh);
		}
	};

	public ProjectProfilesContentProvider() {
		manager.addListener(listener);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		ProfileFile file = fileOf(parent);
		return file == null ? new Object[0] : manager.profiles(file).toArray();
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof ProfileNode node ? node.file().project() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return fileOf(element) != null;
	}

	private static ProfileFile fileOf(Object element) {
		if (element instanceof IProject project && project.isOpen() && project.getLocation() != null) {
			ProfileFile file = ProfileFile.of(project);
			return Files.exists(file.path()) ? file : null;
		}
		return null;
	}

	@Override
	public void dispose() {
		manager.removeListener(listener);
		viewer = null;
	}
}
