package org.tagbench.core.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;

/**
 * A runtime value of one tag.
 *
 * @param name         the tag name as the server returned it (or as requested when there was no answer)
 * @param value        Boolean, Long, Double, String or null
 * @param dataType     the WinCC data type code (1 = binary), or null when not sent
 * @param quality      the quality, or null when not sent
 * @param timestamp    the time stamp, or null when missing or not parseable
 * @param rawTimestamp the time stamp text as sent, or null
 * @param status       how this item came back
 * @param errorCode    the server's error code (0 = OK)
 * @param errorText    the server's error text, or empty
 * @param failure      the typed error for {@link ItemStatus#ITEM_ERROR}, {@link ItemStatus#NO_DATA} and
 *                     {@link ItemStatus#FAILED}, or null
 * @param extra        fields the server sent that Tagbench does not know, as plain Java values
 */
public record TagValue(String name, Object value, Integer dataType, Quality quality, Instant timestamp,
		String rawTimestamp, ItemStatus status, int errorCode, String errorText, WinccError failure,
		Map<String, Object> extra) {

	public TagValue {
		extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
		errorText = errorText == null ? "" : errorText;
	}

	/** @return a value standing for a name the server did not return, with its meaning and solution */
	public static TagValue noData(String name) {
		return new TagValue(name, null, null, null, null, null, ItemStatus.NO_DATA, 0, "",
				ErrorCatalog.forKind(WinccErrorKind.MISSING_ITEM, name), Map.of());
	}

	/** @return a value standing for a name whose request failed */
	public static TagValue failed(String name, WinccError error) {
		return new TagValue(name, null, null, null, null, null, ItemStatus.FAILED, 0, error.meaning(), error, Map.of());
	}

	/** @return whether the item came back without error */
	public boolean isOk() {
		return status == ItemStatus.OK;
	}
}
