package org.tagbench.ui.internal.diagnostics;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/** A small line of recent latencies, scaled to the highest one. */
final class Sparkline {

	private static final int WIDTH = 120;
	private static final int HEIGHT = 18;

	private final Canvas canvas;
	private long[] values = new long[0];

	Sparkline(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addListener(SWT.Paint, this::paint);
	}

	Canvas getControl() {
		return canvas;
	}

	static Point size() {
		return new Point(WIDTH, HEIGHT);
	}

	/** @param latencies the values to draw, oldest first */
	void show(long[] latencies) {
		values = latencies;
		canvas.redraw();
	}

	private void paint(Event event) {
		GC gc = event.gc;
		Rectangle area = canvas.getClientArea();
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawLine(0, area.height - 1, area.width, area.height - 1);
		if (values.length < 2) {
			return;
		}
		long max = 1;
		for (long value : values) {
			max = Math.max(max, value);
		}
		int[] points = new int[values.length * 2];
		for (int i = 0; i < values.length; i++) {
			points[2 * i] = i * (area.width - 1) / (values.length - 1);
			points[2 * i + 1] = area.height - 2 - (int) (values[i] * (area.height - 3) / max);
		}
		gc.setAntialias(SWT.ON);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		gc.drawPolyline(points);
	}
}
