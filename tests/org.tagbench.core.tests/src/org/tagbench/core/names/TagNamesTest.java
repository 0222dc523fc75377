package org.tagbench.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TagNamesTest {

	@Test
	void normalNameIsUnchanged() {
		NameChange change = TagNames.normalize("Motor_1.Speed[2]");
		assertEquals("Motor_1.Speed[2]", change.normalized());
		assertFalse(change.changed());
	}

	@Test
	void bomIsStrippedAndReported() {
		NameChange change = TagNames.normalize("\uFEFFTank_Level");
		assertEquals("Tank_Level", change.normalized());
		assertEquals(Set.of(ChangeKind.BOM_REMOVED), change.kinds());
	}

	@Test
	void zeroWidthCharactersAreStripped() {
		NameChange change = TagNames.normalize("Tank\u200B_Le\u200Dvel\u2060");
		assertEquals("Tank_Level", change.normalized());
		assertEquals(Set.of(ChangeKind.ZERO_WIDTH_REMOVED), change.kinds());
	}

	@Test
	void fullWidthDotIsFolded() {
		NameChange change = TagNames.normalize("Motor\uFF0ESpeed");
		assertEquals("Motor.Speed", change.normalized());
		assertTrue(change.kinds().contains(ChangeKind.COMPATIBILITY_FOLDED));
	}

	@Test
	void whitespaceIsTrimmed() {
		NameChange change = TagNames.normalize("  Pump \t");
		assertEquals("Pump", change.normalized());
		assertEquals(Set.of(ChangeKind.WHITESPACE_TRIMMED), change.kinds());
	}

	@Test
	void nonAsciiAndServerPrefixAreKept() {
		assertEquals("Server::Kühlung.Temperatur", TagNames.normalize("Server::Kühlung.Temperatur").normalized());
	}

	@Test
	void normalizeAllDropsEmptiesAndDuplicates() {
		List<NameChange> all = TagNames.normalizeAll(List.of("A", "\uFEFFA", "", "\u200B", "B"));
		assertEquals(List.of("A", "B"), all.stream().map(NameChange::normalized).toList());
	}
}
