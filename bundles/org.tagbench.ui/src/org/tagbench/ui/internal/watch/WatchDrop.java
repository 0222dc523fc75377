package org.tagbench.ui.internal.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.tagbench.core.watch.WatchItem;

/** Accepts tags dragged from the Tags view onto a control of the Watch view. */
final class WatchDrop extends DropTargetAdapter {

	private final Consumer<List<WatchItem>> add;

	private WatchDrop(Consumer<List<WatchItem>> add) {
		this.add = add;
	}

	/** Makes {@code control} a drop target that hands dropped tags to {@code add}. */
	static void install(Control control, Consumer<List<WatchItem>> add) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { TagTransfer.getInstance() });
		target.addDropListener(new WatchDrop(add));
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_NONE) {
			event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
		}
	}

	@Override
	public void drop(DropTargetEvent event) {
		if (event.data instanceof List<?> list) {
			List<WatchItem> items = new ArrayList<>();
			for (Object element : list) {
				if (element instanceof WatchItem item) {
					items.add(item);
				}
			}
			add.accept(items);
		}
	}
}
