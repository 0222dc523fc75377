package org.tagbench.core.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the answers of writes ({@code PUT tagManagement/Value(s)}): an item failed when it carries a
 * non-zero {@code errorcode} or a non-empty {@code error}.
 */
public final class WriteOutcomes {

	private static final List<String> RESULT_KEYS = List.of("values", "results", "items", "variables");

	/**
	 * The outcome of one written item.
	 *
	 * @param name  the tag name the server reported, or null
	 * @param error the refusal, or null when the item was accepted
	 */
	public record Outcome(String name, WinccError error) {
	}

	private WriteOutcomes() {
	}

	/**
	 * @return the refusal in the answer to a single write, or null when it was accepted
	 * @throws IOException a Jackson parse error
	 */
	public static WinccError one(InputStream body) throws IOException {
		JsonNode answer = Json.MAPPER.readTree(body);
		if (answer == null || answer.isMissingNode() || answer.isNull()) {
			return null;
		}
		if (answer.isObject()) {
			return outcome((ObjectNode) answer).error();
		}
		for (JsonNode item : answer) {
			if (item.isObject() && outcome((ObjectNode) item).error() != null) {
				return outcome((ObjectNode) item).error();
			}
		}
		return null;
	}

	/**
	 * @return the outcome of every item in the answer to a bulk write
	 * @throws IOException a Jackson parse error or {@link org.tagbench.core.internal.http.MalformedAnswerException}
	 */
	public static List<Outcome> many(InputStream body, IProgressMonitor monitor) throws IOException {
		return JsonItems.read(body, RESULT_KEYS, WriteOutcomes::outcome, monitor).items();
	}

	/** @return the outcome of one item */
	public static Outcome outcome(ObjectNode item) {
		String name = Json.text(item, "variableName", "name");
		Long code = Json.number(item, "errorcode");
		String text = Json.text(item, "error", "errorText", "errorMessage");
		boolean failed = code != null && code != 0 || text != null && !text.isBlank();
		return new Outcome(name, failed ? ErrorCatalog.forKind(WinccErrorKind.ITEM_ERROR,
				text == null || text.isBlank() ? "errorcode " + code : text) : null);
	}
}
