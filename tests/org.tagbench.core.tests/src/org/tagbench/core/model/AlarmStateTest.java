package org.tagbench.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AlarmStateTest {

	@Test
	void statesAreReadTolerantly() {
		Map<String, AlarmState> cases = Map.ofEntries(Map.entry("Came", AlarmState.CAME),
				Map.entry("Came In", AlarmState.CAME), Map.entry("CAMEIN", AlarmState.CAME), Map.entry("1", AlarmState.CAME),
				Map.entry("Went", AlarmState.WENT), Map.entry("Went Out", AlarmState.WENT),
				Map.entry("Went out acknowledged", AlarmState.WENT), Map.entry("2", AlarmState.WENT),
				Map.entry("Acknowledged", AlarmState.ACKNOWLEDGED), Map.entry("Came in/Acknowledged", AlarmState.ACKNOWLEDGED),
				Map.entry("Quit", AlarmState.ACKNOWLEDGED), Map.entry("3", AlarmState.ACKNOWLEDGED),
				Map.entry("", AlarmState.UNKNOWN), Map.entry("Locked", AlarmState.UNKNOWN));
		cases.forEach((text, kind) -> assertEquals(kind, AlarmState.of(text), text));
		assertEquals(AlarmState.UNKNOWN, AlarmState.of(null));
		assertEquals(AlarmState.WENT, new AlarmMessage(1L, "Went", null, null, null, null, null, null).stateKind());
	}
}
