package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class TagLoggingTest extends SimulatorTestBase {

    private JsonNode get(String path) {
        var r = client.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return TestClient.json(r);
    }

    @Test
    void configurationLists() {
        JsonNode archives = get("/tagLogging/Archives").get("items");
        assertEquals("Main", archives.get(0).get("name").asText());
        assertEquals(2, archives.get(0).get("variableCount").asInt());
        assertEquals(100, get("/tagLogging/Archive/Main").get("capacity").asInt());
        assertEquals(2, get("/tagLogging/Archive/Main/Variables").get("items").size());
        assertEquals("fast", get("/tagLogging/Archive/Main/Variable/Level").get("timer").asText());
        assertEquals(2, get("/tagLogging/Timers").get("items").size());
        assertEquals(50, get("/tagLogging/Timer/fast").get("cycleMillis").asInt());
        JsonNode all = get("/tagLogging/Variables?itemLimit=1");
        assertEquals(1, all.get("items").size());
        assertEquals(1, all.get("continuationPoint").asInt());
        assertEquals(404, client.get("/tagLogging/Archive/Nope").statusCode());
        assertEquals(404, client.get("/tagLogging/Archive/Main/Variable/Nope").statusCode());
        assertEquals(404, client.get("/tagLogging/Archive/Main/Value/Nope").statusCode());
    }

    @Test
    void recordsAtTheTimerCycle() {
        simulator.plant().setValue("Level", 33);
        Await.until("Level 33 to be archived", Duration.ofSeconds(10), () -> {
            JsonNode values = get("/tagLogging/Archive/Main/Value/Level?maxValues=1").get("values");
            return values.size() == 1 && values.get(0).get("value").asDouble() == 33.0;
        });
        JsonNode values = get("/tagLogging/Archive/Main/Value/Level?maxValues=5").get("values");
        assertEquals(5, values.size());
        Instant previous = null;
        for (JsonNode v : values) {
            Instant t = Instant.parse(v.get("timestamp").asText());
            assertEquals(0, t.toEpochMilli() % 50, "cycle-aligned timestamp " + t);
            assertTrue(previous == null || t.isAfter(previous));
            previous = t;
            assertEquals(192, v.get("qualitycode").asInt());
        }
    }

    @Test
    void timeWindowAndMaxValues() {
        JsonNode values = get("/tagLogging/Archive/Main/Value/Ramp?timeFrom=2000-01-01T00:00:00Z&maxValues=3").get("values");
        assertEquals(3, values.size());
        assertEquals(0, get("/tagLogging/Archive/Main/Value/Ramp?timeTo=2000-01-01T00:00:00Z").get("values").size());
        assertEquals(400, client.get("/tagLogging/Archive/Main/Value/Ramp?timeFrom=yesterday").statusCode());
        assertEquals(400, client.get("/tagLogging/Archive/Main/Value/Ramp?maxValues=0").statusCode());
    }

    @Test
    void bulkValuesFirstDialect() {
        var r = client.post("/tagLogging/Values", "{\"archives\": [{\"name\": \"Main\", \"variables\": [{\"name\": \"Ramp\","
                + " \"timeFrom\": \"2000-01-01T00:00:00Z\", \"timeTo\": \"2100-01-01T00:00:00\", \"maxValues\": 2},"
                + " {\"name\": \"Nope\"}]}, {\"name\": \"Missing\", \"variables\": [{\"name\": \"Level\"}]}]}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode archives = TestClient.json(r).get("archives");
        assertEquals(2, archives.size());
        JsonNode vars = archives.get(0).get("variables");
        assertEquals(2, vars.get(0).get("values").size());
        assertEquals(0, vars.get(0).get("errorcode").asInt());
        assertEquals(1, vars.get(1).get("errorcode").asInt());
        assertEquals(1, archives.get(1).get("errorcode").asInt());
        assertEquals(400, client.post("/tagLogging/Values", "{\"archives\": {}}").statusCode());
    }

    @Test
    void bulkValuesSecondDialect() {
        var r = client.post("/TagLogging/Archive/Main/values?maxValues=1", "{\"variableNames\": [\"Level\", \"Nope\"]}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = TestClient.json(r);
        assertEquals("Level", a.get(0).get("variableName").asText());
        assertEquals(1, a.get(0).get("values").size());
        assertEquals(10.0, a.get(0).get("values").get(0).get("value").asDouble());
        assertEquals(0, a.get(1).get("values").size());
        assertEquals(1, a.get(1).get("errorcode").asInt());
    }
}
