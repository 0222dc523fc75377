package org.tagbench.simulator.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.tagbench.simulator.Plant;
import org.tagbench.simulator.internal.runtime.ValueCodec;
import org.tagbench.simulator.model.AlarmConfiguration;
import org.tagbench.simulator.model.AlarmFilter;
import org.tagbench.simulator.model.AlarmItem;
import org.tagbench.simulator.model.ArchiveDefinition;
import org.tagbench.simulator.model.ArchiveTimer;
import org.tagbench.simulator.model.ArchiveVariable;
import org.tagbench.simulator.model.Connection;
import org.tagbench.simulator.model.DataType;
import org.tagbench.simulator.model.Dynamics;
import org.tagbench.simulator.model.LimitValue;
import org.tagbench.simulator.model.MessageDefinition;
import org.tagbench.simulator.model.Scaling;
import org.tagbench.simulator.model.StructureInstance;
import org.tagbench.simulator.model.StructureType;
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.TagGroup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and writes the plant JSON format described in the bundle's README. Reading rejects
 * unknown fields and names the faulty entry, e.g. {@code tags[3].dataType}.
 */
public final class PlantJson {

    /** The format version written and accepted. */
    public static final int FORMAT_VERSION = 1;

    private static final Set<String> TAG_FIELDS = Set.of("name", "dataType", "connection", "group", "comment", "unit",
            "length", "limits", "scaling", "startValue", "dynamics");

    private PlantJson() {
    }

    public static Plant read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The plant file is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The plant file must contain a JSON object; see the simulator README.");
        }
        Node r = new Node(root, "plant");
        r.allow("formatVersion", "name", "connections", "groups", "structureTypes", "structureInstances", "tags",
                "timers", "archives", "alarms");
        long version = r.integer("formatVersion", FORMAT_VERSION);
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException("Plant formatVersion " + version + " is not supported; use "
                    + FORMAT_VERSION + ".");
        }
        Plant.Builder b = Plant.builder(r.text("name", "Plant"));
        for (Node n : r.list("connections")) {
            n.allow("name", "driver", "unit", "parameters", "comment");
            b.connection(n.build(() -> new Connection(n.text("name", null), n.text("driver", null), n.text("unit", null),
                    n.text("parameters", null), n.text("comment", null))));
        }
        for (Node n : r.list("groups")) {
            n.allow("name", "connection", "comment");
            b.group(n.build(() -> new TagGroup(n.text("name", null), n.text("connection", null), n.text("comment", null))));
        }
        for (Node n : r.list("structureTypes")) {
            n.allow("name", "members", "comment");
            List<TagDefinition> members = new ArrayList<>();
            for (Node m : n.list("members")) {
                members.add(tag(m));
            }
            b.structureType(n.build(() -> new StructureType(n.text("name", null), members, n.text("comment", null))));
        }
        for (Node n : r.list("structureInstances")) {
            n.allow("name", "type", "connection", "group", "comment");
            b.structureInstance(n.build(() -> new StructureInstance(n.text("name", null), n.text("type", null),
                    n.text("connection", null), n.text("group", null), n.text("comment", null))));
        }
        for (Node n : r.list("tags")) {
            b.tag(tag(n));
        }
        for (Node n : r.list("timers")) {
            n.allow("name", "cycleMillis");
            b.timer(n.build(() -> new ArchiveTimer(n.text("name", null), n.integer("cycleMillis", 0))));
        }
        for (Node n : r.list("archives")) {
            n.allow("name", "type", "capacity", "variables");
            List<ArchiveVariable> vars = new ArrayList<>();
            for (Node v : n.list("variables")) {
                v.allow("name", "tag", "timer", "comment");
                vars.add(v.build(() -> new ArchiveVariable(v.text("name", v.text("tag", null)), v.text("tag", null),
                        v.text("timer", null), v.text("comment", null))));
            }
            b.archive(n.build(() -> new ArchiveDefinition(n.text("name", null), n.text("type", null),
                    (int) n.integer("capacity", 0), vars)));
        }
        Node alarms = r.child("alarms");
        if (alarms != null) {
            b.alarms(alarms(alarms));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Plant '" + r.text("name", "Plant") + "': " + e.getMessage(), e);
        }
    }

    private static TagDefinition tag(Node n) {
        n.allow(TAG_FIELDS.toArray(String[]::new));
        return n.build(() -> {
            TagDefinition.Builder t = TagDefinition.builder(n.text("name", null), DataType.parse(n.text("dataType", "")))
                    .connection(n.text("connection", null)).group(n.text("group", null))
                    .comment(n.text("comment", null)).unit(n.text("unit", null)).length((int) n.integer("length", 0));
            Node limits = n.child("limits");
            if (limits != null) {
                limits.allow("low", "high");
                t.limits(limits.number("low"), limits.number("high"));
            }
            Node scaling = n.child("scaling");
            if (scaling != null) {
                scaling.allow("processLow", "processHigh", "valueLow", "valueHigh");
                t.scaling(new Scaling(scaling.require("processLow"), scaling.require("processHigh"),
                        scaling.require("valueLow"), scaling.require("valueHigh")));
            }
            JsonNode start = n.json.get("startValue");
            if (start != null && !start.isNull()) {
                t.startValue(scalar(start));
            }
            Node dyn = n.child("dynamics");
            if (dyn != null) {
                dyn.allow("kind", "min", "max", "periodMillis", "step", "source", "factor", "offset");
                Dynamics.Kind kind = Dynamics.Kind.valueOf(dyn.text("kind", "CONSTANT").toUpperCase(java.util.Locale.ROOT));
                Double factor = dyn.number("factor");
                Double offset = dyn.number("offset");
                t.dynamics(new Dynamics(kind, orZero(dyn.number("min")), orZero(dyn.number("max")),
                        dyn.integer("periodMillis", 0), orZero(dyn.number("step")), dyn.text("source", null),
                        factor == null ? 1 : factor, offset == null ? 0 : offset));
            }
            return t.build();
        });
    }

    private static AlarmConfiguration alarms(Node a) {
        a.allow("messageClasses", "messageTypes", "messageGroups", "messageBlocks", "messages", "limitValues", "filters");
        BiFunction<Node, String, AlarmItem> item = (n, parentField) -> {
            n.allow("name", "texts", parentField);
            return n.build(() -> new AlarmItem(n.text("name", null), n.text(parentField, null), n.texts("texts")));
        };
        List<MessageDefinition> messages = new ArrayList<>();
        for (Node n : a.list("messages")) {
            n.allow("number", "name", "class", "type", "group", "tag", "locked", "texts");
            messages.add(n.build(() -> new MessageDefinition((int) n.integer("number", 0), n.text("name", null),
                    n.text("class", null), n.text("type", null), n.text("group", null), n.text("tag", null),
                    n.json.path("locked").asBoolean(false), n.texts("texts"))));
        }
        List<LimitValue> limits = new ArrayList<>();
        for (Node n : a.list("limitValues")) {
            n.allow("name", "tag", "direction", "limit", "hysteresis", "message");
            limits.add(n.build(() -> new LimitValue(n.text("name", null), n.text("tag", null),
                    LimitValue.Direction.valueOf(n.text("direction", "HIGH").toUpperCase(java.util.Locale.ROOT)),
                    n.require("limit"), orZero(n.number("hysteresis")), (int) n.integer("message", 0))));
        }
        List<AlarmFilter> filters = new ArrayList<>();
        for (Node n : a.list("filters")) {
            n.allow("name", "classes", "groups");
            filters.add(n.build(() -> new AlarmFilter(n.text("name", null), n.strings("classes"), n.strings("groups"))));
        }
        return new AlarmConfiguration(a.list("messageClasses").stream().map(n -> item.apply(n, "parent")).toList(),
                a.list("messageTypes").stream().map(n -> item.apply(n, "class")).toList(),
                a.list("messageGroups").stream().map(n -> item.apply(n, "parent")).toList(),
                a.list("messageBlocks").stream().map(n -> item.apply(n, "parent")).toList(), messages, limits, filters);
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    private static Object scalar(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        return v.asText();
    }

    /** Writes a plant in the format {@link #read} accepts; streaming, so large plants need little memory. */
    public static void write(Plant plant, OutputStream out) throws IOException {
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("name", plant.name());
            g.writeArrayFieldStart("connections");
            for (Connection c : plant.connections()) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("driver", c.driver());
                g.writeStringField("unit", c.unit());
                g.writeStringField("parameters", c.parameters());
                g.writeStringField("comment", c.comment());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("groups");
            for (TagGroup gr : plant.groups()) {
                g.writeStartObject();
                g.writeStringField("name", gr.name());
                optional(g, "connection", gr.connection());
                g.writeStringField("comment", gr.comment());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("structureTypes");
            for (StructureType t : plant.structureTypes()) {
                g.writeStartObject();
                g.writeStringField("name", t.name());
                g.writeStringField("comment", t.comment());
                g.writeArrayFieldStart("members");
                for (TagDefinition m : t.members()) {
                    writeTag(g, m);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("structureInstances");
            for (StructureInstance i : plant.structureInstances()) {
                g.writeStartObject();
                g.writeStringField("name", i.name());
                g.writeStringField("type", i.type());
                optional(g, "connection", i.connection());
                optional(g, "group", i.group());
                g.writeStringField("comment", i.comment());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tags");
            for (TagDefinition t : plant.tags()) {
                if (t.structureInstance() == null) {
                    writeTag(g, t);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("timers");
            for (ArchiveTimer t : plant.timers()) {
                g.writeStartObject();
                g.writeStringField("name", t.name());
                g.writeNumberField("cycleMillis", t.cycleMillis());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("archives");
            for (ArchiveDefinition a : plant.archives()) {
                g.writeStartObject();
                g.writeStringField("name", a.name());
                g.writeStringField("type", a.type());
                g.writeNumberField("capacity", a.capacity());
                g.writeArrayFieldStart("variables");
                for (ArchiveVariable v : a.variables()) {
                    g.writeStartObject();
                    g.writeStringField("name", v.name());
                    g.writeStringField("tag", v.tag());
                    g.writeStringField("timer", v.timer());
                    g.writeStringField("comment", v.comment());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            writeAlarms(g, plant.alarms());
            g.writeEndObject();
        }
    }

    private static void writeTag(JsonGenerator g, TagDefinition t) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", t.structureInstance() != null && t.name().startsWith(t.structureInstance() + ".")
                ? t.name().substring(t.structureInstance().length() + 1) : t.name());
        g.writeStringField("dataType", t.dataType().name());
        if (t.structureInstance() == null) {
            optional(g, "connection", t.connection());
            optional(g, "group", t.group());
        }
        if (!t.comment().isEmpty()) {
            g.writeStringField("comment", t.comment());
        }
        if (!t.unit().isEmpty()) {
            g.writeStringField("unit", t.unit());
        }
        if (t.dataType().isText() || t.dataType() == DataType.RAW) {
            g.writeNumberField("length", t.length());
        }
        if (t.limits().low() != null || t.limits().high() != null) {
            g.writeObjectFieldStart("limits");
            writeOptionalNumber(g, "low", t.limits().low());
            writeOptionalNumber(g, "high", t.limits().high());
            g.writeEndObject();
        }
        if (t.scaling() != null) {
            Scaling s = t.scaling();
            g.writeObjectFieldStart("scaling");
            g.writeNumberField("processLow", s.processLow());
            g.writeNumberField("processHigh", s.processHigh());
            g.writeNumberField("valueLow", s.valueLow());
            g.writeNumberField("valueHigh", s.valueHigh());
            g.writeEndObject();
        }
        if (t.startValue() != null) {
            g.writeFieldName("startValue");
            ValueCodec.write(g, t.startValue(), true);
        }
        Dynamics d = t.dynamics();
        if (d.kind() != Dynamics.Kind.CONSTANT) {
            g.writeObjectFieldStart("dynamics");
            g.writeStringField("kind", d.kind().name());
            if (d.kind() == Dynamics.Kind.FOLLOW) {
                g.writeStringField("source", d.source());
                g.writeNumberField("factor", d.factor());
                g.writeNumberField("offset", d.offset());
            } else {
                g.writeNumberField("min", d.min());
                g.writeNumberField("max", d.max());
                g.writeNumberField("periodMillis", d.periodMillis());
                if (d.step() != 0) {
                    g.writeNumberField("step", d.step());
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeAlarms(JsonGenerator g, AlarmConfiguration a) throws IOException {
        g.writeObjectFieldStart("alarms");
        writeItems(g, "messageClasses", a.messageClasses(), "parent");
        writeItems(g, "messageTypes", a.messageTypes(), "class");
        writeItems(g, "messageGroups", a.messageGroups(), "parent");
        writeItems(g, "messageBlocks", a.messageBlocks(), "parent");
        g.writeArrayFieldStart("messages");
        for (MessageDefinition m : a.messages()) {
            g.writeStartObject();
            g.writeNumberField("number", m.number());
            g.writeStringField("name", m.name());
            g.writeStringField("class", m.messageClass());
            g.writeStringField("type", m.messageType());
            optional(g, "group", m.group());
            optional(g, "tag", m.tag());
            if (m.locked()) {
                g.writeBooleanField("locked", true);
            }
            writeTexts(g, m.texts());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("limitValues");
        for (LimitValue l : a.limitValues()) {
            g.writeStartObject();
            g.writeStringField("name", l.name());
            g.writeStringField("tag", l.tag());
            g.writeStringField("direction", l.direction().name());
            g.writeNumberField("limit", l.limit());
            g.writeNumberField("hysteresis", l.hysteresis());
            g.writeNumberField("message", l.messageNumber());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("filters");
        for (AlarmFilter f : a.filters()) {
            g.writeStartObject();
            g.writeStringField("name", f.name());
            g.writeArrayFieldStart("classes");
            for (String c : f.messageClasses()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("groups");
            for (String c : f.messageGroups()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeItems(JsonGenerator g, String field, List<AlarmItem> items, String parentField)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (AlarmItem i : items) {
            g.writeStartObject();
            g.writeStringField("name", i.name());
            optional(g, parentField, i.parent());
            writeTexts(g, i.texts());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeTexts(JsonGenerator g, Map<String, String> texts) throws IOException {
        g.writeObjectFieldStart("texts");
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(texts).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void writeOptionalNumber(JsonGenerator g, String field, Double value) throws IOException {
        if (value != null) {
            g.writeNumberField(field, value);
        }
    }

    /** A JSON object with its path, for error messages. */
    private static final class Node {
        final JsonNode json;
        final String path;

        Node(JsonNode json, String path) {
            this.json = json;
            this.path = path;
        }

        void allow(String... fields) {
            Set<String> allowed = new LinkedHashSet<>(List.of(fields));
            for (Iterator<String> it = json.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!allowed.contains(f)) {
                    throw new IllegalArgumentException(path + ": unknown field '" + f + "'. Known fields: "
                            + String.join(", ", allowed) + ".");
                }
            }
        }

        <T> T build(java.util.function.Supplier<T> factory) {
            try {
                return factory.get();
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(path)) {
                    throw e;
                }
                throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
            }
        }

        String text(String field, String fallback) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isValueNode()) {
                throw new IllegalArgumentException(path + "." + field + " must be a string.");
            }
            return v.asText();
        }

        long integer(String field, long fallback) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isIntegralNumber()) {
                throw new IllegalArgumentException(path + "." + field + " must be a whole number.");
            }
            return v.longValue();
        }

        Double number(String field) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isNumber()) {
                throw new IllegalArgumentException(path + "." + field + " must be a number.");
            }
            return v.doubleValue();
        }

        double require(String field) {
            Double d = number(field);
            if (d == null) {
                throw new IllegalArgumentException(path + "." + field + " is required.");
            }
            return d;
        }

        Node child(String field) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isObject()) {
                throw new IllegalArgumentException(path + "." + field + " must be an object.");
            }
            return new Node(v, path + "." + field);
        }

        List<Node> list(String field) {
            JsonNode v = json.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw new IllegalArgumentException(path + "." + field + " must be an array.");
            }
            List<Node> nodes = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                String p = field.equals("tags") || path.equals("plant") ? field + "[" + i + "]" : path + "." + field + "[" + i + "]";
                if (!e.isObject()) {
                    throw new IllegalArgumentException(p + " must be an object.");
                }
                nodes.add(new Node(e, p));
            }
            return nodes;
        }

        Map<String, String> texts(String field) {
            Map<String, String> texts = new LinkedHashMap<>();
            Node t = child(field);
            if (t != null) {
                t.json.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asText()));
            }
            return texts;
        }

        Set<String> strings(String field) {
            Set<String> set = new LinkedHashSet<>();
            JsonNode v = json.get(field);
            if (v != null && v.isArray()) {
                v.forEach(e -> set.add(e.asText()));
            }
            return set;
        }
    }
}
