package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class TagConfigTest extends SimulatorTestBase {

    private JsonNode get(String path) {
        var r = client.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return TestClient.json(r);
    }

    @Test
    void pagesThroughAllVariables() {
        List<String> names = new ArrayList<>();
        String next = "";
        int pages = 0;
        do {
            JsonNode page = get("/tagManagement/Variables?itemLimit=5" + next);
            page.get("items").forEach(i -> names.add(i.get("name").asText()));
            next = page.has("continuationPoint") ? "&continuationPoint=" + page.get("continuationPoint").asInt() : null;
            pages++;
        } while (next != null);
        assertEquals(simulator.plant().tags().size(), names.size());
        assertEquals(simulator.plant().tags().stream().map(t -> t.name()).toList(), names);
        assertEquals((names.size() + 4) / 5, pages);
    }

    @Test
    void listsAndSingleItems() {
        assertEquals(2, get("/tagManagement/Connections").get("items").size());
        assertEquals("10.0.0.1", get("/tagManagement/Connection/PLC1").get("parameters").asText());
        assertEquals(2, get("/tagManagement/Groups").get("items").size());
        assertEquals("PLC1", get("/tagManagement/Group/Line").get("connection").asText());
        assertEquals("Motor", get("/tagManagement/StructureTypes").get("items").get(0).get("name").asText());
        JsonNode type = get("/tagManagement/StructureType/Motor");
        assertEquals(2, type.get("members").size());
        assertEquals(3000.0, type.get("members").get(0).get("highLimit").asDouble());
        assertEquals(2, get("/tagManagement/StructureVariables").get("items").size());
        JsonNode instances = get("/tagManagement/StructureVariable/Motor");
        assertEquals("M1", instances.get("items").get(0).get("name").asText());
        assertEquals("M1.Speed", instances.get("items").get(0).get("elements").get(0).asText());
        JsonNode variable = get("/tagManagement/Variable/F64");
        assertEquals(9, variable.get("dataType").asInt());
        assertEquals(27648.0, variable.get("scaling").get("processHigh").asDouble());
        assertEquals("Line", variable.get("group").asText());
        assertFalse(variable.get("internal").asBoolean());
        JsonNode element = get("/tagManagement/Variable/M2.Speed");
        assertEquals("PLC2", element.get("connection").asText());
        assertEquals("M2", element.get("structureVariable").asText());
    }

    @Test
    void structureVariablesByTypeNames() {
        var r = client.post("/tagManagement/StructureVariables", "{\"typeNames\": [\"Motor\", \"Other\"]}");
        assertEquals(200, r.statusCode());
        assertEquals(2, TestClient.json(r).get("items").size());
        assertEquals(400, client.post("/tagManagement/StructureVariables", "{\"names\": []}").statusCode());
    }

    @Test
    void unknownSingleItemsAre404() {
        for (String path : List.of("/tagManagement/Connection/X", "/tagManagement/Group/X", "/tagManagement/StructureType/X",
                "/tagManagement/StructureVariable/X", "/tagManagement/Variable/X")) {
            var r = client.get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(TestClient.json(r).get("error").asText().contains("'X'"));
        }
    }

    @Test
    void largePlantPagesQuickly() {
        simulator.close();
        simulator = Simulator.start(SimulatorConfig.builder().https(false).plant(PlantGenerator.generate(100_000, 1000)).build());
        client = new TestClient(simulator);
        JsonNode page = get("/tagManagement/Variables?itemLimit=10000&continuationPoint=90000");
        assertEquals(10000, page.get("items").size());
        assertFalse(page.has("continuationPoint"));
        assertEquals(1000, get("/tagManagement/Groups?itemLimit=5000").get("items").size());
        assertEquals(1000, get("/tagManagement/Variables").get("items").size());
    }
}
