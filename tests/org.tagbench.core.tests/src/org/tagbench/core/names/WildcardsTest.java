package org.tagbench.core.names;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WildcardsTest {

	@Test
	void starMatchesAnyRunAndQuestionMarkOneCharacter() {
		assertTrue(Wildcards.matches("*", ""));
		assertTrue(Wildcards.matches("Motor*", "Motor"));
		assertTrue(Wildcards.matches("*.Speed", "P101.Speed"));
		assertTrue(Wildcards.matches("P?01.*", "P101.Speed"));
		assertTrue(Wildcards.matches("*a*b*c", "xxaxxbxxbxc"));
		assertFalse(Wildcards.matches("*a*b*c", "xxaxxbxxbx"));
		assertFalse(Wildcards.matches("P?01", "P1001"));
		assertFalse(Wildcards.matches("Motor", "Motor.Speed"));
		assertFalse(Wildcards.matches("?", ""));
		assertFalse(Wildcards.matches("a", null));
	}

	@Test
	void noPatternMatchesEverything() {
		assertTrue(Wildcards.matches(null, "x"));
		assertTrue(Wildcards.matches("", "x"));
	}

	@Test
	void ignoresCaseAndTakesOtherCharactersLiterally() {
		assertTrue(Wildcards.matches("kühlung.*", "KÜHLUNG.Temperatur"));
		assertTrue(Wildcards.matches("Tank[1]*", "Tank[1].Level"));
		assertFalse(Wildcards.matches("Tank[12]", "Tank1"));
		assertTrue(Wildcards.matches("Tag?", "Tag\uD83D\uDE00"));
		assertFalse(Wildcards.matches("Tag??", "Tag\uD83D\uDE00"));
		assertTrue(Wildcards.matches("\uD83D\uDE00*", "\uD83D\uDE00 smile"));
	}
}
