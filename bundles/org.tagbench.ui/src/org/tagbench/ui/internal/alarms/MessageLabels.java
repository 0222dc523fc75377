package org.tagbench.ui.internal.alarms;

import org.eclipse.jface.viewers.ITableColorProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.tagbench.core.model.AlarmMessage;

/** Cell texts of the message table and the row colour of each message's state. */
final class MessageLabels extends LabelProvider implements ITableLabelProvider, ITableColorProvider {

	@Override
	public String getColumnText(Object element, int column) {
		return MessageColumn.values()[column].text((AlarmMessage) element);
	}

	@Override
	public Image getColumnImage(Object element, int column) {
		return null;
	}

	@Override
	public Color getBackground(Object element, int column) {
		return StateColors.background(((AlarmMessage) element).stateKind());
	}

	@Override
	public Color getForeground(Object element, int column) {
		boolean tinted = StateColors.background(((AlarmMessage) element).stateKind()) != null;
		return tinted ? Display.getCurrent().getSystemColor(SWT.COLOR_BLACK) : null;
	}
}
