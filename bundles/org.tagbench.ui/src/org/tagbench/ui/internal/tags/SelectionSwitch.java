package org.tagbench.ui.internal.tags;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * The selection of whichever of several viewers is shown: the Tags view's tree or its filter results.
 * Tells its listeners when the shown viewer's selection changes and when another viewer is shown.
 */
final class SelectionSwitch implements IPostSelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
	private StructuredViewer shown;

	SelectionSwitch(StructuredViewer first, StructuredViewer... others) {
		shown = first;
		follow(first);
		for (StructuredViewer other : others) {
			follow(other);
		}
	}

	private void follow(StructuredViewer viewer) {
		viewer.addSelectionChangedListener(event -> {
			if (viewer == shown) {
				fire(listeners, event.getSelection());
			}
		});
		viewer.addPostSelectionChangedListener(event -> {
			if (viewer == shown) {
				fire(postListeners, event.getSelection());
			}
		});
	}

	/** Makes {@code viewer}'s selection the one given out, and tells so. */
	void show(StructuredViewer viewer) {
		if (viewer != shown) {
			shown = viewer;
			fire(listeners, viewer.getSelection());
			fire(postListeners, viewer.getSelection());
		}
	}

	private void fire(ListenerList<ISelectionChangedListener> to, ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : to) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		return shown.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		shown.setSelection(selection);
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.add(listener);
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.remove(listener);
	}
}
