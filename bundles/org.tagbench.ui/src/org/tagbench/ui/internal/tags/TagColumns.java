package org.tagbench.ui.internal.tags;

import java.util.function.Function;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.tagbench.core.model.TagDataType;
import org.tagbench.core.model.TagValue;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.TagbenchImages;

/** The columns of the Tags view: name, value, quality, timestamp and data type. */
final class TagColumns {

	private TagColumns() {
	}

	static void create(TreeViewer viewer, TagTree tree) {
		column(viewer, Messages.TagsView_columnName, 320, new NameLabels());
		column(viewer, Messages.TagsView_columnValue, 140, values(tree, TagValueText::value));
		column(viewer, Messages.TagsView_columnQuality, 110, values(tree, TagValueText::quality));
		column(viewer, Messages.TagsView_columnTimestamp, 180, values(tree, TagValueText::timestamp));
		column(viewer, Messages.TagsView_columnType, 90, new ChangedCellLabels() {
			@Override
			String getText(Object element) {
				if (element instanceof TagNode tag && tag.config().dataType() != null) {
					return TagDataType.of(tag.config().dataType()).map(Enum::name).orElse(tag.config().dataType());
				}
				return ""; //$NON-NLS-1$
			}
		});
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
	}

	private static void column(TreeViewer viewer, String title, int width, ChangedCellLabels labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(labels);
	}

	private static ChangedCellLabels values(TagTree tree, Function<TagValue, String> text) {
		return new ChangedCellLabels() {
			@Override
			String getText(Object element) {
				return element instanceof TagNode tag ? text.apply(tree.value(tag)) : ""; //$NON-NLS-1$
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof TagNode tag ? TagValueText.problem(tree.value(tag)) : null;
			}

			@Override
			Color getForeground(Object element) {
				TagValue value = element instanceof TagNode tag ? tree.value(tag) : null;
				return value != null && !value.isOk() ? Display.getCurrent().getSystemColor(SWT.COLOR_RED) : null;
			}
		};
	}

	/** The first column: names and icons of every kind of node. */
	private static final class NameLabels extends ChangedCellLabels {
		@Override
		String getText(Object element) {
			return element instanceof TagTreeNode node ? node.label() : String.valueOf(element);
		}

		@Override
		Image getImage(Object element) {
			ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
			if (element instanceof TagNode) {
				return TagbenchImages.get(TagbenchImages.TAG);
			}
			if (element instanceof RangeNode) {
				return shared.getImage(ISharedImages.IMG_OBJ_ELEMENT);
			}
			if (element instanceof FolderNode folder) {
				return folder.kind() == FolderNode.Kind.DRIVER_CONNECTION ? TagbenchImages.get(TagbenchImages.CONNECTIONS)
						: shared.getImage(ISharedImages.IMG_OBJ_FOLDER);
			}
			if (element instanceof StatusNode status && status.error() != null) {
				return shared.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
			}
			if (element instanceof MoreNode) {
				return shared.getImage(ISharedImages.IMG_TOOL_FORWARD);
			}
			return null;
		}

		@Override
		Color getForeground(Object element) {
			return element instanceof StatusNode || element instanceof MoreNode
					? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY)
					: null;
		}
	}
}
