package org.tagbench.core.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.tagbench.core.errors.ErrorCatalog;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccErrorKind;
import org.tagbench.core.internal.http.MalformedAnswerException;
import org.tagbench.core.model.ArchiveSample;
import org.tagbench.core.model.ArchiveSeries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads logged values of either dialect. The answer shape is not public, so the reader walks the tree:
 * an object with a {@code values} array and a name is one series; an enclosing object with a name and a
 * {@code variables} array names the archive.
 */
public final class ArchiveReaders {

	private ArchiveReaders() {
	}

	/**
	 * Reads the answer of a logged-values query; both request dialects are answered alike.
	 *
	 * @param defaultArchive the archive asked for, used when the answer does not name it
	 * @throws IOException a Jackson parse error or {@link MalformedAnswerException}
	 */
	public static List<ArchiveSeries> series(InputStream body, String defaultArchive) throws IOException {
		return series(Json.MAPPER.readTree(body), defaultArchive);
	}

	/**
	 * @param answer         the parsed answer; null or empty for none
	 * @param defaultArchive the archive asked for, used when the answer does not name it
	 */
	public static List<ArchiveSeries> series(JsonNode answer, String defaultArchive) throws MalformedAnswerException {
		List<ArchiveSeries> result = new ArrayList<>();
		if (answer != null && !answer.isMissingNode() && !answer.isNull()) {
			if (!answer.isContainerNode()) {
				throw new MalformedAnswerException("expected a JSON array or object, found " + answer.getNodeType());
			}
			walk(answer, defaultArchive, result);
		}
		return result;
	}

	private static void walk(JsonNode node, String archive, List<ArchiveSeries> result) {
		if (node.isArray()) {
			node.forEach(child -> walk(child, archive, result));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		String name = Json.text(node, "variableName", "name", "variable");
		JsonNode values = Json.field(node, "values");
		JsonNode variables = Json.field(node, "variables");
		if (variables != null && variables.isArray()) {
			walk(variables, name != null ? name : Json.text(node, "archive", "archiveName") != null
					? Json.text(node, "archive", "archiveName") : archive, result);
		} else if (name != null && (values != null && values.isArray() || hasError(node))) {
			result.add(new ArchiveSeries(Json.text(node, "archive", "archiveName") != null
					? Json.text(node, "archive", "archiveName") : archive, name, samples(values), error(node)));
		} else {
			for (JsonNode child : node) {
				if (child.isContainerNode()) {
					walk(child, archive, result);
				}
			}
		}
	}

	private static List<ArchiveSample> samples(JsonNode values) {
		List<ArchiveSample> samples = new ArrayList<>();
		if (values != null) {
			for (JsonNode value : values) {
				if (value.isObject()) {
					samples.add(ValueReaders.sample((ObjectNode) value));
				}
			}
		}
		return samples;
	}

	private static boolean hasError(JsonNode node) {
		return error(node) != null;
	}

	private static WinccError error(JsonNode node) {
		Long code = Json.number(node, "errorcode");
		String text = Json.text(node, "error", "errorText");
		if (code != null && code != 0 || text != null && !text.isBlank()) {
			return ErrorCatalog.forKind(WinccErrorKind.ITEM_ERROR, text == null || text.isBlank() ? "errorcode " + code : text);
		}
		return null;
	}
}
