package org.tagbench.ui.internal.tags;

import java.util.EnumSet;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.tagbench.ui.internal.tags.TagPropertySource.Part;

/**
 * A tab of a tag in the Properties view: a property sheet showing one part of the tag (its
 * configuration, its current value, or the fields the runtime sent as it sent them).
 */
public abstract class TagSection extends AdvancedPropertySection {

	private final Part part;

	TagSection(Part part) {
		this.part = part;
	}

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
		super.createControls(parent, tabbedPage);
		page.setPropertySourceProvider(
				element -> element instanceof TagNode tag ? new TagPropertySource(tag, EnumSet.of(part)) : null);
	}

	/** The tag's configuration. */
	public static final class Configuration extends TagSection {
		public Configuration() {
			super(Part.CONFIGURATION);
		}
	}

	/** The tag's current value, quality and timestamp. */
	public static final class Value extends TagSection {
		public Value() {
			super(Part.VALUE);
		}
	}

	/** Every configuration field as the runtime sent it. */
	public static final class Raw extends TagSection {
		public Raw() {
			super(Part.RAW);
		}
	}
}
