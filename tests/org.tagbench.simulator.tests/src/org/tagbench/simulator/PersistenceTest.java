package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class PersistenceTest extends SimulatorTestBase {

    private void restart() {
        simulator.close();
        simulator = Simulator.start(SimulatorConfig.builder().stateDir(stateDir).plant(TestPlants.small()).build());
        client = new TestClient(simulator);
    }

    @Test
    void writtenValuesSurviveARestart() {
        client.put("/tagManagement/Values", "[{\"variableName\": \"I16\", \"value\": 99}, {\"variableName\": \"T16\","
                + " \"value\": \"neu ✓\"}, {\"variableName\": \"Raw\", \"value\": \"/w==\"}, {\"variableName\": \"When\","
                + " \"value\": \"2030-01-01T00:00:00Z\"}, {\"variableName\": \"Bool\", \"value\": false}]");
        restart();
        var values = client.read("I16", "T16", "Raw", "When", "Bool", "F32");
        assertEquals(99, values.get(0).get("value").asInt());
        assertEquals("neu ✓", values.get(1).get("value").asText());
        assertEquals("/w==", values.get(2).get("value").asText());
        assertEquals("2030-01-01T00:00:00.000Z", values.get(3).get("value").asText());
        assertEquals(false, values.get(4).get("value").asBoolean());
        assertEquals(1.5, values.get(5).get("value").asDouble());
    }

    @Test
    void stoppingTheRuntimeSavesValues() throws Exception {
        simulator.plant().setValue("I32", 1234);
        simulator.stopRuntime();
        String saved = Files.readString(stateDir.resolve("runtime-state.json"));
        assertEquals(true, saved.contains("\"I32\" : 1234"), saved);
    }

    @Test
    void savedValuesThatNoLongerFitAreSkipped() throws Exception {
        simulator.close();
        Files.writeString(stateDir.resolve("runtime-state.json"),
                "{\"formatVersion\": 1, \"values\": {\"I16\": 5000, \"Gone\": 1, \"U8\": 7}}");
        simulator = Simulator.start(SimulatorConfig.builder().stateDir(stateDir).plant(TestPlants.small()).build());
        assertEquals(5L, simulator.plant().value("I16").orElseThrow().value());
        assertEquals(7L, simulator.plant().value("U8").orElseThrow().value());
    }

    @Test
    void closeFreesThePortAndIsIdempotent() {
        int port = simulator.port();
        simulator.close();
        simulator.close();
        simulator = Simulator.start(SimulatorConfig.builder().https(false).port(port).plant(TestPlants.small()).build());
        assertEquals(port, simulator.port());
    }
}
