package org.tagbench.ui.internal.alarms;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.tagbench.core.model.AlarmState;

/**
 * Row colours by message state, in the usual alarm convention: came in red, acknowledged yellow, went out
 * green. Pale tints, so the text keeps its contrast; kept in JFace's colour registry.
 */
final class StateColors {

	private static final String PREFIX = "org.tagbench.ui.alarms."; //$NON-NLS-1$

	static {
		ColorRegistry registry = JFaceResources.getColorRegistry();
		registry.put(PREFIX + AlarmState.CAME, new RGB(255, 214, 214));
		registry.put(PREFIX + AlarmState.ACKNOWLEDGED, new RGB(255, 243, 196));
		registry.put(PREFIX + AlarmState.WENT, new RGB(218, 242, 218));
	}

	private StateColors() {
	}

	/** @return the background of a row in this state, or null for the table's own */
	static Color background(AlarmState state) {
		return state == AlarmState.UNKNOWN ? null : JFaceResources.getColorRegistry().get(PREFIX + state);
	}
}
