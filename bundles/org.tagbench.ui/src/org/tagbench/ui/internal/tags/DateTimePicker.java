package org.tagbench.ui.internal.tags;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.model.TagValue;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * A date and a time picker (local time, to the second) for a date/time tag. The ISO text field stays
 * the value that is checked and sent: picking puts the instant there in UTC.
 */
final class DateTimePicker {

	private final DateTime date;
	private final DateTime time;
	private final Text target;

	/** Starts at the tag's current value when it is a date/time, else now. */
	DateTimePicker(Composite parent, String dateId, String timeId, Text target, TagValue current) {
		this.target = target;
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
		date = new DateTime(row, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN);
		date.setData(EmptyState.WIDGET_ID, dateId);
		time = new DateTime(row, SWT.TIME | SWT.MEDIUM);
		time.setData(EmptyState.WIDGET_ID, timeId);
		new Label(row, SWT.NONE).setText(Messages.WriteValueDialog_localTime);
		ZonedDateTime start = initial(current).atZone(ZoneId.systemDefault());
		date.setDate(start.getYear(), start.getMonthValue() - 1, start.getDayOfMonth());
		time.setTime(start.getHour(), start.getMinute(), start.getSecond());
		date.addListener(SWT.Selection, e -> picked());
		time.addListener(SWT.Selection, e -> picked());
	}

	private void picked() {
		LocalDateTime local = LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(),
				time.getMinutes(), time.getSeconds());
		target.setText(local.atZone(ZoneId.systemDefault()).toInstant().toString());
	}

	private static Instant initial(TagValue current) {
		if (current != null && current.value() != null) {
			try {
				return Instant.parse(String.valueOf(current.value()));
			} catch (DateTimeException e) {
				return Instant.now();
			}
		}
		return Instant.now();
	}
}
