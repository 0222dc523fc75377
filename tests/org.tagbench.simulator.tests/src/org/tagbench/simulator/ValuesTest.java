package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ValuesTest extends SimulatorTestBase {

    @Test
    void readsOneValue() {
        HttpResponse<String> r = client.get("/tagManagement/Value/I16");
        assertEquals(200, r.statusCode());
        JsonNode v = TestClient.json(r);
        assertEquals("I16", v.get("variableName").asText());
        assertEquals(5, v.get("value").asInt());
        assertEquals(4, v.get("dataType").asInt());
        assertEquals(192, v.get("qualitycode").asInt());
        assertEquals(0, v.get("errorcode").asInt());
        assertEquals("", v.get("error").asText());
        assertTrue(v.get("timestamp").asText().endsWith("Z"));
    }

    @Test
    void pathsMatchIgnoringCaseAndNamesArePercentDecoded() {
        assertEquals(200, client.get("/TAGMANAGEMENT/value/I16").statusCode());
        HttpResponse<String> r = client.get("/tagManagement/Value/Name%2Fwith%20%25%2C%20%C3%84%20and%20spaces");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("Name/with %, Ä and spaces", TestClient.json(r).get("variableName").asText());
        assertEquals(200, client.get("/tagManagement/Value/M1.Speed").statusCode());
    }

    @Test
    void unknownSingleNameIs404WithJsonError() {
        HttpResponse<String> r = client.get("/tagManagement/Value/i16");
        assertEquals(404, r.statusCode());
        JsonNode e = TestClient.json(r);
        assertEquals(404, e.get("errorcode").asInt());
        assertTrue(e.get("error").asText().contains("case-sensitive"));
    }

    @Test
    void bulkReadAnswersEveryNameInOrderWithPerItemErrors() {
        JsonNode a = client.read("Bool", "Missing", "T16", "Raw", "When", "F32", "Bool");
        assertTrue(a.isArray());
        assertEquals(7, a.size());
        assertTrue(a.get(0).get("value").isBoolean());
        assertEquals(1, a.get(1).get("errorcode").asInt());
        assertTrue(a.get(1).get("value").isNull());
        assertFalse(a.get(1).get("error").asText().isEmpty());
        assertEquals("Grüße ✓", a.get(2).get("value").asText());
        assertEquals("AQID", a.get(3).get("value").asText());
        assertEquals("2024-05-01T12:00:00.000Z", a.get(4).get("value").asText());
        assertEquals(1.5, a.get(5).get("value").asDouble());
        assertEquals("Bool", a.get(6).get("variableName").asText());
    }

    @Test
    void variantsChangeTheAnswerShapes() {
        simulator.setVariants(Variants.DEFAULTS.withQualityFieldCasing(Variants.QualityCasing.CAMEL)
                .withWrapValues(true).withBinaryAsBoolean(false).withUnknownNames(Variants.UnknownNames.OMIT));
        JsonNode a = client.read("Bool", "Missing");
        assertTrue(a.isObject());
        JsonNode values = a.get("values");
        assertEquals(1, values.size());
        assertEquals(1, values.get(0).get("value").asInt());
        assertTrue(values.get(0).get("value").isNumber());
        assertEquals(192, values.get(0).get("qualityCode").asInt());
        assertFalse(values.get(0).has("qualitycode"));

        simulator.setVariants(Variants.DEFAULTS.withUnknownNames(Variants.UnknownNames.EMPTY_BODY));
        HttpResponse<String> r = client.post("/tagManagement/Values", "{\"variableNames\": [\"Bool\", \"Missing\"]}");
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
        assertEquals(2, client.read("Bool", "I16").size());
    }

    @Test
    void writesOneValue() {
        HttpResponse<String> r = client.put("/tagManagement/Value/I16", "{\"value\": 42}");
        assertEquals(200, r.statusCode());
        JsonNode result = TestClient.json(r);
        assertEquals(0, result.get("errorcode").asInt());
        assertEquals("I16", result.get("variableName").asText());
        assertEquals(42L, simulator.plant().value("I16").orElseThrow().value());
    }

    @Test
    void writeOutsideLimitsOrTypeIsRejectedPerItem() {
        JsonNode limit = TestClient.json(client.put("/tagManagement/Value/I16", "{\"value\": 101}"));
        assertEquals(3, limit.get("errorcode").asInt());
        assertTrue(limit.get("error").asText().contains("limits"));
        JsonNode type = TestClient.json(client.put("/tagManagement/Value/I16", "{\"value\": \"x\"}"));
        assertEquals(2, type.get("errorcode").asInt());
        assertEquals(5L, simulator.plant().value("I16").orElseThrow().value());
    }

    @Test
    void writeToUnknownTagIs404() {
        assertEquals(404, client.put("/tagManagement/Value/Nope", "{\"value\": 1}").statusCode());
    }

    @Test
    void writesManyValuesWithPerItemResults() {
        HttpResponse<String> r = client.put("/tagManagement/Values", "[{\"variableName\": \"Bool\", \"value\": 0},"
                + " {\"variableName\": \"U8\", \"value\": 256}, {\"variableName\": \"Nope\", \"value\": 1},"
                + " {\"variableName\": \"T8\", \"value\": \"Ω\"}, {\"variableName\": \"F64\"}, {\"value\": 1},"
                + " {\"variableName\": \"When\", \"value\": \"2025-01-02T03:04:05+01:00\"}]");
        assertEquals(200, r.statusCode());
        JsonNode a = TestClient.json(r);
        assertEquals(7, a.size());
        int[] codes = { 0, 3, 1, 2, 4, 4, 0 };
        for (int i = 0; i < codes.length; i++) {
            assertEquals(codes[i], a.get(i).get("errorcode").asInt(), a.get(i).toString());
            assertEquals(codes[i] == 0, a.get(i).get("error").asText().isEmpty());
        }
        assertEquals(Boolean.FALSE, simulator.plant().value("Bool").orElseThrow().value());
        assertEquals("2025-01-02T02:04:05.000Z", client.read("When").get(0).get("value").asText());
    }

    @Test
    void binaryAcceptsBooleansAndZeroOne() {
        client.put("/tagManagement/Value/Bool", "{\"value\": false}");
        assertEquals(false, client.read("Bool").get(0).get("value").asBoolean());
        client.put("/tagManagement/Value/Bool", "{\"value\": 1}");
        assertEquals(true, client.read("Bool").get(0).get("value").asBoolean());
        assertEquals(2, TestClient.json(client.put("/tagManagement/Value/Bool", "{\"value\": 2}")).get("errorcode").asInt());
    }

    @Test
    void dynamicsMoveAndFollow() {
        simulator.plant().setValue("Level", 20);
        assertEquals(41.0, client.read("Follower").get(0).get("value").asDouble());
        double first = client.read("Ramp").get(0).get("value").asDouble();
        Await.until("the ramp to move", TestClient.TIMEOUT,
                () -> client.read("Ramp").get(0).get("value").asDouble() != first);
    }

    @Test
    void malformedBodiesAre400() {
        assertEquals(400, client.post("/tagManagement/Values", "{\"variableNames\": [").statusCode());
        assertEquals(400, client.post("/tagManagement/Values", "[\"A\"]").statusCode());
        assertEquals(400, client.post("/tagManagement/Values", "{\"names\": [\"A\"]}").statusCode());
        assertEquals(400, client.post("/tagManagement/Values", "{\"variableNames\": [1]}").statusCode());
        assertEquals(400, client.post("/tagManagement/Values", "").statusCode());
        assertEquals(400, client.put("/tagManagement/Value/I16", "{\"v\": 1}").statusCode());
        assertEquals(400, client.put("/tagManagement/Value/I16", "nope").statusCode());
        assertEquals(400, client.put("/tagManagement/Values", "{\"variableName\": \"I16\"}").statusCode());
        JsonNode e = TestClient.json(client.post("/tagManagement/Values", "{"));
        assertEquals(400, e.get("errorcode").asInt());
    }
}
