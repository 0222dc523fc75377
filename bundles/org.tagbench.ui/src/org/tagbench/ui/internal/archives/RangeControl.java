package org.tagbench.ui.internal.archives;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The bar above the trend: the time range (last 10 minutes, hour, day, or custom from and to), the most
 * values per variable, the Query button and the Live check box.
 */
public final class RangeControl {

	/** Widget ids, for tests. */
	public static final String RANGE_ID = "archives.range"; //$NON-NLS-1$
	public static final String MAX_ID = "archives.max"; //$NON-NLS-1$
	public static final String QUERY_ID = "archives.query"; //$NON-NLS-1$
	public static final String LIVE_ID = "archives.live"; //$NON-NLS-1$

	/** The ranges offered, in the order of the combo; the last one is custom. */
	private static final Duration[] LAST = { Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofDays(1) };
	/** The index of "Last hour", the range shown first. */
	public static final int LAST_HOUR = 1;
	/** The index of "Custom". */
	public static final int CUSTOM = LAST.length;
	static final int DEFAULT_MAX_VALUES = 1000;

	private final Composite control;
	private final Combo range;
	private final DateTime fromDate;
	private final DateTime fromTime;
	private final DateTime toDate;
	private final DateTime toTime;
	private final Spinner max;
	private final Button query;
	private final Button live;

	/**
	 * @param onQuery run when the user asks for a query
	 * @param onLive  run when the Live check box changes
	 */
	public RangeControl(Composite parent, Runnable onQuery, Runnable onLive) {
		control = new Composite(parent, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.center = true;
		rows.wrap = true;
		rows.marginTop = 2;
		rows.marginBottom = 2;
		control.setLayout(rows);
		range = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
		range.setItems(Messages.RangeControl_last10Minutes, Messages.RangeControl_lastHour, Messages.RangeControl_lastDay,
				Messages.RangeControl_custom);
		range.select(LAST_HOUR);
		range.setData(EmptyState.WIDGET_ID, RANGE_ID);
		new Label(control, SWT.NONE).setText(Messages.RangeControl_from);
		fromDate = new DateTime(control, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN);
		fromTime = new DateTime(control, SWT.TIME | SWT.MEDIUM);
		new Label(control, SWT.NONE).setText(Messages.RangeControl_to);
		toDate = new DateTime(control, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN);
		toTime = new DateTime(control, SWT.TIME | SWT.MEDIUM);
		new Label(control, SWT.NONE).setText(Messages.RangeControl_maxValues);
		max = new Spinner(control, SWT.BORDER);
		max.setValues(DEFAULT_MAX_VALUES, TimeRange.MIN_VALUES, TimeRange.MAX_VALUES, 0, 100, 1000);
		max.setToolTipText(Messages.RangeControl_maxValuesTip);
		max.setData(EmptyState.WIDGET_ID, MAX_ID);
		query = new Button(control, SWT.PUSH);
		query.setText(Messages.RangeControl_query);
		query.setData(EmptyState.WIDGET_ID, QUERY_ID);
		live = new Button(control, SWT.CHECK);
		live.setText(Messages.RangeControl_live);
		live.setToolTipText(Messages.RangeControl_liveTip);
		live.setData(EmptyState.WIDGET_ID, LIVE_ID);
		range.addListener(SWT.Selection, e -> rangeChanged());
		query.addListener(SWT.Selection, e -> onQuery.run());
		max.addListener(SWT.DefaultSelection, e -> onQuery.run());
		live.addListener(SWT.Selection, e -> onLive.run());
		setCustom(Instant.now().minus(LAST[LAST_HOUR]), Instant.now());
		rangeChanged();
	}

	/** @return the bar */
	public Composite getControl() {
		return control;
	}

	private void rangeChanged() {
		boolean custom = range.getSelectionIndex() == CUSTOM;
		for (DateTime field : new DateTime[] { fromDate, fromTime, toDate, toTime }) {
			field.setEnabled(custom);
		}
		if (!custom) {
			TimeRange shown = current();
			setCustom(shown.from(), shown.to());
		}
	}

	/** Selects one of the ranges offered ({@link #LAST_HOUR}, {@link #CUSTOM}, ...). */
	public void select(int index) {
		range.select(index);
		rangeChanged();
	}

	/** Sets the custom range's from and to (in the local time zone, to the second). */
	public void setCustom(Instant from, Instant to) {
		set(fromDate, fromTime, from);
		set(toDate, toTime, to);
	}

	/** Sets the most values per variable. */
	public void setMaxValues(int maxValues) {
		max.setSelection(maxValues);
	}

	/** @return the range as chosen now: a "last ..." range ends now */
	public TimeRange current() {
		int index = range.getSelectionIndex();
		if (index >= 0 && index < LAST.length) {
			return TimeRange.last(LAST[index], max.getSelection());
		}
		return new TimeRange(get(fromDate, fromTime), get(toDate, toTime), max.getSelection());
	}

	/** @return whether the Live check box is on */
	public boolean isLive() {
		return live.getSelection();
	}

	/** Switches the Live check box without running its action. */
	public void setLive(boolean on) {
		live.setSelection(on);
	}

	private static void set(DateTime date, DateTime time, Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
		date.setDate(local.getYear(), local.getMonthValue() - 1, local.getDayOfMonth());
		time.setTime(local.getHour(), local.getMinute(), local.getSecond());
	}

	private static Instant get(DateTime date, DateTime time) {
		return LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(), time.getMinutes(),
				time.getSeconds()).atZone(ZoneId.systemDefault()).toInstant();
	}
}
