package org.tagbench.simulator.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.tagbench.simulator.Role;
import org.tagbench.simulator.Variants;
import org.tagbench.simulator.internal.io.Json;
import org.tagbench.simulator.internal.runtime.TagTable;
import org.tagbench.simulator.internal.runtime.Timestamps;
import org.tagbench.simulator.internal.runtime.ValueCodec;
import org.tagbench.simulator.model.TagValue;
import org.tagbench.simulator.model.ValueRejectedException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runtime values, spec section 3: {@code Value/{name}} (GET, PUT) and {@code Values} (POST read,
 * PUT write).
 */
final class ValuesApi {

    private static final String READ_BODY = "{\"variableNames\": [\"Tag1\", \"Tag2\"]}";

    private final ServerContext context;

    ValuesApi(ServerContext context) {
        this.context = context;
    }

    void register(Router router) {
        router.add("GET", "tagManagement/Value/{}", Role.READ, this::readOne)
                .add("PUT", "tagManagement/Value/{}", Role.WRITE, this::writeOne)
                .add("POST", "tagManagement/Values", Role.READ, this::readMany)
                .add("PUT", "tagManagement/Values", Role.WRITE, this::writeMany);
    }

    private Reply readOne(Call call) {
        String name = call.param(0);
        TagValue value = context.tags().read(name, System.currentTimeMillis());
        if (value == null) {
            throw new HttpError(404, TagTable.unknown(name).getMessage());
        }
        Variants variants = call.variants();
        return Reply.ok(g -> writeValue(g, value, variants));
    }

    private Reply readMany(Call call) throws IOException {
        List<String> names = parseNames(call.body());
        TagTable tags = context.tags();
        Variants variants = call.variants();
        long now = System.currentTimeMillis();
        List<Object> rows = new ArrayList<>(names.size());
        boolean unknown = false;
        for (String name : names) {
            TagValue v = tags.read(name, now);
            unknown |= v == null;
            if (v != null || variants.unknownNames() == Variants.UnknownNames.PER_ITEM_ERROR) {
                rows.add(v == null ? name : v);
            }
        }
        if (unknown && variants.unknownNames() == Variants.UnknownNames.EMPTY_BODY) {
            return Reply.empty(200);
        }
        if (!rows.isEmpty() && ReplySender.hit(call.faults().fewerRowsRate())) {
            List<Object> fewer = new ArrayList<>();
            for (int i = 0; i < rows.size(); i += 2) {
                fewer.add(rows.get(i));
            }
            rows = rows.size() == 1 ? List.of() : fewer;
        }
        List<Object> answer = rows;
        return Reply.ok(g -> {
            if (variants.wrapValues()) {
                g.writeStartObject();
                g.writeFieldName("values");
            }
            g.writeStartArray();
            for (Object row : answer) {
                if (row instanceof TagValue v) {
                    writeValue(g, v, variants);
                } else {
                    writeUnknown(g, (String) row, now, variants);
                }
            }
            g.writeEndArray();
            if (variants.wrapValues()) {
                g.writeEndObject();
            }
        });
    }

    /** Reads {"variableNames": [...]} with the streaming parser; other fields are ignored. */
    static List<String> parseNames(byte[] body) throws IOException {
        if (body.length == 0) {
            throw new HttpError(400, "The request has no body. Send " + READ_BODY + ".");
        }
        List<String> names = null;
        try (JsonParser p = Json.FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new HttpError(400, "The body must be a JSON object: " + READ_BODY + ".");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (!field.equals("variableNames")) {
                    p.skipChildren();
                    continue;
                }
                if (t != JsonToken.START_ARRAY) {
                    throw new HttpError(400, "\"variableNames\" must be an array of strings: " + READ_BODY + ".");
                }
                names = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t != JsonToken.VALUE_STRING) {
                        throw new HttpError(400, "\"variableNames\" must hold only strings: " + READ_BODY + ".");
                    }
                    names.add(p.getText());
                }
            }
            if (p.nextToken() != null) {
                throw new HttpError(400, "Unexpected content after the JSON object. Send " + READ_BODY + ".");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new HttpError(400, "The request body is not valid JSON (" + e.getOriginalMessage() + "). Send "
                    + READ_BODY + ".");
        }
        if (names == null) {
            throw new HttpError(400, "The body lacks \"variableNames\". Send " + READ_BODY + ".");
        }
        return names;
    }

    /** The outcome of writing one item. */
    private record ItemResult(String variableName, int errorcode, String error) {

        void write(JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("variableName", variableName);
            g.writeNumberField("errorcode", errorcode);
            g.writeStringField("error", error);
            g.writeEndObject();
        }
    }

    private Reply writeOne(Call call) throws IOException {
        String name = call.param(0);
        JsonNode body = call.json("{\"value\": 42}");
        if (!body.isObject() || !body.has("value")) {
            throw new HttpError(400, "The body must be a JSON object with a \"value\", e.g. {\"value\": 42}.");
        }
        if (context.tags().get(name) == null) {
            throw new HttpError(404, TagTable.unknown(name).getMessage());
        }
        ItemResult result = write(name, body.get("value"));
        return Reply.ok(result::write);
    }

    private Reply writeMany(Call call) throws IOException {
        JsonNode body = call.json("[{\"variableName\": \"Tag1\", \"value\": 1}]");
        if (!body.isArray()) {
            throw new HttpError(400, "The body must be a JSON array: [{\"variableName\": \"Tag1\", \"value\": 1}].");
        }
        List<ItemResult> results = new ArrayList<>(body.size());
        for (JsonNode item : body) {
            JsonNode name = item.get("variableName");
            if (!item.isObject() || name == null || !name.isTextual()) {
                results.add(new ItemResult(name == null ? "" : name.asText(), ValueRejectedException.INCOMPLETE,
                        "An item lacks \"variableName\". Send {\"variableName\": \"Tag1\", \"value\": 1}."));
            } else if (!item.has("value")) {
                results.add(new ItemResult(name.asText(), ValueRejectedException.INCOMPLETE,
                        "Item '" + name.asText() + "' lacks \"value\". Send {\"variableName\": \"" + name.asText()
                                + "\", \"value\": ...}."));
            } else {
                results.add(write(name.asText(), item.get("value")));
            }
        }
        return Reply.ok(g -> {
            g.writeStartArray();
            for (ItemResult r : results) {
                r.write(g);
            }
            g.writeEndArray();
        });
    }

    private ItemResult write(String name, JsonNode value) {
        try {
            context.tags().write(name, scalar(value), System.currentTimeMillis());
            return new ItemResult(name, 0, "");
        } catch (ValueRejectedException e) {
            return new ItemResult(name, e.errorcode(), e.getMessage());
        }
    }

    static Object scalar(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToLong() ? (Object) v.longValue() : v.bigIntegerValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        return v.toString();
    }

    /** Writes a value object, spec section 3. */
    static void writeValue(JsonGenerator g, TagValue v, Variants variants) throws IOException {
        g.writeStartObject();
        g.writeStringField("variableName", v.name());
        g.writeFieldName("value");
        ValueCodec.write(g, v.value(), variants.binaryAsBoolean());
        g.writeNumberField("dataType", v.dataType().code());
        g.writeStringField("timestamp", Timestamps.format(v.timestamp().toEpochMilli()));
        g.writeNumberField(variants.qualityFieldCasing().field(), v.quality());
        g.writeNumberField("errorcode", 0);
        g.writeStringField("error", "");
        g.writeEndObject();
    }

    private static void writeUnknown(JsonGenerator g, String name, long now, Variants variants) throws IOException {
        g.writeStartObject();
        g.writeStringField("variableName", name);
        g.writeNullField("value");
        g.writeNumberField("dataType", 0);
        g.writeStringField("timestamp", Timestamps.format(now));
        g.writeNumberField(variants.qualityFieldCasing().field(), 0);
        g.writeNumberField("errorcode", ValueRejectedException.UNKNOWN_TAG);
        g.writeStringField("error", TagTable.unknown(name).getMessage());
        g.writeEndObject();
    }
}
