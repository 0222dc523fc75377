package org.tagbench.simulator.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.tagbench.simulator.internal.io.Json;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A complete answer: status, body and extra headers. Bodies are JSON unless a content type
 * header says otherwise.
 *
 * @param status  HTTP status
 * @param body    the body, empty for none
 * @param headers extra headers
 */
public record Reply(int status, byte[] body, Map<String, String> headers) {

    public static final String JSON_TYPE = "application/json; charset=utf-8";

    /** Writes JSON with a generator. */
    @FunctionalInterface
    public interface JsonWriter {
        void write(JsonGenerator g) throws IOException;
    }

    public static Reply ok(JsonWriter writer) {
        return new Reply(200, json(writer), Map.of());
    }

    public static Reply empty(int status) {
        return new Reply(status, new byte[0], Map.of());
    }

    /** An error body: {@code {"error": message, "errorcode": status}}. */
    public static Reply error(int status, String message) {
        return new Reply(status, json(g -> {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeNumberField("errorcode", status);
            g.writeEndObject();
        }), Map.of());
    }

    public static byte[] json(JsonWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public Reply withHeaders(Map<String, String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, String> all = new HashMap<>(headers);
        all.putAll(extra);
        return new Reply(status, body, all);
    }
}
