package org.tagbench.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NamesBodyTest {

	private static byte[] jackson(List<String> names) throws IOException {
		return Json.MAPPER.writeValueAsBytes(Map.of("variableNames", names));
	}

	@Test
	void bodiesAreWrittenAsJacksonWritesThem() throws IOException {
		List<String> names = List.of("Area0001_Tag000001", "Motor.Speed", "Kühlung.Temperatur", "A\"B", "C\\D",
				"tab\there", "line\nbreak", "\u0001", "emoji \uD83D\uDE00", "~ and \u007F", "");
		assertArrayEquals(jackson(names), NamesBody.of(names).bytes());
		for (String name : names) {
			assertArrayEquals(jackson(List.of(name)), NamesBody.of(List.of(name)).bytes(), name);
		}
		assertArrayEquals(jackson(List.of()), NamesBody.of(List.of()).bytes());
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			many.add(i % 7 == 0 ? "Größe_" + i : "Area0001_Tag" + "0".repeat(i % 40) + i);
		}
		assertArrayEquals(jackson(many), NamesBody.of(many).bytes());
	}
}
