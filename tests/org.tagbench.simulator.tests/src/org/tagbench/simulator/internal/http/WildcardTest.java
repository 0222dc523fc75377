package org.tagbench.simulator.internal.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WildcardTest {

    private static boolean matches(String pattern, String name) {
        return Wildcard.compile(pattern).matches(name);
    }

    @Test
    void starMatchesAnyRunAndQuestionMarkOneCharacter() {
        assertTrue(matches("*", ""));
        assertTrue(matches("*", "Any name"));
        assertTrue(matches("Motor*", "Motor"));
        assertTrue(matches("Motor*", "Motor.Speed"));
        assertTrue(matches("*.Speed", "P101.Speed"));
        assertTrue(matches("P?01.*", "P101.Speed"));
        assertTrue(matches("*a*b*c", "xxaxxbxxbxc"));
        assertFalse(matches("P?01", "P1001"));
        assertFalse(matches("?", ""));
        assertFalse(matches("Motor", "Motor.Speed"));
        assertFalse(matches("*a*b*c", "xxaxxbxxbx"));
        assertFalse(matches("", "a"));
    }

    @Test
    void ignoresCaseAndTreatsOtherCharactersLiterally() {
        assertTrue(matches("motor.SPEED", "Motor.Speed"));
        assertTrue(matches("*ÄÖÜ*", "Grüße äöü"));
        assertTrue(matches("Tank[1]*", "Tank[1].Level"));
        assertFalse(matches("Tank[12]", "Tank1"));
        assertTrue(matches("%.?", "%.x"));
    }

    @Test
    void questionMarkTakesAWholeCodePoint() {
        assertTrue(matches("Tag?", "Tag\uD83D\uDE00"));
        assertFalse(matches("Tag??", "Tag\uD83D\uDE00"));
    }

    @Test
    void longNamesDoNotBacktrackExponentially() {
        String name = "a".repeat(5000);
        long start = System.nanoTime();
        assertFalse(matches("*a*a*a*a*a*a*a*b", name));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "linear-time wildcard matching");
    }
}
