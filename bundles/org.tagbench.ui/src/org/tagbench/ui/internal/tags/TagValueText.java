package org.tagbench.ui.internal.tags;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;
import org.tagbench.core.model.Quality;
import org.tagbench.core.model.TagValue;
import org.tagbench.ui.internal.Messages;

/** How a tag's value, quality and timestamp read in the Tags view and the Properties view. */
public final class TagValueText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private TagValueText() {
	}

	/** @return the value as text, or what kept it from being read */
	public static String value(TagValue value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (value.status()) {
		case OK -> String.valueOf(value.value());
		case NO_DATA -> Messages.TagValue_noData;
		case ITEM_ERROR -> NLS.bind(Messages.TagValue_itemError, value.errorText());
		case FAILED -> NLS.bind(Messages.TagValue_failed, value.errorText());
		};
	}

	/** @return what a value that could not be read means and what to do, or null for a value read well */
	public static String problem(TagValue value) {
		if (value == null || value.isOk() || value.failure() == null) {
			return null;
		}
		return NLS.bind(Messages.TagValue_problem, value.failure().meaning(), value.failure().solution());
	}

	/** @return the quality as a word and its code, e.g. "good (192)" */
	public static String quality(TagValue value) {
		Quality quality = value == null ? null : value.quality();
		if (quality == null) {
			return ""; //$NON-NLS-1$
		}
		String word = quality.isGood() ? Messages.TagValue_good
				: quality.isUncertain() ? Messages.TagValue_uncertain : Messages.TagValue_bad;
		return NLS.bind(Messages.TagValue_quality, word, Integer.valueOf(quality.code()));
	}

	/** @return the timestamp in local time, or the raw text when the server's format was not understood */
	public static String timestamp(TagValue value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value.timestamp() != null) {
			return TIME.format(value.timestamp());
		}
		return value.rawTimestamp() == null ? "" : value.rawTimestamp(); //$NON-NLS-1$
	}
}
