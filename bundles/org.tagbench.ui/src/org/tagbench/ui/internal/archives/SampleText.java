package org.tagbench.ui.internal.archives;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.tagbench.core.model.ArchiveSample;
import org.tagbench.core.model.Quality;

/** How the view shows a logged value, its quality and time, and how the chart plots it. */
public final class SampleText {

	/** Local time to the millisecond, as the table and the cursor readout show it. */
	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private SampleText() {
	}

	/** @return the time in local time, the raw text when it could not be parsed, or an empty text */
	public static String time(ArchiveSample sample) {
		if (sample.timestamp() != null) {
			return TIME.format(sample.timestamp());
		}
		return sample.rawTimestamp() == null ? "" : sample.rawTimestamp(); //$NON-NLS-1$
	}

	/** @return the time in local time */
	public static String time(Instant instant) {
		return TIME.format(instant);
	}

	/** @return the value as text; an empty text for none */
	public static String value(Object value) {
		if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)
				&& Math.abs(number) < 1e15) {
			return Long.toString(number.longValue());
		}
		return value == null ? "" : String.valueOf(value); //$NON-NLS-1$
	}

	/** @return the quality as the server sent it, or an empty text */
	public static String quality(Quality quality) {
		return quality == null ? "" : quality.raw(); //$NON-NLS-1$
	}

	/** @return the value as the chart plots it: numbers as they are, booleans as 1 and 0, else NaN */
	public static double number(Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof Boolean flag) {
			return flag ? 1 : 0;
		}
		if (value instanceof String text) {
			try {
				return Double.parseDouble(text.strip());
			} catch (NumberFormatException e) {
				return Double.NaN;
			}
		}
		return Double.NaN;
	}
}
