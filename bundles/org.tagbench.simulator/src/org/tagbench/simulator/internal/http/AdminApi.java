package org.tagbench.simulator.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.tagbench.simulator.FaultSpec;
import org.tagbench.simulator.Variants;
import org.tagbench.simulator.internal.io.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The simulator's own control endpoint below {@code /simulator}, with its own credentials:
 * status, faults, variants, runtime stop/start and the certificate. Never affected by faults,
 * and served while the runtime is stopped.
 */
final class AdminApi {

    private final ServerContext context;

    AdminApi(ServerContext context) {
        this.context = context;
    }

    void register(Router r) {
        r.add("GET", "status", null, c -> Reply.ok(g -> {
            g.writeStartObject();
            g.writeStringField("runtime", context.runtimeRunning() ? "running" : "stopped");
            g.writeStringField("baseUri", context.baseUri());
            g.writeBooleanField("https", context.https());
            g.writeStringField("certificateSha256", context.https() ? context.certificateSha256() : "");
            g.writeStringField("plant", context.plant().name());
            g.writeNumberField("tags", context.tags().size());
            g.writeFieldName("variants");
            Json.MAPPER.writeValue(g, context.variants());
            g.writeFieldName("faults");
            Json.MAPPER.writeValue(g, context.faults().current());
            g.writeEndObject();
        }));
        r.add("GET", "faults", null, c -> faults());
        r.add("PUT", "faults", null, c -> {
            context.faults().set(read(c, Json.MAPPER.createObjectNode(), FaultSpec.class));
            return faults();
        });
        r.add("PATCH", "faults", null, c -> {
            context.faults().set(read(c, Json.MAPPER.valueToTree(context.faults().current()), FaultSpec.class));
            return faults();
        });
        r.add("DELETE", "faults", null, c -> {
            context.faults().clear();
            return faults();
        });
        r.add("GET", "variants", null, c -> variants());
        r.add("PUT", "variants", null, c -> {
            context.setVariants(read(c, Json.MAPPER.valueToTree(Variants.DEFAULTS), Variants.class));
            return variants();
        });
        r.add("PATCH", "variants", null, c -> {
            context.setVariants(read(c, Json.MAPPER.valueToTree(context.variants()), Variants.class));
            return variants();
        });
        r.add("POST", "runtime/stop", null, c -> {
            context.stopRuntime();
            return runtime();
        });
        r.add("POST", "runtime/start", null, c -> {
            context.startRuntime();
            return runtime();
        });
        r.add("GET", "runtime", null, c -> runtime());
        r.add("POST", "alarms/{}/acknowledge", null, c -> acknowledge(c.param(0)));
        r.add("GET", "certificate", null, c -> {
            requireHttps();
            return new Reply(200, context.certificatePem().getBytes(StandardCharsets.US_ASCII),
                    Map.of("Content-Type", "application/x-pem-file"));
        });
        r.add("POST", "certificate/rotate", null, c -> {
            requireHttps();
            context.rotateCertificate();
            return Reply.ok(g -> {
                g.writeStartObject();
                g.writeStringField("certificateSha256", context.certificateSha256());
                g.writeEndObject();
            });
        });
    }

    /** Acknowledges an active message as an operator would; 404 when it is not waiting for that. */
    private Reply acknowledge(String number) {
        int messageNumber;
        try {
            messageNumber = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new HttpError(400, "'" + number + "' is not a message number. Send e.g. POST alarms/1/acknowledge.");
        }
        if (!context.engine().alarms().acknowledge(messageNumber, System.currentTimeMillis())) {
            throw new HttpError(404, "Message " + messageNumber + " is not active or is already acknowledged; "
                    + "see GET /alarmLogging/MessageList/{filter} for the active messages.");
        }
        return Reply.ok(g -> {
            g.writeStartObject();
            g.writeNumberField("acknowledged", messageNumber);
            g.writeEndObject();
        });
    }

    private void requireHttps() {
        if (!context.https()) {
            throw new HttpError(409, "The simulator serves plain HTTP and has no certificate. Start it with HTTPS.");
        }
    }

    private Reply faults() {
        return Reply.ok(g -> Json.MAPPER.writeValue(g, context.faults().current()));
    }

    private Reply variants() {
        return Reply.ok(g -> Json.MAPPER.writeValue(g, context.variants()));
    }

    private Reply runtime() {
        return Reply.ok(g -> {
            g.writeStartObject();
            g.writeStringField("runtime", context.runtimeRunning() ? "running" : "stopped");
            g.writeEndObject();
        });
    }

    /** Merges the body's fields over {@code base} and converts the result. */
    private static <T> T read(Call c, ObjectNode base, Class<T> type) throws IOException {
        JsonNode body = c.json("a JSON object with the fields to set");
        if (!body.isObject()) {
            throw new HttpError(400, "The body must be a JSON object with the fields to set.");
        }
        base.setAll((ObjectNode) body);
        try {
            return Json.MAPPER.treeToValue(base, type);
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new HttpError(400, "The " + type.getSimpleName() + " is not valid: " + cause.getMessage());
        }
    }
}
