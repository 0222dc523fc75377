package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class AlarmTest extends SimulatorTestBase {

    private HttpResponse<String> get(String path, String language) {
        var b = client.rest(path).GET();
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return client.send(b);
    }

    private JsonNode json(String path) {
        var r = get(path, null);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return TestClient.json(r);
    }

    @Test
    void limitAlarmIsRaisedAndCleared() {
        assertEquals(0, json("/alarmLogging/MessageList/All").size());
        simulator.plant().setValue("Level", 90);
        Await.until("the alarm to come", Duration.ofSeconds(10), () -> json("/alarmLogging/MessageList/All").size() == 1);
        JsonNode came = json("/alarmLogging/MessageList/All").get(0);
        assertEquals(1, came.get("messageNumber").asInt());
        assertEquals("Came", came.get("state").asText());
        assertEquals(90.0, came.get("value").asDouble());
        assertEquals("Level high", came.get("text").asText());
        simulator.plant().setValue("Level", 70);
        Await.until("the alarm to go", Duration.ofSeconds(10), () -> json("/alarmLogging/MessageList/All").size() == 0);
        JsonNode history = json("/alarmLogging/ShortTermArchive/All");
        assertEquals(2, history.size());
        assertEquals("Went", history.get(0).get("state").asText());
        assertEquals("Came", history.get(1).get("state").asText());
        assertEquals(2, json("/alarmLogging/LongTermArchive/All").size());
        assertEquals(1, json("/alarmLogging/LongTermArchive/All?maxValues=1").size());
        assertEquals(1, json("/alarmLogging/HitList/All").get(0).get("count").asInt());
        assertEquals(0, json("/alarmLogging/ShortTermArchive/Other").size());
    }

    @Test
    void anOperatorAcknowledgesAnActiveMessage() {
        assertFalse(simulator.acknowledgeAlarm(1), "nothing to acknowledge before the message came");
        simulator.plant().setValue("Level", 90);
        Await.until("the alarm to come", Duration.ofSeconds(10), () -> json("/alarmLogging/MessageList/All").size() == 1);
        String came = json("/alarmLogging/MessageList/All").get(0).get("timestamp").asText();
        var ack = client.send(client.admin("/alarms/1/acknowledge").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, ack.statusCode(), ack.body());
        JsonNode active = json("/alarmLogging/MessageList/All").get(0);
        assertEquals("Acknowledged", active.get("state").asText());
        assertEquals(came, active.get("timestamp").asText(), "the list keeps the time the message came");
        assertFalse(simulator.acknowledgeAlarm(1), "acknowledged once");
        assertEquals(404, client.send(client.admin("/alarms/1/acknowledge").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(400, client.send(client.admin("/alarms/one/acknowledge").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        JsonNode history = json("/alarmLogging/ShortTermArchive/All");
        assertEquals(List.of("Acknowledged", "Came"), List.of(history.get(0).get("state").asText(), history.get(1).get("state").asText()));
        assertEquals(1, json("/alarmLogging/HitList/All").get(0).get("count").asInt(), "an acknowledgement is not a hit");
        simulator.plant().setValue("Level", 70);
        Await.until("the alarm to go", Duration.ofSeconds(10), () -> json("/alarmLogging/MessageList/All").size() == 0);
        assertEquals("Went", json("/alarmLogging/ShortTermArchive/All").get(0).get("state").asText());
    }

    @Test
    void hysteresisKeepsTheAlarmUntilClearlyBack() {
        simulator.plant().setValue("Level", 81);
        Await.until("the alarm to come", Duration.ofSeconds(10), () -> json("/alarmLogging/MessageList/All").size() == 1);
        simulator.plant().setValue("Level", 78);
        simulator.plant().setValue("Level", 74);
        Await.until("the alarm to go", Duration.ofSeconds(10), () -> json("/alarmLogging/MessageList/All").size() == 0);
    }

    @Test
    void textsFollowAcceptLanguage() {
        var de = get("/alarmLogging/MessageClasses", "de-DE,de;q=0.9,en;q=0.5");
        assertEquals("Störung", TestClient.json(de).get("items").get(0).get("text").asText());
        assertEquals("de-DE", de.headers().firstValue("Content-Language").orElse(""));
        assertEquals("Hoch", TestClient.json(get("/alarmLogging/MessageType/High", "de")).get("text").asText());
        assertEquals("Alarm", TestClient.json(get("/alarmLogging/MessageClass/Alarm", null)).get("text").asText());
        assertEquals("Alarm", TestClient.json(get("/alarmLogging/MessageClass/Alarm", "fr-FR")).get("text").asText());
        assertEquals("Füllstand hoch", TestClient.json(get("/alarmLogging/Message/1", "de-AT")).get("text").asText());
    }

    @Test
    void configurationLists() {
        assertEquals("Alarm", json("/alarmLogging/MessageTypes").get("items").get(0).get("messageClass").asText());
        assertEquals(1, json("/alarmLogging/MessageGroups").get("items").size());
        assertEquals("Tanks", json("/alarmLogging/MessageGroup/Tanks").get("name").asText());
        assertEquals(1, json("/alarmLogging/MessageBlocks").get("items").size());
        assertEquals("Text", json("/alarmLogging/MessageBlock/Text").get("name").asText());
        assertEquals(2, json("/alarmLogging/Messages").get("items").size());
        assertEquals(1, json("/alarmLogging/Message/LevelHigh").get("number").asInt());
        assertEquals(80.0, json("/alarmLogging/LimitValues").get("items").get(0).get("limit").asDouble());
        assertEquals("HIGH", json("/alarmLogging/LimitValue/LevelHigh").get("direction").asText());
        assertEquals(1, json("/alarmLogging/MessageClasses?itemLimit=1").get("items").size());
    }

    @Test
    void lockListAndUnknownFilter() {
        JsonNode locked = json("/alarmLogging/LockList/All");
        assertEquals(1, locked.size());
        assertEquals(2, locked.get(0).get("number").asInt());
        assertEquals(404, get("/alarmLogging/MessageList/Nope", null).statusCode());
        assertEquals(404, get("/alarmLogging/MessageClass/Nope", null).statusCode());
        assertEquals(404, get("/alarmLogging/Message/77", null).statusCode());
    }
}
