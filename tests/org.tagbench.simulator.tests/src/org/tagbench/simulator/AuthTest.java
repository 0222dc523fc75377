package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

class AuthTest extends SimulatorTestBase {

    @Override
    SimulatorConfig.Builder configure(SimulatorConfig.Builder builder) {
        return builder.user("reader", "reader", Role.READ).user("writer", "wr1te", Role.WRITE)
                .user("ops", "s3cret:x", Role.READ, Role.WRITE).user("nobody", "nobody")
                .adminCredentials("boss", "b0ss");
    }

    @Test
    void missingCredentialsAre401WithBasicChallenge() {
        HttpResponse<String> r = client.send(client.rest("/tagManagement/Value/I16", null, null).GET());
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "));
        assertEquals(401, TestClient.json(r).get("errorcode").asInt());
    }

    @Test
    void wrongPasswordOrUnknownUserOrOtherSchemeIs401() {
        assertEquals(401, client.send(client.rest("/tagManagement/Value/I16", "reader", "wrong").GET()).statusCode());
        assertEquals(401, client.send(client.rest("/tagManagement/Value/I16", "stranger", "reader").GET()).statusCode());
        assertEquals(401, client.send(client.rest("/tagManagement/Value/I16", null, null)
                .header("Authorization", "Bearer abc").GET()).statusCode());
    }

    @Test
    void userWithoutRolesIs403Everywhere() {
        HttpResponse<String> r = client.send(client.rest("/tagManagement/Value/I16", "nobody", "nobody").GET());
        assertEquals(403, r.statusCode());
        assertTrue(TestClient.json(r).get("error").asText().contains("WinCC Remote Read"));
        assertEquals(403, client.send(client.rest("/tagManagement/Variables", "nobody", "nobody").GET()).statusCode());
    }

    @Test
    void readerCannotWriteAndWriterCannotRead() {
        HttpRequest.Builder write = client.rest("/tagManagement/Value/I16", "reader", "reader")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 1}"));
        assertEquals(403, client.send(write).statusCode());
        assertEquals(200, client.send(client.rest("/tagManagement/Value/I16", "reader", "reader").GET()).statusCode());
        assertEquals(200, client.send(client.rest("/tagManagement/Value/I16", "writer", "wr1te")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 1}"))).statusCode());
        assertEquals(403, client.send(client.rest("/tagManagement/Value/I16", "writer", "wr1te").GET()).statusCode());
    }

    @Test
    void passwordsMayContainColons() {
        assertEquals(200, client.send(client.rest("/tagManagement/Value/I16", "ops", "s3cret:x").GET()).statusCode());
    }

    @Test
    void configuredUsersReplaceTheDefaults() {
        assertEquals(401, client.send(client.rest("/tagManagement/Value/I16", "operator", "operator").GET()).statusCode());
    }

    @Test
    void adminEndpointHasItsOwnCredentials() {
        HttpResponse<String> withRestUser = client.send(HttpRequest.newBuilder(simulator.adminUri().resolve("/simulator/status"))
                .header("Authorization", TestClient.basic("ops", "s3cret:x")).GET());
        assertEquals(401, withRestUser.statusCode());
        HttpResponse<String> ok = client.send(HttpRequest.newBuilder(simulator.adminUri().resolve("/simulator/status"))
                .header("Authorization", TestClient.basic("boss", "b0ss")).GET());
        assertEquals(200, ok.statusCode());
        assertEquals("running", TestClient.json(ok).get("runtime").asText());
    }

    @Test
    void defaultUsersExistWhenNoneAreConfigured() {
        SimulatorConfig config = SimulatorConfig.builder().https(false).plant(TestPlants.small()).build();
        assertEquals(3, config.users().size());
        assertTrue(config.users().get("guest").roles().isEmpty());
        assertEquals(java.util.Set.of(Role.READ, Role.WRITE), config.users().get("operator").roles());
        assertEquals(java.util.Set.of(Role.READ), config.users().get("reader").roles());
        assertEquals("admin", config.adminUser());
    }
}
