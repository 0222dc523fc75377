package org.tagbench.ui.internal.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;

/**
 * Lays out the two parts of a sash side by side while it is much wider than high (a view in the low panel
 * below the editor area) and one above the other otherwise, as the "Automatic" layout of the platform's
 * JUnit view does. A low view then still shows its details pane at full height.
 */
public final class AutoOrientation {

	/** How many times wider than high the sash must be before its parts go side by side. */
	static final int WIDE = 3;

	private AutoOrientation() {
	}

	/** Keeps {@code sash}'s orientation following its shape from now on. */
	public static void apply(SashForm sash) {
		sash.addListener(SWT.Resize, event -> follow(sash));
	}

	private static void follow(SashForm sash) {
		Point size = sash.getSize();
		if (size.x == 0 || size.y == 0) {
			return;
		}
		int orientation = size.x > WIDE * size.y ? SWT.HORIZONTAL : SWT.VERTICAL;
		if (sash.getOrientation() != orientation) {
			sash.setOrientation(orientation);
		}
	}
}
