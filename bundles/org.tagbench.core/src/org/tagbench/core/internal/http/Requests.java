package org.tagbench.core.internal.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.internal.json.Json;
import org.tagbench.core.internal.json.JsonItems;
import org.tagbench.core.model.Page;

import com.fasterxml.jackson.databind.JsonNode;

/** Common request shapes: a page of a paged list, a single entry, a JSON body. */
public final class Requests {

	private static final List<String> LIST_KEYS = List.of("items", "values", "variables", "connections", "groups",
			"structureTypes", "structureVariables", "archives", "timers", "messages", "messageClasses",
			"messageTypes", "messageGroups", "messageBlocks", "limitValues", "results", "data");

	private final HttpTransport transport;

	public Requests(HttpTransport transport) {
		this.transport = transport;
	}

	public HttpTransport transport() {
		return transport;
	}

	/**
	 * Fetches one page of a paged list ({@code itemLimit}, {@code continuationPoint}).
	 *
	 * @param continuationPoint the token of the page, or null for the first
	 * @param itemLimit         items per page; 0 or less leaves the choice to the server
	 */
	public <T> Page<T> page(RequestSpec spec, String continuationPoint, int itemLimit, JsonItems.ItemMapper<T> mapper,
			IProgressMonitor monitor) throws WinccException {
		Map<String, String> query = new java.util.LinkedHashMap<>(spec.query());
		if (itemLimit > 0) {
			query.put("itemLimit", Integer.toString(itemLimit));
		}
		if (continuationPoint != null && !continuationPoint.isEmpty()) {
			query.put("continuationPoint", continuationPoint);
		}
		return transport.execute(spec.withQuery(query), pageReader(mapper), monitor);
	}

	/** @return the reader of one page of a paged list: its items and the continuation point */
	public static <T> AnswerReader<Page<T>> pageReader(JsonItems.ItemMapper<T> mapper) {
		return (body, monitor) -> {
			JsonItems.Answer<T> answer = JsonItems.read(body, LIST_KEYS, mapper, monitor);
			JsonNode next = answer.top("continuationPoint");
			String token = next == null || next.isNull() || next.asText().isEmpty() ? null : next.asText();
			return new Page<>(answer.items(), token);
		};
	}

	/** @return the reader of a list answer */
	public static <T> AnswerReader<List<T>> listReader(JsonItems.ItemMapper<T> mapper) {
		return (body, monitor) -> JsonItems.read(body, LIST_KEYS, mapper, monitor).items();
	}

	/** @return the reader of a single entry; an answer holding no entry is malformed */
	public static <T> AnswerReader<T> singleReader(JsonItems.ItemMapper<T> mapper) {
		return (body, monitor) -> {
			List<T> items = JsonItems.read(body, LIST_KEYS, mapper, monitor).items();
			if (items.isEmpty()) {
				throw new MalformedAnswerException("the answer holds no entry");
			}
			return items.get(0);
		};
	}

	/** Fetches every item of a list answer, without paging. */
	public <T> List<T> list(RequestSpec spec, JsonItems.ItemMapper<T> mapper, IProgressMonitor monitor)
			throws WinccException {
		return transport.execute(spec, listReader(mapper), monitor);
	}

	/**
	 * Fetches a single entry; an answer holding no entry is malformed.
	 */
	public <T> T single(RequestSpec spec, JsonItems.ItemMapper<T> mapper, IProgressMonitor monitor)
			throws WinccException {
		return transport.execute(spec, singleReader(mapper), monitor);
	}

	/** @return the value serialised as JSON */
	public static byte[] json(Object value) {
		try {
			return Json.MAPPER.writeValueAsBytes(value);
		} catch (IOException e) {
			throw new IllegalArgumentException("value cannot be written as JSON: " + value, e);
		}
	}
}
