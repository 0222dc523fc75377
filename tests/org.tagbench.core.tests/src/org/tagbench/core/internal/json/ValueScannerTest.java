package org.tagbench.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.tagbench.core.model.ItemStatus;
import org.tagbench.core.model.TagValue;

/**
 * The byte scanner of value answers against the general reader: for every answer it maps, the values are
 * equal to those the general reader makes; every other answer it leaves to the general reader.
 */
class ValueScannerTest {

	/** Items as the simulator sends them, in each of its variants. */
	private static final String SIMULATOR = """
			[{"variableName":"Area0001_Tag000001","value":87.829216,"dataType":8,"timestamp":"2026-11-25T18:46:35.600Z","qualitycode":192,"errorcode":0,"error":""},\
			{"variableName":"Area0001_Tag000002","value":17.64517533444343,"dataType":9,"timestamp":"2026-11-25T18:46:35.406Z","qualityCode":192,"errorcode":0,"error":""},\
			{"variableName":"Area0001_Tag000003","value":-68,"dataType":4,"timestamp":"2026-11-25T18:46:35.600Z","qualitycode":64,"errorcode":0,"error":""},\
			{"variableName":"Area0001_Tag000005","value":true,"dataType":1,"timestamp":"2026-11-25T18:46:35.406Z","qualitycode":192,"errorcode":0,"error":""},\
			{"variableName":"Area0001_Tag000006","value":0,"dataType":1,"timestamp":"2026-11-25T18:46:27.406Z","qualitycode":192,"errorcode":0,"error":""},\
			{"variableName":"Label","value":"Hallo Welt","dataType":10,"timestamp":"2026-11-25T18:46:27.406Z","qualitycode":192,"errorcode":0,"error":""},\
			{"variableName":"Missing_1","value":null,"dataType":0,"timestamp":"2026-11-25T18:46:36Z","qualitycode":0,"errorcode":1,"error":"Variable 'Missing_1' not found."}]
			""";

	/** Shapes of the common form: the scanner maps them. */
	private static final List<String> SCANNED = List.of(SIMULATOR,
			"[]",
			" \n[ {\t\"variableName\" : \"A\" ,\r\n \"value\" : 1.5e3 } ]\n ",
			"[{\"VariableName\":\"A\",\"Value\":false,\"DataType\":2,\"QualityCode\":300,\"TimeStamp\":\"2026-01-01T10:00:00+01:00\"}]",
			"[{\"variableName\":\"E\",\"value\":\"text\",\"VALUE\":\"other\",\"value\":\"last\",\"errorText\":\"\"}]",
			"[{\"VALUE\":\"first\",\"Value\":\"second\",\"name\":\"F\"}]",
			"[{\"tagName\":\"D\",\"variableName\":null,\"name\":null,\"quality\":-1,\"errorcode\":0,\"errorMessage\":\"broken\"}]",
			"[{\"variableName\":\"G\"},{\"variableName\":\"H\",\"value\":-0,\"time\":\"yesterday\"},{\"variableName\":\"I\",\"value\":-0.0}]",
			"[{\"variableName\":\"J\",\"value\":123456789012345678,\"dataType\":-2147483648,\"errorcode\":7}]",
			"[{\"variableName\":\"K\",\"value\":1e400,\"error\":\"  \",\"errorcode\":0,\"timestamp\":\"1700000000000\"}]",
			"[{\"variableName\":\"\",\"value\":0.1,\"timestamp\":null,\"error\":null,\"error\":\"late\"}]",
			"[{\"variableName\":\"Kühlung.Temperatur\",\"value\":\"Grüße aus Köln € \uD83D\uDE00\",\"error\":\"\u2028\"}]");

	/** Other shapes: the general reader maps them (or fails on them). */
	private static final List<String> LEFT_TO_THE_READER = List.of(
			"{\"values\":[{\"variableName\":\"A\",\"value\":1}]}",
			"[{\"variableName\":\"A\",\"value\":1,\"vendor\":\"x\"}]",
			"[{\"variableName\":\"A\",\"value\":{\"nested\":true}}]",
			"[{\"variableName\":\"A\\\"B\",\"value\":1}]",
			"[{\"variableName\":\"A\",\"timestamp\":\"2026-01-01T10:00:00Z\u00a0\"}]",
			"[{\"variableName\":\"A\",\"välue\":1}]",
			"[{\"variableName\":\"A\",\"qualitycode\":\"192\"}]",
			"[{\"variableName\":\"A\",\"quality\":\"good\"}]",
			"[{\"variableName\":\"A\",\"dataType\":\"4\",\"errorcode\":\"0\"}]",
			"[{\"variableName\":\"A\",\"time\":1767261600000}]",
			"[{\"variableName\":\"A\",\"value\":12345678901234567890}]",
			"[{\"variableName\":\"A\",\"dataType\":2147483648}]",
			"[{\"variableName\":\"A\",\"qualitycode\":192.0}]",
			"[null,{\"variableName\":\"A\"}]",
			"[\"A\"]",
			"\uFEFF[{\"variableName\":\"A\"}]",
			"",
			"null");

	/** Malformed answers: the scanner leaves them, the general reader fails. */
	private static final List<String> MALFORMED = List.of(
			"[{\"variableName\":\"A\",\"value\":1},",
			"[{\"variableName\":\"A\",\"value\":1,}]",
			"[{\"variableName\":\"A\",\"value\":01}]",
			"[{\"variableName\":\"A\",\"value\":1.}]",
			"[{\"variableName\":\"A\",\"value\":-}]",
			"[{\"variableName\":\"A\",\"value\":tru}]",
			"[{\"variableName\":\"A\",\"value\":1}] x",
			"[{\"variableName\":\"A\",\"value\":\"a\tb\"}]",
			"[{\"value\":1}]",
			"[{}]",
			"42");

	private static List<TagValue> general(byte[] answer) throws IOException {
		return JsonItems.read(new ByteArrayInputStream(answer), List.of("values", "variables", "items"),
				ValueReaders.tagValues(), new NullProgressMonitor()).items();
	}

	private static List<TagValue> scanned(byte[] answer, List<String> expected) {
		return new ValueScanner(answer, expected == null ? null : NamesBody.of(expected)).scan(new NullProgressMonitor());
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void commonFormIsScannedToTheValuesOfTheGeneralReader() throws IOException {
		for (String answer : SCANNED) {
			List<TagValue> scanned = scanned(utf8(answer), null);
			assertNotNull(scanned, answer);
			assertEquals(general(utf8(answer)), scanned, answer);
			assertEquals(scanned, ValueReaders.values(new ByteArrayInputStream(utf8(answer)), new NullProgressMonitor()));
		}
		List<TagValue> simulator = scanned(utf8(SIMULATOR), null);
		assertEquals(ItemStatus.ITEM_ERROR, simulator.get(6).status());
		assertEquals("Variable 'Missing_1' not found.", simulator.get(6).errorText());
		assertTrue(simulator.get(1).quality().isGood(), "qualityCode in camel case");
		assertEquals(Long.valueOf(-68), simulator.get(2).value());
		assertEquals("last", scanned(utf8(SCANNED.get(4)), null).get(0).value(), "the spelling as listed wins");
		assertEquals("first", scanned(utf8(SCANNED.get(5)), null).get(0).value(), "among other casings the first");
	}

	@Test
	void otherShapesAreLeftToTheGeneralReader() throws IOException {
		for (String answer : LEFT_TO_THE_READER) {
			assertNull(scanned(utf8(answer), null), answer);
			assertEquals(general(utf8(answer)), ValueReaders.values(new ByteArrayInputStream(utf8(answer)),
					new NullProgressMonitor()), answer);
		}
		assertEquals("x", ValueReaders.values(new ByteArrayInputStream(utf8(LEFT_TO_THE_READER.get(1))),
				new NullProgressMonitor()).get(0).extra().get("vendor"), "unknown fields are kept");
		for (String answer : MALFORMED) {
			assertNull(scanned(utf8(answer), null), answer);
			assertThrows(IOException.class, () -> ValueReaders.values(new ByteArrayInputStream(utf8(answer)),
					new NullProgressMonitor()), answer);
		}
	}

	@Test
	void bytesThatAreNotWellFormedUtf8AreLeftToTheGeneralReader() throws IOException {
		byte[][] broken = { { (byte) 0xC0, (byte) 0xAF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
				{ (byte) 0xE2, (byte) 0x82 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0x80 },
				{ (byte) 0xFF }, { (byte) 0xE0, (byte) 0x80, (byte) 0x80 }, { (byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80 } };
		for (byte[] bytes : broken) {
			byte[] answer = concat(utf8("[{\"variableName\":\"A"), bytes, utf8("B\"}]"));
			assertNull(scanned(answer, null), Arrays.toString(bytes));
		}
		byte[] wellFormed = concat(utf8("[{\"variableName\":\"A"), new byte[] { (byte) 0xF4, (byte) 0x8F, (byte) 0xBF,
				(byte) 0xBF, (byte) 0xE0, (byte) 0xA0, (byte) 0x80, (byte) 0xC2, (byte) 0x80 }, utf8("B\"}]"));
		assertEquals(general(wellFormed), scanned(wellFormed, null));
	}

	private static byte[] concat(byte[]... parts) {
		byte[] all = new byte[0];
		for (byte[] part : parts) {
			int length = all.length;
			all = Arrays.copyOf(all, length + part.length);
			System.arraycopy(part, 0, all, length, part.length);
		}
		return all;
	}

	@Test
	void expectedNamesAreSharedWhenTheItemHasThem() {
		List<String> expected = List.of(new String("Area0001_Tag000001"), "Area0001_Tag000003", "Other");
		List<TagValue> values = scanned(utf8(SIMULATOR), expected);
		assertSame(expected.get(0), values.get(0).name());
		assertEquals("Area0001_Tag000002", values.get(1).name(), "another name at that position is the item's");
		assertEquals(scanned(utf8(SIMULATOR), null), values);
		String umlauts = SCANNED.get(SCANNED.size() - 1);
		List<String> german = List.of(new String("Kühlung.Temperatur"));
		assertSame(german.get(0), scanned(utf8(umlauts), german).get(0).name());
		List<String> writtenByJackson = List.of(new String("A\u007fB"), new String("A\u007fC"));
		List<TagValue> control = scanned(utf8("[{\"variableName\":\"A\u007fB\",\"value\":1},{\"variableName\":\"A\u007fD\",\"value\":2}]"),
				writtenByJackson);
		assertSame(writtenByJackson.get(0), control.get(0).name(), "a name the body has escaped is compared by its characters");
		assertEquals("A\u007fD", control.get(1).name());
	}

	@Test
	void cancellationIsCheckedBetweenItems() {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> new ValueScanner(utf8(SIMULATOR), null).scan(cancelled));
	}

	/**
	 * Mutated answers (bytes replaced, inserted or removed, with a bias to JSON's own characters), scanned
	 * with or without the names asked for: whenever the scanner maps one, the general reader maps it to the
	 * same values.
	 */
	@Test
	void mutatedAnswersAreScannedToTheSameValuesOrLeft() throws IOException {
		byte[] alphabet = concat(utf8("{}[]\",:\\ -+.0123456789eEtrufalsn\t\nAZaz\u00e4\u20ac\uD83D\uDE00"),
				new byte[] { (byte) 0x80, (byte) 0x9F, (byte) 0xA0, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2, (byte) 0xE0,
						(byte) 0xED, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF });
		List<byte[]> seeds = new ArrayList<>();
		for (String answer : SCANNED) {
			seeds.add(utf8(answer));
		}
		List<List<String>> askedFor = new ArrayList<>();
		for (byte[] seed : seeds) {
			askedFor.add(general(seed).stream().map(TagValue::name).toList());
		}
		Random random = new Random(20261125);
		int scannedCount = 0;
		for (int run = 0; run < 20_000; run++) {
			int seed = random.nextInt(seeds.size());
			byte[] answer = seeds.get(seed);
			for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
				answer = mutate(answer, random, alphabet);
			}
			List<TagValue> scanned = scanned(answer, run % 2 == 0 ? null : askedFor.get(seed));
			if (scanned != null) {
				scannedCount++;
				String text = new String(answer, StandardCharsets.UTF_8);
				assertEquals(general(answer), scanned, text);
			}
		}
		assertTrue(scannedCount > 1_000, "mutations the scanner mapped: " + scannedCount);
	}

	private static byte[] mutate(byte[] answer, Random random, byte[] alphabet) {
		int at = answer.length == 0 ? 0 : random.nextInt(answer.length);
		byte b = alphabet[random.nextInt(alphabet.length)];
		return switch (random.nextInt(3)) {
			case 0 -> {
				byte[] replaced = answer.clone();
				if (replaced.length > 0) {
					replaced[at] = b;
				}
				yield replaced;
			}
			case 1 -> {
				byte[] inserted = Arrays.copyOf(answer, answer.length + 1);
				System.arraycopy(answer, at, inserted, at + 1, answer.length - at);
				inserted[at] = b;
				yield inserted;
			}
			default -> {
				if (answer.length == 0) {
					yield answer;
				}
				byte[] removed = new byte[answer.length - 1];
				System.arraycopy(answer, 0, removed, 0, at);
				System.arraycopy(answer, at + 1, removed, at, answer.length - at - 1);
				yield removed;
			}
		};
	}
}
