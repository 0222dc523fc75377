package org.tagbench.ui.internal.tags;

import org.tagbench.core.model.TagValue;

/**
 * A CSV row checked against the runtime: the tag's current value and the value to send, or why the
 * row is left out.
 *
 * @param row     the row as read from the file
 * @param current the tag's current value, or null when it was not read
 * @param value   the value to send (checked against the tag's type and limits when its configuration is
 *                known), or null when the row is left out
 * @param problem why the row is left out, or null
 */
public record CsvWriteRow(CsvRow row, TagValue current, Object value, String problem) {

	/** @return whether the row will be written */
	public boolean isValid() {
		return problem == null;
	}

	/** @return the tag name as it is sent */
	public String name() {
		return row.name().normalized();
	}
}
