package org.tagbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tagbench.core.model.ValueInput;

class ParsingTest {

	private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
	private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));

	@Test
	void timesAbsoluteRelativeAndLocal() throws Exception {
		assertEquals(NOW, Times.parse("--to", "now", CLOCK));
		assertEquals(NOW.minusSeconds(15 * 60), Times.parse("--from", "-15m", CLOCK));
		assertEquals(NOW.minusSeconds(2 * 3600), Times.parse("--from", "-2h", CLOCK));
		assertEquals(NOW.minusSeconds(7 * 86400), Times.parse("--from", "-7d", CLOCK));
		assertEquals(NOW.minusSeconds(30), Times.parse("--from", "-30s", CLOCK));
		assertEquals(NOW, Times.parse("--from", "2026-05-01T12:00:00Z", CLOCK));
		assertEquals(NOW, Times.parse("--from", "2026-05-01T14:00+02:00", CLOCK));
		assertEquals(NOW, Times.parse("--from", "2026-05-01T14:00", CLOCK));
		assertEquals(Instant.parse("2026-04-30T22:00:00Z"), Times.parse("--from", "2026-05-01", CLOCK));
		assertEquals(NOW, Times.parse("--from", "2026-05-01T12:00", Clock.fixed(NOW, ZoneOffset.UTC)));
	}

	@Test
	void timesThatAreNotTimes() {
		for (String text : List.of("yesterday", "-5y", "2026-13-01", "12:00", "")) {
			assertThrows(UsageException.class, () -> Times.parse("--from", text, CLOCK), text);
		}
	}

	@Test
	void valuesTypedOnTheCommandLine() {
		assertEquals(Boolean.TRUE, ValueInput.untyped("true"));
		assertEquals(Boolean.FALSE, ValueInput.untyped("false"));
		assertEquals(Long.valueOf(42), ValueInput.untyped("42"));
		assertEquals(Long.valueOf(-7), ValueInput.untyped("-7"));
		assertEquals(Double.valueOf(3.5), ValueInput.untyped("3.5"));
		assertEquals(Double.valueOf(1e3), ValueInput.untyped("1e3"));
		assertEquals("42", ValueInput.untyped("\"42\""));
		assertEquals("hello, world", ValueInput.untyped("hello, world"));
		assertEquals("TRUE", ValueInput.untyped("TRUE"));
		assertEquals("", ValueInput.untyped(""));
	}

	@Test
	void assignments() throws Exception {
		assertEquals(Map.of("A", Long.valueOf(1), "B.C", "x=y"), WriteCommand.parse(List.of("A=1", "B.C=x=y")));
		assertThrows(UsageException.class, () -> WriteCommand.parse(List.of()));
		assertThrows(UsageException.class, () -> WriteCommand.parse(List.of("A")));
		assertThrows(UsageException.class, () -> WriteCommand.parse(List.of("=1")));
	}
}
