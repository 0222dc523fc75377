package org.tagbench.simulator.internal.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.tagbench.simulator.internal.io.Json;
import org.tagbench.simulator.model.ValueRejectedException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Persists the values clients wrote, so that a restarted simulator continues where it stopped:
 * {@code runtime-state.json} in the state folder, {@code {"formatVersion": 1, "values": {"Tag": value}}}.
 * Values of tags that no longer exist or no longer fit are skipped.
 */
public final class StateStore {

    public static final String FILE_NAME = "runtime-state.json";

    private final Path file;

    public StateStore(Path stateDir) {
        this.file = stateDir.resolve(FILE_NAME);
    }

    /** Restores saved values; returns how many were restored. */
    public int restore(TagTable tags) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = Json.MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("The saved runtime state " + file + " is damaged (" + e.getOriginalMessage()
                    + "). Delete it to start from the plant's start values.", e);
        }
        JsonNode values = root == null ? null : root.get("values");
        if (values == null || !values.isObject()) {
            return 0;
        }
        int restored = 0;
        long now = System.currentTimeMillis();
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            JsonNode v = e.getValue();
            Object value = v.isBoolean() ? v.booleanValue() : v.isIntegralNumber() ? v.longValue()
                    : v.isNumber() ? v.doubleValue() : v.isNull() ? null : v.asText();
            try {
                tags.write(e.getKey(), value, now);
                restored++;
            } catch (ValueRejectedException skipped) {
                continue;
            }
        }
        return restored;
    }

    /** Saves the values of all tags that were written. */
    public void save(TagTable tags) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try (OutputStream out = Files.newOutputStream(temp); JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", 1);
            g.writeObjectFieldStart("values");
            for (LiveTag tag : tags.all()) {
                if (tag.changedByWrite()) {
                    g.writeFieldName(tag.name());
                    ValueCodec.write(g, tag.writtenValue(), true);
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
