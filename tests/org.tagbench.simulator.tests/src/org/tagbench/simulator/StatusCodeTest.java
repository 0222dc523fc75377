package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

class StatusCodeTest extends SimulatorTestBase {

    @Test
    void unknownEndpointsAre404() {
        assertEquals(404, client.get("/tagManagement/Nothing").statusCode());
        assertEquals(404, client.get("/tagManagement/Value/A/B").statusCode());
        HttpResponse<String> outside = client.send(java.net.http.HttpRequest.newBuilder(simulator.baseUri().resolve("/other")).GET());
        assertEquals(404, outside.statusCode());
        assertEquals(404, TestClient.json(outside).get("errorcode").asInt());
    }

    @Test
    void wrongVerbIs405WithAllow() {
        HttpResponse<String> r = client.get("/tagManagement/Values");
        assertEquals(405, r.statusCode());
        assertEquals("POST, PUT", r.headers().firstValue("Allow").orElse(""));
        assertEquals(405, client.send(client.rest("/tagManagement/Value/I16").DELETE()).statusCode());
        assertEquals(405, client.post("/tagManagement/Variables", "{}").statusCode());
    }

    @Test
    void stoppedRuntimeAnswers503UntilStarted() {
        simulator.stopRuntime();
        HttpResponse<String> r = client.get("/tagManagement/Value/I16");
        assertEquals(503, r.statusCode());
        assertTrue(TestClient.json(r).get("error").asText().contains("runtime"));
        assertEquals(503, client.get("/tagManagement/Variables").statusCode());
        simulator.startRuntime();
        assertEquals(200, client.get("/tagManagement/Value/I16").statusCode());
    }

    @Test
    void runtimeStopsAndStartsThroughTheAdminEndpoint() {
        HttpResponse<String> stop = client.send(client.admin("/runtime/stop").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals("stopped", TestClient.json(stop).get("runtime").asText());
        assertEquals(503, client.get("/tagManagement/Value/I16").statusCode());
        assertEquals(200, client.send(client.admin("/status").GET()).statusCode());
        client.send(client.admin("/runtime/start").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, client.get("/tagManagement/Value/I16").statusCode());
    }

    @Test
    void brokenPercentEscapeIs400() throws Exception {
        simulator.close();
        simulator = Simulator.start(SimulatorConfig.builder().https(false).plant(TestPlants.small()).build());
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", simulator.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /WinCCRestService/tagManagement/Value/A%zz HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: " + TestClient.basic("operator", "operator") + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        }
    }

    @Test
    void badPagingParametersAre400() {
        assertEquals(400, client.get("/tagManagement/Variables?itemLimit=0").statusCode());
        assertEquals(400, client.get("/tagManagement/Variables?itemLimit=abc").statusCode());
        assertEquals(400, client.get("/tagManagement/Variables?continuationPoint=99999").statusCode());
    }
}
