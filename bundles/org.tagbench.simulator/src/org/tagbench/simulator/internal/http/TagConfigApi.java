package org.tagbench.simulator.internal.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.tagbench.simulator.Plant;
import org.tagbench.simulator.Role;
import org.tagbench.simulator.internal.runtime.LiveTag;
import org.tagbench.simulator.internal.runtime.TagTable;
import org.tagbench.simulator.internal.runtime.ValueCodec;
import org.tagbench.simulator.model.Connection;
import org.tagbench.simulator.model.Scaling;
import org.tagbench.simulator.model.StructureInstance;
import org.tagbench.simulator.model.StructureType;
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.TagGroup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tag configuration, spec section 4: connections, groups, structure types, structure variables
 * and tag configurations, as paged lists and single items. The JSON shapes and the list selection
 * parameters ({@link ListFilter}) are our assumption and documented in the README.
 */
final class TagConfigApi {

    private final ServerContext context;
    private final Map<String, Connection> connections;
    private final Map<String, TagGroup> groups;
    private final Map<String, StructureType> types;
    private final Map<String, List<StructureInstance>> instancesByType = new HashMap<>();
    private final Map<String, List<String>> elements = new HashMap<>();

    TagConfigApi(ServerContext context) {
        this.context = context;
        Plant plant = context.plant();
        connections = index(plant.connections(), Connection::name);
        groups = index(plant.groups(), TagGroup::name);
        types = index(plant.structureTypes(), StructureType::name);
        for (StructureInstance i : plant.structureInstances()) {
            instancesByType.computeIfAbsent(i.type(), k -> new ArrayList<>()).add(i);
        }
        for (TagDefinition t : plant.tags()) {
            if (t.structureInstance() != null) {
                elements.computeIfAbsent(t.structureInstance(), k -> new ArrayList<>()).add(t.name());
            }
        }
    }

    static <T> Map<String, T> index(List<T> items, Function<T, String> name) {
        Map<String, T> map = new HashMap<>();
        for (T item : items) {
            map.put(name.apply(item), item);
        }
        return map;
    }

    void register(Router r) {
        Plant plant = context.plant();
        r.add("GET", "tagManagement/Connections", Role.READ,
                c -> Paging.page(c, plant.connections(), named(c, Connection::name), TagConfigApi::connection));
        r.add("GET", "tagManagement/Connection/{}", Role.READ,
                c -> Paging.single(connections.get(c.param(0)), TagConfigApi::connection, "Connection", c.param(0)));
        r.add("GET", "tagManagement/Groups", Role.READ,
                c -> Paging.page(c, plant.groups(), named(c, TagGroup::name), TagConfigApi::group));
        r.add("GET", "tagManagement/Group/{}", Role.READ,
                c -> Paging.single(groups.get(c.param(0)), TagConfigApi::group, "Tag group", c.param(0)));
        r.add("GET", "tagManagement/StructureTypes", Role.READ,
                c -> Paging.page(c, plant.structureTypes(), named(c, StructureType::name), TagConfigApi::type));
        r.add("GET", "tagManagement/StructureType/{}", Role.READ,
                c -> Paging.single(types.get(c.param(0)), TagConfigApi::type, "Structure type", c.param(0)));
        r.add("GET", "tagManagement/StructureVariables", Role.READ,
                c -> Paging.page(c, plant.structureInstances(), instanceFilter(c), this::instance));
        r.add("POST", "tagManagement/StructureVariables", Role.READ, this::instancesOfTypes);
        r.add("GET", "tagManagement/StructureVariable/{}", Role.READ, c -> {
            if (!types.containsKey(c.param(0))) {
                throw new HttpError(404, "Structure type '" + c.param(0)
                        + "' does not exist. Check the spelling (names are case-sensitive).");
            }
            return Paging.page(c, instancesByType.getOrDefault(c.param(0), List.of()), instanceFilter(c), this::instance);
        });
        r.add("GET", "tagManagement/Variables", Role.READ, this::variables);
        r.add("GET", "tagManagement/Variable/{}", Role.READ, c -> {
            LiveTag tag = context.tags().get(c.param(0));
            return Paging.single(tag == null ? null : tag.definition(), TagConfigApi::variable, "Tag", c.param(0));
        });
    }

    /**
     * Tag configurations, optionally of one group and/or connection (from the table's per-group and
     * per-connection lists, the shorter when both are given) and matching a name pattern.
     */
    private Reply variables(Call call) {
        ListFilter f = ListFilter.of(call);
        TagTable table = context.tags();
        List<TagDefinition> candidates = f.group() != null ? table.inGroup(f.group()) : table.definitions();
        if (f.connection() != null) {
            List<TagDefinition> ofConnection = table.inConnection(f.connection());
            if (f.group() == null || ofConnection.size() < candidates.size()) {
                candidates = ofConnection;
            }
        }
        boolean exact = f.name() == null && (f.group() == null || f.connection() == null);
        return Paging.page(call, candidates, exact ? null : t -> f.accepts(t.name(), t.group(), t.connection()),
                TagConfigApi::variable);
    }

    /** @return the name filter of the call, or null for all items */
    private static <T> Predicate<T> named(Call call, Function<T, String> name) {
        ListFilter f = ListFilter.of(call);
        return f.name() == null ? null : item -> f.named(name.apply(item));
    }

    private static Predicate<StructureInstance> instanceFilter(Call call) {
        ListFilter f = ListFilter.of(call);
        return f.none() ? null : i -> f.accepts(i.name(), i.group(), i.connection());
    }

    private Reply instancesOfTypes(Call call) throws IOException {
        String expected = "{\"typeNames\": [\"Motor\"]}";
        JsonNode body = call.json(expected);
        JsonNode names = body.get("typeNames");
        if (!body.isObject() || names == null || !names.isArray()) {
            throw new HttpError(400, "The body must be " + expected + ".");
        }
        Set<String> wanted = new LinkedHashSet<>();
        names.forEach(n -> wanted.add(n.asText()));
        List<StructureInstance> selected = new ArrayList<>();
        for (String type : wanted) {
            selected.addAll(instancesByType.getOrDefault(type, List.of()));
        }
        return Paging.page(call, selected, instanceFilter(call), this::instance);
    }

    static void connection(JsonGenerator g, Connection c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeStringField("driver", c.driver());
        g.writeStringField("unit", c.unit());
        g.writeStringField("parameters", c.parameters());
        g.writeStringField("comment", c.comment());
        g.writeEndObject();
    }

    static void group(JsonGenerator g, TagGroup group) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", group.name());
        g.writeStringField("connection", group.connection() == null ? "" : group.connection());
        g.writeStringField("comment", group.comment());
        g.writeEndObject();
    }

    static void type(JsonGenerator g, StructureType type) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", type.name());
        g.writeStringField("comment", type.comment());
        g.writeArrayFieldStart("members");
        for (TagDefinition m : type.members()) {
            g.writeStartObject();
            g.writeStringField("name", m.name());
            g.writeNumberField("dataType", m.dataType().code());
            g.writeStringField("dataTypeName", m.dataType().wincName());
            g.writeStringField("unit", m.unit());
            writeLimit(g, "lowLimit", m.limits().low());
            writeLimit(g, "highLimit", m.limits().high());
            writeStart(g, m);
            g.writeStringField("comment", m.comment());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void instance(JsonGenerator g, StructureInstance i) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", i.name());
        g.writeStringField("type", i.type());
        g.writeStringField("connection", i.connection() == null ? "" : i.connection());
        g.writeStringField("group", i.group() == null ? "" : i.group());
        g.writeStringField("comment", i.comment());
        g.writeArrayFieldStart("elements");
        for (String e : elements.getOrDefault(i.name(), List.of())) {
            g.writeString(e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void variable(JsonGenerator g, TagDefinition t) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeNumberField("dataType", t.dataType().code());
        g.writeStringField("dataTypeName", t.dataType().wincName());
        g.writeStringField("connection", t.connection() == null ? "" : t.connection());
        g.writeBooleanField("internal", t.connection() == null);
        g.writeStringField("group", t.group() == null ? "" : t.group());
        g.writeStringField("structureVariable", t.structureInstance() == null ? "" : t.structureInstance());
        g.writeNumberField("length", t.length());
        g.writeStringField("unit", t.unit());
        writeLimit(g, "lowLimit", t.limits().low());
        writeLimit(g, "highLimit", t.limits().high());
        writeStart(g, t);
        Scaling s = t.scaling();
        if (s == null) {
            g.writeNullField("scaling");
        } else {
            g.writeObjectFieldStart("scaling");
            g.writeStringField("type", "linear");
            g.writeNumberField("processLow", s.processLow());
            g.writeNumberField("processHigh", s.processHigh());
            g.writeNumberField("valueLow", s.valueLow());
            g.writeNumberField("valueHigh", s.valueHigh());
            g.writeEndObject();
        }
        g.writeStringField("comment", t.comment());
        g.writeEndObject();
    }

    private static void writeStart(JsonGenerator g, TagDefinition t) throws IOException {
        g.writeFieldName("startValue");
        Object start = t.startValue() == null ? ValueCodec.zero(t.dataType()) : ValueCodec.coerce(t, t.startValue());
        ValueCodec.write(g, start, true);
    }

    private static void writeLimit(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
