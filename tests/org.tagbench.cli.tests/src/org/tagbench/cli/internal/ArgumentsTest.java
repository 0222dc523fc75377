package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

	private static final Options OPTIONS = new Options(Set.of("--yes"), Set.of("--tag", "--max"));

	@Test
	void separatesOptionsFromPositionals() throws Exception {
		Arguments a = Arguments.parse(new String[] { "A", "--tag", "T1", "--yes", "B", "--tag=T2", "--", "--max" }, OPTIONS);
		assertEquals(List.of("A", "B", "--max"), a.positionals());
		assertEquals(List.of("T1", "T2"), a.values("--tag"));
		assertEquals("T2", a.value("--tag"));
		assertTrue(a.flag("--yes"));
	}

	@Test
	void valuesMayLookLikeNegativeNumbers() throws Exception {
		Arguments a = Arguments.parse(new String[] { "--tag", "-1h", "-" }, OPTIONS);
		assertEquals("-1h", a.value("--tag"));
		assertEquals(List.of("-"), a.positionals());
	}

	@Test
	void reportsMistakes() {
		assertThrows(UsageException.class, () -> Arguments.parse(new String[] { "--tag" }, OPTIONS));
		assertThrows(UsageException.class, () -> Arguments.parse(new String[] { "--yes=no" }, OPTIONS));
		assertThrows(UsageException.class, () -> Arguments.parse(new String[] { "--nope" }, OPTIONS));
		assertThrows(UsageException.class, () -> Arguments.parse(new String[] { "--password", "x" }, OPTIONS));
	}

	@Test
	void numbersAreChecked() throws Exception {
		assertEquals(7, Arguments.parse(new String[] { "--max", "7" }, OPTIONS).number("--max", 0, 1));
		assertEquals(3, Arguments.parse(new String[0], OPTIONS).number("--max", 3, 1));
		Arguments zero = Arguments.parse(new String[] { "--max", "0" }, OPTIONS);
		assertThrows(UsageException.class, () -> zero.number("--max", 0, 1));
		Arguments text = Arguments.parse(new String[] { "--max", "x" }, OPTIONS);
		assertThrows(UsageException.class, () -> text.number("--max", 0, 1));
		assertFalse(Arguments.parse(new String[0], OPTIONS).flag("--yes"));
	}
}
