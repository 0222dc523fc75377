package org.tagbench.simulator.internal.http;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tagbench.simulator.Plant;
import org.tagbench.simulator.Role;
import org.tagbench.simulator.Variants;
import org.tagbench.simulator.internal.runtime.ArchiveSeries;
import org.tagbench.simulator.internal.runtime.Timestamps;
import org.tagbench.simulator.internal.runtime.ValueCodec;
import org.tagbench.simulator.model.ArchiveDefinition;
import org.tagbench.simulator.model.ArchiveTimer;
import org.tagbench.simulator.model.ArchiveVariable;
import org.tagbench.simulator.model.ValueRejectedException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Archives, spec section 5: archive, variable and timer configuration, recorded values by single
 * variable, and both bulk dialects of {@code Values}.
 */
final class TagLoggingApi {

    static final int DEFAULT_MAX_VALUES = 1000;
    static final int MAX_VALUES = 100_000;

    /** An archive variable with its archive. */
    private record Archived(String archive, ArchiveVariable variable) {
    }

    private final ServerContext context;
    private final Map<String, ArchiveDefinition> archives;
    private final Map<String, ArchiveTimer> timers;
    private final List<Archived> allVariables = new ArrayList<>();
    private final Map<String, Map<String, ArchiveVariable>> variables = new HashMap<>();

    TagLoggingApi(ServerContext context) {
        this.context = context;
        Plant plant = context.plant();
        archives = TagConfigApi.index(plant.archives(), ArchiveDefinition::name);
        timers = TagConfigApi.index(plant.timers(), ArchiveTimer::name);
        for (ArchiveDefinition a : plant.archives()) {
            variables.put(a.name(), TagConfigApi.index(a.variables(), ArchiveVariable::name));
            a.variables().forEach(v -> allVariables.add(new Archived(a.name(), v)));
        }
    }

    void register(Router r) {
        Plant plant = context.plant();
        r.add("GET", "tagLogging/Archives", Role.READ, c -> Paging.page(c, plant.archives(), TagLoggingApi::archive));
        r.add("GET", "tagLogging/Archive/{}", Role.READ, c -> Paging.single(archive(c), TagLoggingApi::archive, "Archive", c.param(0)));
        r.add("GET", "tagLogging/Archive/{}/Variables", Role.READ,
                c -> Paging.page(c, archive(c).variables().stream().map(v -> new Archived(c.param(0), v)).toList(),
                        TagLoggingApi::variable));
        r.add("GET", "tagLogging/Archive/{}/Variable/{}", Role.READ,
                c -> Paging.single(new Archived(c.param(0), variable(c, c.param(1))), TagLoggingApi::variable,
                        "Archive variable", c.param(1)));
        r.add("GET", "tagLogging/Archive/{}/Value/{}", Role.READ, this::valuesOfOne);
        r.add("POST", "tagLogging/Archive/{}/Values", Role.READ, this::valuesOfArchive);
        r.add("GET", "tagLogging/Timers", Role.READ, c -> Paging.page(c, plant.timers(), TagLoggingApi::timer));
        r.add("GET", "tagLogging/Timer/{}", Role.READ, c -> Paging.single(timers.get(c.param(0)), TagLoggingApi::timer, "Timer", c.param(0)));
        r.add("GET", "tagLogging/Variables", Role.READ, c -> Paging.page(c, allVariables, TagLoggingApi::variable));
        r.add("POST", "tagLogging/Values", Role.READ, this::values);
    }

    private ArchiveDefinition archive(Call c) {
        ArchiveDefinition a = archives.get(c.param(0));
        if (a == null) {
            throw new HttpError(404, "Archive '" + c.param(0) + "' does not exist. Check the spelling (names are case-sensitive).");
        }
        return a;
    }

    private ArchiveVariable variable(Call c, String name) {
        ArchiveVariable v = variables.get(archive(c).name()).get(name);
        if (v == null) {
            throw new HttpError(404, "Archive '" + c.param(0) + "' has no variable '" + name
                    + "'. Check the spelling (names are case-sensitive).");
        }
        return v;
    }

    private Reply valuesOfOne(Call c) {
        ArchiveVariable v = variable(c, c.param(1));
        Window w = Window.of(c.query("timeFrom"), c.query("timeTo"), c.queryInt("maxValues", DEFAULT_MAX_VALUES, 1, MAX_VALUES));
        List<ArchiveSeries.Sample> samples = context.engine().series(c.param(0), v.name()).query(w.from, w.to, w.max);
        Variants variants = c.variants();
        return Reply.ok(g -> {
            g.writeStartObject();
            g.writeStringField("archiveName", c.param(0));
            g.writeStringField("variableName", v.name());
            writeSamples(g, samples, variants);
            g.writeNumberField("errorcode", 0);
            g.writeStringField("error", "");
            g.writeEndObject();
        });
    }

    /** The second client dialect: POST Archive/{a}/Values?maxValues=N with {"variableNames": [...]}. */
    private Reply valuesOfArchive(Call c) throws IOException {
        ArchiveDefinition a = archive(c);
        List<String> names = ValuesApi.parseNames(c.body());
        int max = c.queryInt("maxValues", DEFAULT_MAX_VALUES, 1, MAX_VALUES);
        Window w = Window.of(c.query("timeFrom"), c.query("timeTo"), max);
        Variants variants = c.variants();
        return Reply.ok(g -> {
            g.writeStartArray();
            for (String name : names) {
                ArchiveSeries s = context.engine().series(a.name(), name);
                writeVariableResult(g, "variableName", name, s, w, variants, a.name());
            }
            g.writeEndArray();
        });
    }

    /** The first client dialect: POST Values with {"archives": [{"name", "variables": [...]}]}. */
    private Reply values(Call c) throws IOException {
        String expected = "{\"archives\": [{\"name\": \"A\", \"variables\": [{\"name\": \"V\", \"timeFrom\": \"...\","
                + " \"timeTo\": \"...\", \"maxValues\": 1000}]}]}";
        JsonNode body = c.json(expected);
        JsonNode list = body.get("archives");
        if (!body.isObject() || list == null || !list.isArray()) {
            throw new HttpError(400, "The body must be " + expected + ".");
        }
        for (JsonNode a : list) {
            if (!a.path("name").isTextual() || !a.path("variables").isArray()) {
                throw new HttpError(400, "Each archive needs a \"name\" and a \"variables\" array: " + expected + ".");
            }
            for (JsonNode v : a.get("variables")) {
                if (!v.path("name").isTextual()) {
                    throw new HttpError(400, "Each variable needs a \"name\": " + expected + ".");
                }
                Window.of(text(v, "timeFrom"), text(v, "timeTo"), maxValues(v));
            }
        }
        Variants variants = c.variants();
        return Reply.ok(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("archives");
            for (JsonNode a : list) {
                String archive = a.get("name").asText();
                boolean known = archives.containsKey(archive);
                g.writeStartObject();
                g.writeStringField("name", archive);
                g.writeArrayFieldStart("variables");
                for (JsonNode v : a.get("variables")) {
                    Window w = Window.of(text(v, "timeFrom"), text(v, "timeTo"), maxValues(v));
                    ArchiveSeries s = known ? context.engine().series(archive, v.get("name").asText()) : null;
                    writeVariableResult(g, "name", v.get("name").asText(), s, w, variants, archive);
                }
                g.writeEndArray();
                g.writeNumberField("errorcode", known ? 0 : ValueRejectedException.UNKNOWN_TAG);
                g.writeStringField("error", known ? "" : unknownArchive(archive));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static String unknownArchive(String archive) {
        return "Archive '" + archive + "' does not exist. Check the spelling (names are case-sensitive).";
    }

    private static String text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static int maxValues(JsonNode v) {
        JsonNode n = v.get("maxValues");
        if (n == null || n.isNull()) {
            return DEFAULT_MAX_VALUES;
        }
        if (!n.canConvertToInt() || n.intValue() < 1 || n.intValue() > MAX_VALUES) {
            throw new HttpError(400, "maxValues " + n + " is not valid. Use a whole number from 1 to " + MAX_VALUES + ".");
        }
        return n.intValue();
    }

    private static void writeVariableResult(JsonGenerator g, String nameField, String name, ArchiveSeries s, Window w,
            Variants variants, String archive) throws IOException {
        g.writeStartObject();
        g.writeStringField(nameField, name);
        writeSamples(g, s == null ? List.of() : s.query(w.from, w.to, w.max), variants);
        g.writeNumberField("errorcode", s == null ? ValueRejectedException.UNKNOWN_TAG : 0);
        g.writeStringField("error", s == null ? "Archive '" + archive + "' has no variable '" + name
                + "'. Check the spelling (names are case-sensitive)." : "");
        g.writeEndObject();
    }

    private static void writeSamples(JsonGenerator g, List<ArchiveSeries.Sample> samples, Variants variants)
            throws IOException {
        g.writeArrayFieldStart("values");
        for (ArchiveSeries.Sample s : samples) {
            g.writeStartObject();
            g.writeStringField("timestamp", Timestamps.format(s.timeMillis()));
            g.writeFieldName("value");
            ValueCodec.write(g, s.value(), variants.binaryAsBoolean());
            g.writeNumberField(variants.qualityFieldCasing().field(), s.quality());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void archive(JsonGenerator g, ArchiveDefinition a) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", a.name());
        g.writeStringField("type", a.type());
        g.writeNumberField("capacity", a.capacity());
        g.writeNumberField("variableCount", a.variables().size());
        g.writeEndObject();
    }

    private static void variable(JsonGenerator g, Archived v) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", v.variable().name());
        g.writeStringField("archive", v.archive());
        g.writeStringField("variableName", v.variable().tag());
        g.writeStringField("timer", v.variable().timer());
        g.writeStringField("comment", v.variable().comment());
        g.writeEndObject();
    }

    static void timer(JsonGenerator g, ArchiveTimer t) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeNumberField("cycleMillis", t.cycleMillis());
        g.writeEndObject();
    }

    /** A time range with a count limit. */
    private record Window(long from, long to, int max) {

        static Window of(String timeFrom, String timeTo, int max) {
            return new Window(parse(timeFrom, Long.MIN_VALUE, "timeFrom"), parse(timeTo, Long.MAX_VALUE, "timeTo"), max);
        }

        private static long parse(String text, long fallback, String field) {
            if (text == null || text.isEmpty()) {
                return fallback;
            }
            Instant i = ValueCodec.parseInstant(text);
            if (i == null) {
                throw new HttpError(400, field + " '" + text + "' is not an ISO-8601 time. Send e.g. 2024-05-01T12:00:00Z.");
            }
            return i.toEpochMilli();
        }
    }
}
