package org.tagbench.core.tests.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.tagbench.core.internal.json.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Derives fuzzing inputs from real answers, reproducibly from a random source: byte flips, deletions,
 * insertions of JSON tokens, truncation, deep nesting, huge numbers, strings and arrays, values of the
 * wrong type, duplicate keys, invalid UTF-8, other encodings and splices of two answers.
 */
final class Mutator {

	/** The largest input produced; beyond it the input is cut. */
	static final int MAX_INPUT = 4 * 1024 * 1024;

	private static final String[] KEYS = { "\"variableName\"", "\"name\"", "\"value\"", "\"values\"",
			"\"variables\"", "\"items\"", "\"archives\"", "\"errorcode\"", "\"error\"", "\"qualitycode\"",
			"\"qualityCode\"", "\"timestamp\"", "\"dataType\"", "\"continuationPoint\"", "\"members\"",
			"\"formatVersion\"", "\"profiles\"", "\"connections\"", "\"tls\"", "\"mode\"", "\"id\"",
			"\"url\"", "\"batchSize\"", "\"fingerprint\"", "\"insecure\"", "\"port\"" };

	private static final String[] TOKENS = { "{", "}", "[", "]", "\"", ":", ",", "null", "true", "false", "0", "-0",
			"-", "1e999", "-1e-999", "1.5e308", "9223372036854775808", "-9223372036854775809", "NaN", "Infinity",
			"0x1F", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\uZZZZ\"", "\\", "\"\"", "{}", "[]",
			"\"PIN\"", "\"/Date(99999999999999999999999)/\"", "\"/Date(-62135596800001+0100)/\"",
			"\"+999999999-12-31T23:59:59Z\"", "\"2026-13-45T99:99:99\"", "\"0x\"", "\"good\"", "1700000000000",
			"-9999999999999999999999999", "/*", "//", "'", "\u00e9", "\ufeff" };

	private static final JsonNode[] VALUES = { JsonNodeFactory.instance.nullNode(),
			JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.numberNode(-1),
			JsonNodeFactory.instance.numberNode(Long.MIN_VALUE), JsonNodeFactory.instance.numberNode(1e308),
			JsonNodeFactory.instance.numberNode(new java.math.BigInteger("9".repeat(60))),
			JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1e-400")),
			JsonNodeFactory.instance.textNode(""), JsonNodeFactory.instance.textNode("x"),
			JsonNodeFactory.instance.textNode("/Date(99999999999999999999)/"),
			JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode() };

	private static final byte[][] INVALID_UTF8 = { { (byte) 0xC0, (byte) 0x80 }, { (byte) 0xFF },
			{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
			{ (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xFE, (byte) 0xFF }, { 0 }, { 0x1B } };

	private static final Charset[] ENCODINGS = { StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
			StandardCharsets.UTF_16, Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"),
			StandardCharsets.ISO_8859_1 };

	private Mutator() {
	}

	/** @return a mutation of {@code seed}, with {@code others} for splices */
	static byte[] mutate(byte[] seed, List<byte[]> others, SplittableRandom random) {
		byte[] data = seed;
		int rounds = 1 + random.nextInt(random.nextInt(8) == 0 ? 8 : 3);
		for (int i = 0; i < rounds; i++) {
			data = once(data, others, random);
			if (data.length > MAX_INPUT) {
				data = Arrays.copyOf(data, MAX_INPUT);
			}
		}
		return data;
	}

	private static byte[] once(byte[] data, List<byte[]> others, SplittableRandom random) {
		int at = data.length == 0 ? 0 : random.nextInt(data.length + 1);
		switch (random.nextInt(18)) {
			case 0 -> {
				if (data.length > 0) {
					byte[] copy = data.clone();
					int i = random.nextInt(copy.length);
					copy[i] ^= (byte) (1 << random.nextInt(8));
					return copy;
				}
				return data;
			}
			case 1 -> {
				if (data.length > 0) {
					byte[] copy = data.clone();
					copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
					return copy;
				}
				return data;
			}
			case 2 -> {
				int length = Math.min(data.length - at, random.nextBoolean() ? 1 + random.nextInt(16)
						: random.nextInt(Math.max(1, data.length / 2)));
				return delete(data, at, length);
			}
			case 3, 4 -> {
				String token = random.nextBoolean() ? TOKENS[random.nextInt(TOKENS.length)] : KEYS[random.nextInt(KEYS.length)];
				return insert(data, at, token.getBytes(StandardCharsets.UTF_8));
			}
			case 5 -> {
				return Arrays.copyOf(data, data.length == 0 ? 0 : random.nextInt(data.length));
			}
			case 6 -> {
				if (data.length == 0) {
					return data;
				}
				int from = random.nextInt(data.length);
				int length = Math.min(data.length - from, 1 + random.nextInt(64));
				return insert(data, at, Arrays.copyOfRange(data, from, from + length));
			}
			case 7 -> {
				return nest(data, at, random);
			}
			case 8 -> {
				return insert(data, at, hugeNumber(random).getBytes(StandardCharsets.US_ASCII));
			}
			case 9 -> {
				int length = random.nextInt(64) == 0 ? 1 << 20 : random.nextInt(4096);
				String text = "\"" + (random.nextBoolean() ? "x" : "\u00fc\u20ac").repeat(length) + "\"";
				return insert(data, at, text.getBytes(StandardCharsets.UTF_8));
			}
			case 10 -> {
				return wrongType(data, random);
			}
			case 11 -> {
				return duplicateKey(data, random);
			}
			case 12 -> {
				return insert(data, at, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
			}
			case 13 -> {
				byte[] other = others.get(random.nextInt(others.size()));
				int cut = other.length == 0 ? 0 : random.nextInt(other.length);
				return concat(Arrays.copyOf(data, at), Arrays.copyOfRange(other, cut, other.length));
			}
			case 14 -> {
				return encoding(data, random);
			}
			case 15 -> {
				int count = random.nextInt(32) == 0 ? 50_000 : random.nextInt(2_000);
				String item = random.nextBoolean() ? "0," : "{\"name\":\"n\"},";
				return insert(data, at, ("[" + item.repeat(count) + "0]").getBytes(StandardCharsets.US_ASCII));
			}
			default -> {
				return tree(data, random);
			}
		}
	}

	private static byte[] nest(byte[] data, int at, SplittableRandom random) {
		int depth = random.nextInt(8) == 0 ? 5_000 + random.nextInt(100_000) : 1 + random.nextInt(1_200);
		boolean objects = random.nextBoolean();
		String open = objects ? "{\"values\":" : "[";
		String close = objects ? "}" : "]";
		boolean closed = random.nextInt(4) != 0;
		byte[] inner = random.nextBoolean() ? data : "1".getBytes(StandardCharsets.US_ASCII);
		byte[] nested = concat(concat(open.repeat(depth).getBytes(StandardCharsets.US_ASCII), inner),
				closed ? close.repeat(depth).getBytes(StandardCharsets.US_ASCII) : new byte[0]);
		return inner == data ? nested : insert(data, at, nested);
	}

	private static String hugeNumber(SplittableRandom random) {
		int digits = random.nextInt(8) == 0 ? 2_000 + random.nextInt(100_000) : 19 + random.nextInt(400);
		StringBuilder number = new StringBuilder(random.nextBoolean() ? "-" : "");
		number.append(1 + random.nextInt(9));
		for (int i = 1; i < digits; i++) {
			number.append((char) ('0' + random.nextInt(10)));
		}
		switch (random.nextInt(4)) {
			case 0 -> number.append('.').append("9".repeat(1 + random.nextInt(400)));
			case 1 -> number.append("e").append(random.nextBoolean() ? "-" : "").append(random.nextInt(Integer.MAX_VALUE));
			default -> {
				// an integer as it is
			}
		}
		return number.toString();
	}

	/** Replaces the value after a random colon with one of another type. */
	private static byte[] wrongType(byte[] data, SplittableRandom random) {
		List<Integer> colons = positionsOf(data, (byte) ':', random);
		if (colons.isEmpty()) {
			return data;
		}
		int start = colons.get(random.nextInt(colons.size())) + 1;
		int end = start;
		int depth = 0;
		boolean inString = false;
		while (end < data.length) {
			byte b = data[end];
			if (inString) {
				if (b == '\\') {
					end++;
				} else if (b == '"') {
					inString = false;
				}
			} else if (b == '"') {
				inString = true;
			} else if (b == '{' || b == '[') {
				depth++;
			} else if (b == '}' || b == ']') {
				if (depth == 0) {
					break;
				}
				depth--;
			} else if (b == ',' && depth == 0) {
				break;
			}
			end++;
		}
		String replacement = VALUES[random.nextInt(VALUES.length)].toString();
		return concat(concat(Arrays.copyOf(data, start), replacement.getBytes(StandardCharsets.UTF_8)),
				Arrays.copyOfRange(data, Math.min(end, data.length), data.length));
	}

	private static byte[] duplicateKey(byte[] data, SplittableRandom random) {
		List<Integer> braces = positionsOf(data, (byte) '{', random);
		if (braces.isEmpty()) {
			return data;
		}
		int at = braces.get(random.nextInt(braces.size())) + 1;
		String key = KEYS[random.nextInt(KEYS.length)];
		String value = VALUES[random.nextInt(VALUES.length)].toString();
		return insert(data, at, (key + ":" + value + "," + key + ":" + value + ",").getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] encoding(byte[] data, SplittableRandom random) {
		return switch (random.nextInt(3)) {
			case 0 -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, data);
			case 1 -> concat(new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 }, data);
			default -> new String(data, StandardCharsets.UTF_8).getBytes(ENCODINGS[random.nextInt(ENCODINGS.length)]);
		};
	}

	/** Parses the input and changes one node of the tree: another type, removed, or duplicated. */
	private static byte[] tree(byte[] data, SplittableRandom random) {
		JsonNode root;
		try {
			root = Json.MAPPER.readTree(data);
		} catch (IOException e) {
			return data;
		}
		if (root == null || !root.isContainerNode()) {
			return data;
		}
		List<JsonNode> containers = new ArrayList<>();
		collect(root, containers, 0);
		JsonNode parent = containers.get(random.nextInt(containers.size()));
		if (parent instanceof ObjectNode object && !object.isEmpty()) {
			List<String> names = new ArrayList<>();
			object.fieldNames().forEachRemaining(names::add);
			String name = names.get(random.nextInt(names.size()));
			switch (random.nextInt(3)) {
				case 0 -> object.remove(name);
				case 1 -> object.set(name, VALUES[random.nextInt(VALUES.length)].deepCopy());
				default -> object.set(name.toUpperCase(java.util.Locale.ROOT), object.get(name).deepCopy());
			}
		} else if (parent instanceof ArrayNode array && !array.isEmpty()) {
			int index = random.nextInt(array.size());
			switch (random.nextInt(3)) {
				case 0 -> array.remove(index);
				case 1 -> array.set(index, VALUES[random.nextInt(VALUES.length)].deepCopy());
				default -> array.add(array.get(index).deepCopy());
			}
		}
		try {
			return Json.MAPPER.writeValueAsBytes(root);
		} catch (IOException e) {
			return data;
		}
	}

	private static void collect(JsonNode node, List<JsonNode> containers, int depth) {
		if (node.isContainerNode() && depth < 64) {
			containers.add(node);
			if (node.isObject()) {
				for (Map.Entry<String, JsonNode> field : node.properties()) {
					collect(field.getValue(), containers, depth + 1);
				}
			} else {
				node.forEach(child -> collect(child, containers, depth + 1));
			}
		}
	}

	private static List<Integer> positionsOf(byte[] data, byte wanted, SplittableRandom random) {
		List<Integer> positions = new ArrayList<>();
		int start = data.length > 8_192 ? random.nextInt(data.length - 8_192) : 0;
		for (int i = start; i < Math.min(data.length, start + 8_192); i++) {
			if (data[i] == wanted) {
				positions.add(i);
			}
		}
		return positions;
	}

	private static byte[] insert(byte[] data, int at, byte[] inserted) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + inserted.length);
		out.write(data, 0, at);
		out.write(inserted, 0, inserted.length);
		out.write(data, at, data.length - at);
		return out.toByteArray();
	}

	private static byte[] delete(byte[] data, int at, int length) {
		return concat(Arrays.copyOf(data, at), Arrays.copyOfRange(data, at + Math.max(0, length), data.length));
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}
}
