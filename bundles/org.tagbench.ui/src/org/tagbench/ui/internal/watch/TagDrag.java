package org.tagbench.ui.internal.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.tagbench.core.watch.WatchItem;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.tags.TagNode;

/**
 * Lets the selected tags of a tag viewer be dragged: to the Watch view as tags of the connection shown,
 * and to any text field as their names, one per line.
 */
public final class TagDrag extends DragSourceAdapter {

	private final StructuredViewer viewer;
	private final Supplier<ProfileNode> shown;

	private TagDrag(StructuredViewer viewer, Supplier<ProfileNode> shown) {
		this.viewer = viewer;
		this.shown = shown;
	}

	/**
	 * @param viewer the viewer whose selected {@link TagNode}s are dragged
	 * @param shown  the profile whose tags the viewer shows (null while none)
	 */
	public static void install(StructuredViewer viewer, Supplier<ProfileNode> shown) {
		viewer.addDragSupport(DND.DROP_COPY, new Transfer[] { TagTransfer.getInstance(), TextTransfer.getInstance() },
				new TagDrag(viewer, shown));
	}

	/** @return the selected tags as watch items of {@code profile} */
	public static List<WatchItem> items(IStructuredSelection selection, ProfileNode profile) {
		List<WatchItem> items = new ArrayList<>();
		if (profile == null) {
			return items;
		}
		for (Object element : selection) {
			if (element instanceof TagNode tag) {
				items.add(new WatchItem(profile.profile().id(), tag.name()));
			}
		}
		return items;
	}

	@Override
	public void dragStart(DragSourceEvent event) {
		event.doit = !items(viewer.getStructuredSelection(), shown.get()).isEmpty();
	}

	@Override
	public void dragSetData(DragSourceEvent event) {
		List<WatchItem> items = items(viewer.getStructuredSelection(), shown.get());
		if (TagTransfer.getInstance().isSupportedType(event.dataType)) {
			event.data = items;
		} else if (TextTransfer.getInstance().isSupportedType(event.dataType)) {
			event.data = String.join(System.lineSeparator(), items.stream().map(WatchItem::tag).toList());
		}
	}
}
