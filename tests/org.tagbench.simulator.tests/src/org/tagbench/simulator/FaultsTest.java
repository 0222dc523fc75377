package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.tagbench.simulator.internal.io.Json;

import com.fasterxml.jackson.databind.JsonNode;

class FaultsTest extends SimulatorTestBase {

    private static final String BODY = "{\"variableNames\": [\"I16\", \"F32\", \"T16\", \"Bool\", \"U8\", \"F64\"]}";

    private HttpResponse<String> bulk() {
        return client.post("/tagManagement/Values", BODY);
    }

    private static boolean parses(String body) {
        try {
            Json.MAPPER.readTree(body);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void fixedLatency() {
        simulator.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertEquals(200, bulk().statusCode());
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    void randomLatencyStaysInRange() {
        simulator.faults().latency(Duration.ofMillis(50), Duration.ofMillis(120));
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            bulk();
            assertTrue(System.nanoTime() - start >= 50_000_000L);
        }
    }

    @Test
    void statusByPath() {
        simulator.faults().status("/tagManagement/Values", 500, 1.0);
        HttpResponse<String> r = bulk();
        assertEquals(500, r.statusCode());
        assertTrue(TestClient.json(r).get("error").asText().contains("Injected"));
        assertEquals(200, client.get("/tagManagement/Value/I16").statusCode());
        simulator.faults().clear();
        assertEquals(200, bulk().statusCode());
    }

    @Test
    void statusByRate() {
        simulator.faults().status(503, 0.5);
        int failed = 0;
        for (int i = 0; i < 100; i++) {
            if (client.get("/tagManagement/Value/I16").statusCode() == 503) {
                failed++;
            }
        }
        assertTrue(failed > 15 && failed < 85, "failed " + failed + " of 100");
    }

    @Test
    void injected401CarriesTheChallenge() {
        simulator.faults().status(401, 1);
        assertTrue(client.get("/tagManagement/Value/I16").headers().firstValue("WWW-Authenticate").isPresent());
    }

    @Test
    void connectionResetMidBody() {
        simulator.faults().resetMidBody(1);
        assertThrows(UncheckedIOException.class, this::bulk);
        simulator.faults().clear();
        assertEquals(200, bulk().statusCode());
    }

    @Test
    void truncatedJson() {
        String full = bulk().body();
        simulator.faults().truncate(1);
        HttpResponse<String> r = bulk();
        assertEquals(200, r.statusCode());
        assertTrue(r.body().length() < full.length() * 0.6);
        assertTrue(!parses(r.body()));
    }

    @Test
    void malformedJson() {
        simulator.faults().malformed(1);
        HttpResponse<String> r = bulk();
        assertEquals(200, r.statusCode());
        assertTrue(!parses(r.body()), r.body());
    }

    @Test
    void empty200() {
        simulator.faults().empty200(1);
        HttpResponse<String> r = bulk();
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    void fewerRows() {
        simulator.faults().fewerRows(1);
        JsonNode a = TestClient.json(bulk());
        assertEquals(3, a.size());
    }

    @Test
    void oversizedBody() {
        simulator.faults().oversized(5_000_000, 1);
        HttpResponse<String> r = bulk();
        assertTrue(r.body().length() > 5_000_000);
        assertEquals(6, TestClient.json(r).size());
    }

    @Test
    void slowDrip() {
        int size = bulk().body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        simulator.faults().slowDrip(200, Duration.ofMillis(40));
        long start = System.nanoTime();
        HttpResponse<String> r = bulk();
        long chunks = (size + 199) / 200;
        assertTrue(System.nanoTime() - start >= (chunks - 1) * 40_000_000L);
        assertEquals(6, TestClient.json(r).size());
    }

    @Test
    void faultsNeverTouchTheAdminEndpoint() {
        simulator.faults().status(500, 1).empty200(1);
        assertEquals(200, client.send(client.admin("/status").GET()).statusCode());
    }

    @Test
    void faultsAreSetAtStart() {
        simulator.close();
        simulator = Simulator.start(SimulatorConfig.builder().https(false).plant(TestPlants.small())
                .faults(FaultSpec.NONE.withEmptyRate(1)).build());
        client = new TestClient(simulator);
        assertEquals("", bulk().body());
    }

    @Test
    void adminEndpointSetsPatchesAndClearsFaults() {
        HttpResponse<String> put = client.send(client.admin("/faults").PUT(HttpRequest.BodyPublishers.ofString(
                "{\"statusRules\": [{\"path\": \"/tagManagement/Value\", \"status\": 500, \"rate\": 1}]}")));
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(500, client.get("/tagManagement/Value/I16").statusCode());
        client.send(client.admin("/faults").method("PATCH", HttpRequest.BodyPublishers.ofString("{\"emptyRate\": 1}")));
        assertEquals(1.0, simulator.faults().current().emptyRate());
        assertEquals(1, simulator.faults().current().statusRules().size());
        JsonNode current = TestClient.json(client.send(client.admin("/faults").GET()));
        assertEquals(500, current.get("statusRules").get(0).get("status").asInt());
        client.send(client.admin("/faults").DELETE());
        assertEquals(FaultSpec.NONE, simulator.faults().current());
        HttpResponse<String> bad = client.send(client.admin("/faults").PUT(HttpRequest.BodyPublishers.ofString("{\"emptyRate\": 7}")));
        assertEquals(400, bad.statusCode());
        assertTrue(TestClient.json(bad).get("error").asText().contains("emptyRate"));
        assertEquals(400, client.send(client.admin("/faults").PUT(HttpRequest.BodyPublishers.ofString("{\"typo\": 1}"))).statusCode());
    }

    @Test
    void adminEndpointSetsVariants() {
        client.send(client.admin("/variants").method("PATCH",
                HttpRequest.BodyPublishers.ofString("{\"qualityFieldCasing\": \"CAMEL\", \"wrapValues\": true}")));
        assertEquals(Variants.QualityCasing.CAMEL, simulator.variants().qualityFieldCasing());
        assertTrue(client.read("I16").get("values").get(0).has("qualityCode"));
        client.send(client.admin("/variants").PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(Variants.DEFAULTS, simulator.variants());
    }
}
