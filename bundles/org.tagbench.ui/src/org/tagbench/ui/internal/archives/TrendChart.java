package org.tagbench.ui.internal.archives;

import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.swtchart.model.DateArraySeriesModel;
import org.tagbench.core.model.ArchiveSample;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The trend: an SWTChart line chart with one series per archive variable over a time axis, zoomed with
 * the mouse wheel (around the pointer) or by dragging over a time span, and a readout under it with the
 * time at the pointer and each series' value nearest to it. A vertical line marks the pointer.
 */
public final class TrendChart {

	/** Widget ids, for tests. */
	public static final String CHART_ID = "archives.chart"; //$NON-NLS-1$
	public static final String READOUT_ID = "archives.readout"; //$NON-NLS-1$

	/** The colours of the series, in turn. */
	private static final int[] COLOURS = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GREEN,
			SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW, SWT.COLOR_BLUE, SWT.COLOR_RED,
			SWT.COLOR_GREEN, SWT.COLOR_MAGENTA };
	/** The least drag, in pixels, that zooms. */
	private static final int DRAG_THRESHOLD = 5;

	/** What one series plots: times in milliseconds and values, only the numeric samples. */
	private record Plotted(String id, double[] times, double[] values) {
	}

	private final Composite control;
	private final Chart chart;
	private final Label readout;
	private final List<Plotted> plotted = new ArrayList<>();
	private boolean zoomed;
	private int cursorX = -1;
	private int dragFrom = -1;
	private int dragTo = -1;

	public TrendChart(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(control);
		chart = new Chart(control, SWT.NONE);
		chart.setData(EmptyState.WIDGET_ID, CHART_ID);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(chart);
		chart.getTitle().setVisible(false);
		chart.getLegend().setPosition(SWT.BOTTOM);
		IAxis x = xAxis();
		x.getTitle().setText(Messages.TrendChart_time);
		x.getTick().setFormat(new SimpleDateFormat("HH:mm:ss")); //$NON-NLS-1$
		yAxis().getTitle().setText(Messages.TrendChart_value);
		readout = new Label(control, SWT.NONE);
		readout.setData(EmptyState.WIDGET_ID, READOUT_ID);
		readout.setText(Messages.TrendChart_readoutHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(readout);
		Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.MouseWheel, this::wheel);
		plot.addListener(SWT.MouseDown, this::mouseDown);
		plot.addListener(SWT.MouseMove, this::mouseMove);
		plot.addListener(SWT.MouseUp, this::mouseUp);
		plot.addListener(SWT.MouseExit, e -> pointerAt(-1));
		plot.addListener(SWT.MouseDoubleClick, e -> resetZoom());
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(org.eclipse.swt.events.PaintEvent e) {
				paintMarks(e.gc);
			}
		});
	}

	/** @return the chart and its readout */
	public Composite getControl() {
		return control;
	}

	/** @return the SWTChart widget */
	public Chart chart() {
		return chart;
	}

	/** @return the time axis */
	public IAxis xAxis() {
		return chart.getAxisSet().getXAxis(0);
	}

	/** @return the value axis */
	public IAxis yAxis() {
		return chart.getAxisSet().getYAxis(0);
	}

	/** @return the readout's text */
	public String readout() {
		return readout.getText();
	}

	/** Plots the trend's series; the zoom stays where the user put it, else the axes fit the data. */
	public void show(Trend trend) {
		chart.suspendUpdate(true);
		try {
			for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
				chart.getSeriesSet().deleteSeries(series.getId());
			}
			plotted.clear();
			int index = 0;
			for (TrendSeries series : trend.series()) {
				plotted.add(plot(series, index++));
			}
			if (!zoomed) {
				chart.getAxisSet().adjustRange();
			}
		} finally {
			chart.suspendUpdate(false);
		}
		chart.redraw();
	}

	private Plotted plot(TrendSeries series, int index) {
		List<ArchiveSample> samples = series.samples();
		double[] times = new double[samples.size()];
		double[] values = new double[samples.size()];
		int n = 0;
		for (ArchiveSample sample : samples) {
			double value = SampleText.number(sample.value());
			if (sample.timestamp() != null && !Double.isNaN(value)) {
				times[n] = sample.timestamp().toEpochMilli();
				values[n] = value;
				n++;
			}
		}
		String id = uniqueId(series);
		Plotted result = new Plotted(id, Arrays.copyOf(times, n), Arrays.copyOf(values, n));
		@SuppressWarnings("unchecked")
		ILineSeries<Integer> line = (ILineSeries<Integer>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		Date[] dates = new Date[n];
		for (int i = 0; i < n; i++) {
			dates[i] = new Date((long) result.times()[i]);
		}
		line.setDataModel(new DateArraySeriesModel(dates, result.values()));
		line.setLineColor(chart.getDisplay().getSystemColor(COLOURS[index % COLOURS.length]));
		line.setSymbolType(n > 200 ? ILineSeries.PlotSymbolType.NONE : ILineSeries.PlotSymbolType.CIRCLE);
		line.setSymbolColor(line.getLineColor());
		line.setSymbolSize(2);
		line.setLineStyle(LineStyle.SOLID);
		line.setAntialias(SWT.ON);
		return result;
	}

	private String uniqueId(TrendSeries series) {
		String id = series.variable();
		for (Plotted other : plotted) {
			if (other.id().equals(id)) {
				return series.archive() + '/' + series.variable();
			}
		}
		return id;
	}

	/** @return the number of points plotted for each series, in order */
	public int[] pointCounts() {
		return plotted.stream().mapToInt(p -> p.times().length).toArray();
	}

	/** @return the series' ids (the legend's texts), in order */
	public List<String> seriesIds() {
		return plotted.stream().map(Plotted::id).toList();
	}

	/** Zooms the time axis in around its middle. */
	public void zoomIn() {
		xAxis().zoomIn();
		zoomed();
	}

	/** Zooms the time axis out around its middle. */
	public void zoomOut() {
		xAxis().zoomOut();
		zoomed();
	}

	/** Shows a time span. */
	public void zoomTo(Instant from, Instant to) {
		xAxis().setRange(new Range(from.toEpochMilli(), to.toEpochMilli()));
		zoomed();
	}

	/** Fits both axes to the data again. */
	public void resetZoom() {
		zoomed = false;
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	/** @return whether the user zoomed since the last reset */
	public boolean isZoomed() {
		return zoomed;
	}

	private void zoomed() {
		zoomed = true;
		yAxis().adjustRange();
		chart.redraw();
	}

	private void wheel(Event e) {
		if (e.count == 0) {
			return;
		}
		double at = xAxis().getDataCoordinate(e.x);
		if (e.count > 0) {
			xAxis().zoomIn(at);
		} else {
			xAxis().zoomOut(at);
		}
		zoomed();
		pointerAt(e.x);
	}

	private void mouseDown(Event e) {
		if (e.button == 1) {
			dragFrom = e.x;
			dragTo = e.x;
		}
	}

	private void mouseMove(Event e) {
		if (dragFrom >= 0) {
			dragTo = e.x;
		}
		pointerAt(e.x);
	}

	private void mouseUp(Event e) {
		if (dragFrom < 0 || e.button != 1) {
			return;
		}
		int from = Math.min(dragFrom, e.x);
		int to = Math.max(dragFrom, e.x);
		dragFrom = -1;
		dragTo = -1;
		if (to - from >= DRAG_THRESHOLD) {
			xAxis().setRange(new Range(xAxis().getDataCoordinate(from), xAxis().getDataCoordinate(to)));
			zoomed();
		} else {
			chart.redraw();
		}
	}

	/** Moves the readout and the marker to the pointer's x in the plot area (-1: the pointer left). */
	public void pointerAt(int x) {
		cursorX = x;
		readout.setText(x < 0 ? Messages.TrendChart_readoutHint : readoutAt(x));
		chart.getPlotArea().getControl().redraw();
	}

	/** @return the readout for the plot area's x: the time there and each series' nearest value */
	public String readoutAt(int x) {
		double time = xAxis().getDataCoordinate(x);
		StringBuilder values = new StringBuilder();
		for (Plotted series : plotted) {
			int nearest = nearest(series.times(), time);
			if (nearest >= 0) {
				values.append(NLS.bind(Messages.TrendChart_readoutValue, series.id(), SampleText.value(series.values()[nearest])));
			}
		}
		return NLS.bind(Messages.TrendChart_readout, SampleText.time(Instant.ofEpochMilli((long) time)), values.toString().strip());
	}

	private static int nearest(double[] times, double time) {
		if (times.length == 0) {
			return -1;
		}
		int at = Arrays.binarySearch(times, time);
		if (at >= 0) {
			return at;
		}
		int after = -at - 1;
		if (after == 0) {
			return 0;
		}
		if (after == times.length) {
			return times.length - 1;
		}
		return time - times[after - 1] <= times[after] - time ? after - 1 : after;
	}

	private void paintMarks(GC gc) {
		Rectangle area = chart.getPlotArea().getControl().getBounds();
		gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		if (cursorX >= 0) {
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawLine(cursorX, 0, cursorX, area.height);
		}
		if (dragFrom >= 0 && Math.abs(dragTo - dragFrom) >= DRAG_THRESHOLD) {
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setAlpha(60);
			gc.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.fillRectangle(Math.min(dragFrom, dragTo), 0, Math.abs(dragTo - dragFrom), area.height);
			gc.setAlpha(255);
		}
	}
}
