package org.tagbench.cli.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns cell values into text for tables and CSV. */
final class Cells {

	static final ObjectMapper MAPPER = new ObjectMapper();

	private Cells() {
	}

	/** @return the text of a cell: empty for null, numbers without exponent, lists and maps as JSON */
	static String text(Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof Double d) {
			return d.isNaN() || d.isInfinite() ? d.toString()
					: BigDecimal.valueOf(d.doubleValue()).stripTrailingZeros().toPlainString();
		}
		if (cell instanceof Float f) {
			return text(Double.valueOf(f.toString()));
		}
		if (cell instanceof Map<?, ?> || cell instanceof Collection<?>) {
			try {
				return MAPPER.writeValueAsString(cell);
			} catch (JsonProcessingException e) {
				return cell.toString();
			}
		}
		return cell.toString();
	}
}
