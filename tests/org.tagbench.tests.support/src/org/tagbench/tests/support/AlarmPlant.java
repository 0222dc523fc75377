package org.tagbench.tests.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A simulator plant for the alarm tests of core and ui, as plant JSON: two constant tags, a high alarm on
 * Level (above 80 raises "Level high", class Alarm, group Tanks) and a low warning on Pressure (below 2 raises
 * "Pressure low", class Warning, group Pipes; its start value 1 raises it at once), alarms come and go only
 * when a test sets a value; filters All, Alarms (class Alarm) and Pipes (group Pipes).
 */
public final class AlarmPlant {

	/** The plant JSON. */
	public static final String JSON = """
			{"formatVersion": 1, "name": "alarms",
			 "tags": [{"name": "Level", "dataType": "FLOAT64", "startValue": 50},
			          {"name": "Pressure", "dataType": "FLOAT64", "startValue": 1}],
			 "alarms": {
			  "messageClasses": [{"name": "Alarm", "texts": {"en-US": "Alarm", "de-DE": "Alarm"}},
			                     {"name": "Warning", "texts": {"en-US": "Warning", "de-DE": "Warnung"}}],
			  "messageTypes": [{"name": "AlarmHigh", "class": "Alarm", "texts": {"en-US": "High alarm", "de-DE": "Alarm oben"}},
			                   {"name": "WarningLow", "class": "Warning", "texts": {"en-US": "Low warning", "de-DE": "Warnung unten"}}],
			  "messageGroups": [{"name": "Tanks", "texts": {"en-US": "Tanks", "de-DE": "Behälter"}},
			                    {"name": "Pipes", "texts": {"en-US": "Pipes", "de-DE": "Leitungen"}}],
			  "messages": [{"number": 1, "name": "LevelHigh", "class": "Alarm", "type": "AlarmHigh", "group": "Tanks", "tag": "Level",
			                "texts": {"en-US": "Level high", "de-DE": "Füllstand hoch"}},
			               {"number": 2, "name": "PressureLow", "class": "Warning", "type": "WarningLow", "group": "Pipes", "tag": "Pressure",
			                "texts": {"en-US": "Pressure low", "de-DE": "Druck niedrig"}}],
			  "limitValues": [{"name": "LevelHigh", "tag": "Level", "direction": "HIGH", "limit": 80, "hysteresis": 1, "message": 1},
			                  {"name": "PressureLow", "tag": "Pressure", "direction": "LOW", "limit": 2, "hysteresis": 0.1, "message": 2}],
			  "filters": [{"name": "All"}, {"name": "Alarms", "classes": ["Alarm"]}, {"name": "Pipes", "groups": ["Pipes"]}]}}
			""";

	private AlarmPlant() {
	}

	/** @return the plant JSON to read, e.g. with {@code Plant.readJson} */
	public static InputStream open() {
		return new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8));
	}
}
