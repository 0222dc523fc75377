package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks with a plain JDK HTTP client that the JSON on the wire has exactly the documented shapes
 * (README, "Answer shapes").
 */
class WireShapeTest extends SimulatorTestBase {

    private static final Set<String> VALUE = Set.of("variableName", "value", "dataType", "timestamp", "qualitycode",
            "errorcode", "error");

    private static void assertFields(Set<String> expected, JsonNode node) {
        Set<String> actual = new TreeSet<>();
        node.properties().forEach(e -> actual.add(e.getKey()));
        assertEquals(new TreeSet<>(expected), actual, node.toString());
    }

    private JsonNode get(String path) {
        HttpResponse<String> r = client.get(path);
        assertEquals(200, r.statusCode(), path);
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        return TestClient.json(r);
    }

    @Test
    void valueObjects() {
        JsonNode one = get("/tagManagement/Value/F32");
        assertFields(VALUE, one);
        assertTrue(one.get("variableName").isTextual());
        assertTrue(one.get("value").isNumber());
        assertTrue(one.get("dataType").isInt());
        assertTrue(one.get("qualitycode").isInt());
        assertTrue(one.get("errorcode").isInt());
        assertTrue(one.get("error").isTextual());
        assertEquals("Z", OffsetDateTime.parse(one.get("timestamp").asText()).getOffset().getId());
        JsonNode many = client.read("Bool", "Nope");
        assertTrue(many.isArray());
        assertFields(VALUE, many.get(0));
        assertTrue(many.get(0).get("value").isBoolean());
        assertFields(VALUE, many.get(1));
        assertTrue(TestClient.json(client.put("/tagManagement/Value/I16", "{\"value\": 1}")).isObject());
        assertFields(Set.of("variableName", "errorcode", "error"),
                TestClient.json(client.put("/tagManagement/Value/I16", "{\"value\": 1}")));
        assertFields(Set.of("variableName", "errorcode", "error"),
                TestClient.json(client.put("/tagManagement/Values", "[{\"variableName\": \"I16\", \"value\": 1}]")).get(0));
        assertFields(Set.of("error", "errorcode"), TestClient.json(client.get("/tagManagement/Value/Nope")));
    }

    @Test
    void configurationShapes() {
        JsonNode page = get("/tagManagement/Variables?itemLimit=1");
        assertFields(Set.of("items", "continuationPoint"), page);
        assertTrue(page.get("continuationPoint").isInt());
        assertFields(Set.of("items"), get("/tagManagement/Connections"));
        assertFields(Set.of("name", "dataType", "dataTypeName", "connection", "internal", "group", "structureVariable",
                "length", "unit", "lowLimit", "highLimit", "startValue", "scaling", "comment"), get("/tagManagement/Variable/F64"));
        assertFields(Set.of("type", "processLow", "processHigh", "valueLow", "valueHigh"),
                get("/tagManagement/Variable/F64").get("scaling"));
        assertFields(Set.of("name", "driver", "unit", "parameters", "comment"), get("/tagManagement/Connection/PLC1"));
        assertFields(Set.of("name", "connection", "comment"), get("/tagManagement/Group/Line"));
        JsonNode type = get("/tagManagement/StructureType/Motor");
        assertFields(Set.of("name", "comment", "members"), type);
        assertFields(Set.of("name", "dataType", "dataTypeName", "unit", "lowLimit", "highLimit", "startValue", "comment"),
                type.get("members").get(0));
        assertFields(Set.of("name", "type", "connection", "group", "comment", "elements"),
                get("/tagManagement/StructureVariables").get("items").get(0));
    }

    @Test
    void archiveShapes() {
        assertFields(Set.of("name", "type", "capacity", "variableCount"), get("/tagLogging/Archive/Main"));
        assertFields(Set.of("name", "archive", "variableName", "timer", "comment"), get("/tagLogging/Archive/Main/Variable/Level"));
        assertFields(Set.of("name", "cycleMillis"), get("/tagLogging/Timers").get("items").get(0));
        JsonNode values = get("/tagLogging/Archive/Main/Value/Level?maxValues=1");
        assertFields(Set.of("archiveName", "variableName", "values", "errorcode", "error"), values);
        assertFields(Set.of("timestamp", "value", "qualitycode"), values.get("values").get(0));
        JsonNode second = TestClient.json(client.post("/tagLogging/Archive/Main/Values?maxValues=1", "{\"variableNames\": [\"Level\"]}"));
        assertFields(Set.of("variableName", "values", "errorcode", "error"), second.get(0));
        JsonNode first = TestClient.json(client.post("/tagLogging/Values",
                "{\"archives\": [{\"name\": \"Main\", \"variables\": [{\"name\": \"Level\", \"maxValues\": 1}]}]}"));
        assertFields(Set.of("archives"), first);
        assertFields(Set.of("name", "variables", "errorcode", "error"), first.get("archives").get(0));
        assertFields(Set.of("name", "values", "errorcode", "error"), first.get("archives").get(0).get("variables").get(0));
    }

    @Test
    void alarmShapes() {
        assertFields(Set.of("name", "text"), get("/alarmLogging/MessageClass/Alarm"));
        assertFields(Set.of("name", "text", "messageClass"), get("/alarmLogging/MessageType/High"));
        assertFields(Set.of("number", "name", "messageClass", "messageType", "messageGroup", "variableName", "locked", "text"),
                get("/alarmLogging/Message/1"));
        assertFields(Set.of("name", "variableName", "direction", "limit", "hysteresis", "messageNumber"),
                get("/alarmLogging/LimitValue/LevelHigh"));
        simulator.plant().setValue("Level", 95);
        Await.until("the alarm", Duration.ofSeconds(10), () -> get("/alarmLogging/MessageList/All").size() == 1);
        assertFields(Set.of("sequence", "messageNumber", "name", "state", "timestamp", "messageClass", "messageType",
                "messageGroup", "variableName", "value", "text"), get("/alarmLogging/MessageList/All").get(0));
        assertFields(Set.of("messageNumber", "name", "count", "lastCame", "text"), get("/alarmLogging/HitList/All").get(0));
    }
}
