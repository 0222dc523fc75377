package org.tagbench.ui.internal.watch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.dnd.ByteArrayTransfer;
import org.eclipse.swt.dnd.TransferData;
import org.tagbench.core.watch.WatchItem;

/**
 * Tags dragged within the workbench (from the Tags view to the Watch view): a list of {@link WatchItem}s,
 * sent as UTF-8 lines of profile id, a tab and the tag name.
 */
public final class TagTransfer extends ByteArrayTransfer {

	private static final String TYPE = "org.tagbench.ui.tags"; //$NON-NLS-1$
	private static final int TYPE_ID = registerType(TYPE);
	private static final TagTransfer INSTANCE = new TagTransfer();

	private TagTransfer() {
	}

	public static TagTransfer getInstance() {
		return INSTANCE;
	}

	@Override
	protected int[] getTypeIds() {
		return new int[] { TYPE_ID };
	}

	@Override
	protected String[] getTypeNames() {
		return new String[] { TYPE };
	}

	@Override
	protected void javaToNative(Object object, TransferData transferData) {
		if (!(object instanceof List<?> items) || !isSupportedType(transferData)) {
			return;
		}
		StringBuilder text = new StringBuilder();
		for (Object element : items) {
			if (element instanceof WatchItem item) {
				text.append(item.profileId()).append('\t').append(item.tag()).append('\n');
			}
		}
		super.javaToNative(text.toString().getBytes(StandardCharsets.UTF_8), transferData);
	}

	@Override
	protected Object nativeToJava(TransferData transferData) {
		if (!isSupportedType(transferData) || !(super.nativeToJava(transferData) instanceof byte[] bytes)) {
			return null;
		}
		return decode(bytes);
	}

	/** @return the tags of the lines of profile id, tab, tag name; other lines are left out */
	static List<WatchItem> decode(byte[] bytes) {
		List<WatchItem> items = new ArrayList<>();
		for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) { //$NON-NLS-1$
			int tab = line.indexOf('\t');
			if (tab > 0 && tab < line.length() - 1) {
				items.add(new WatchItem(line.substring(0, tab), line.substring(tab + 1)));
			}
		}
		return items;
	}
}
