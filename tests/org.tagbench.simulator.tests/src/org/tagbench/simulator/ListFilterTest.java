package org.tagbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.tagbench.simulator.model.TagDefinition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The list parameters {@code group}, {@code connection} and {@code filter} (our assumption, README
 * "Paths").
 */
class ListFilterTest extends SimulatorTestBase {

    private JsonNode get(String path) {
        var r = client.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return TestClient.json(r);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(i -> names.add(i.get("name").asText()));
        return names;
    }

    /** Follows the continuation points of a list; asserts each page holds at most {@code limit} items. */
    private List<String> all(String path, int limit) {
        List<String> names = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        String next = "";
        do {
            JsonNode page = get(path + separator + "itemLimit=" + limit + next);
            assertTrue(page.get("items").size() <= limit);
            names.addAll(names(page));
            next = page.has("continuationPoint") ? "&continuationPoint=" + page.get("continuationPoint").asInt() : null;
        } while (next != null);
        return names;
    }

    private List<String> expected(Predicate<TagDefinition> filter) {
        return simulator.plant().tags().stream().filter(filter).map(TagDefinition::name).toList();
    }

    @Test
    void groupIsPagedAcrossPages() {
        JsonNode first = get("/tagManagement/Variables?group=Line&itemLimit=2");
        assertEquals(List.of("M1.Speed", "M1.On"), names(first));
        assertEquals(2, first.get("continuationPoint").asInt());
        JsonNode second = get("/tagManagement/Variables?group=Line&itemLimit=2&continuationPoint=2");
        assertEquals(List.of("F64"), names(second));
        assertFalse(second.has("continuationPoint"));
        assertEquals(Set.of("items", "continuationPoint"), fields(first));
        assertEquals(expected(t -> "Line".equals(t.group())), all("/tagManagement/Variables?group=Line", 1));
        assertEquals(expected(t -> t.group() == null), all("/tagManagement/Variables?group=", 4));
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> fields = new TreeSet<>();
        node.properties().forEach(e -> fields.add(e.getKey()));
        return fields;
    }

    @Test
    void connectionSelectsItsTagsAndEmptySelectsInternalTags() {
        assertEquals(List.of("M2.Speed", "M2.On"), names(get("/tagManagement/Variables?connection=PLC2")));
        JsonNode internal = get("/tagManagement/Variables?connection=");
        assertEquals(expected(t -> t.connection() == null), names(internal));
        internal.get("items").forEach(i -> assertTrue(i.get("internal").asBoolean(), i.toString()));
        assertEquals(expected(t -> t.connection() == null), all("/tagManagement/Variables?connection=", 3));
        assertEquals(List.of(), names(get("/tagManagement/Variables?connection=plc2")), "exact, case-sensitive");
    }

    @Test
    void filterIsAWildcardIgnoringCase() {
        assertEquals(List.of("M1.Speed", "M2.Speed"), names(get("/tagManagement/Variables?filter=M?.Speed")));
        assertEquals(List.of("I8", "U8", "T8"), names(get("/tagManagement/Variables?filter=%3F8")));
        assertEquals(List.of("I16", "U16", "F64", "T16"), names(get("/tagManagement/Variables?filter=*6*")));
        assertEquals(List.of("Level"), names(get("/tagManagement/Variables?filter=LEVEL")));
        assertEquals(List.of("M1.Speed", "M2.Speed"), names(get("/tagManagement/Variables?filter=m*.sPEED")));
        assertEquals(List.of("Name/with %, Ä and spaces"),
                names(get("/tagManagement/Variables?filter=name%2Fwith%20%25*%C3%A4*")));
        assertEquals(List.of("Level"), names(get("/tagManagement/Variables?Filter=level&filter=other")),
                "parameter names ignore case; the first one counts");
        assertEquals(expected(t -> true), all("/tagManagement/Variables?filter=*", 5));
        assertEquals(expected(t -> true), all("/tagManagement/Variables?filter=", 7), "empty filter = all");
    }

    @Test
    void parametersCombine() {
        assertEquals(List.of("M1.Speed"), names(get("/tagManagement/Variables?group=Line&connection=PLC1&filter=*.speed")));
        assertEquals(List.of("Bool"), names(get("/tagManagement/Variables?group=Internal&connection=")));
        assertEquals(expected(t -> t.connection() == null && t.group() == null && t.name().contains("1")),
                all("/tagManagement/Variables?connection=&group=&filter=*1*", 2));
    }

    @Test
    void emptyResultsAreEmptyPages() {
        for (String query : List.of("group=Line&connection=PLC2", "filter=nothing*", "group=Nope", "connection=Nope",
                "group=Line&filter=X")) {
            JsonNode page = get("/tagManagement/Variables?" + query);
            assertEquals(Set.of("items"), fields(page), query);
            assertEquals(0, page.get("items").size(), query);
        }
    }

    @Test
    void pagingParametersAreCheckedAsBefore() {
        for (String query : List.of("group=Line&itemLimit=0", "filter=*&itemLimit=x", "connection=&itemLimit=10001",
                "filter=*&continuationPoint=-1", "group=Line&continuationPoint=4", "filter=M*&continuationPoint=99")) {
            var r = client.get("/tagManagement/Variables?" + query);
            assertEquals(400, r.statusCode(), query);
            assertTrue(TestClient.json(r).get("error").asText().length() > 10, query);
        }
        assertEquals(0, get("/tagManagement/Variables?group=Line&continuationPoint=3").get("items").size());
        assertEquals(0, get("/tagManagement/Variables?filter=M1*&continuationPoint=2").get("items").size());
    }

    @Test
    void otherListsTakeTheFilter() {
        assertEquals(List.of("Line"), names(get("/tagManagement/Groups?filter=l*")));
        assertEquals(List.of("PLC2"), names(get("/tagManagement/Connections?filter=*2")));
        assertEquals(List.of("PLC1", "PLC2"), all("/tagManagement/Connections?filter=plc?", 1));
        assertEquals(List.of("Motor"), names(get("/tagManagement/StructureTypes?filter=mot%3Fr")));
        assertEquals(List.of(), names(get("/tagManagement/StructureTypes?filter=Pump")));
        assertEquals(List.of("M2"), names(get("/tagManagement/StructureVariables?filter=m2")));
        assertEquals(List.of("M1"), names(get("/tagManagement/StructureVariables?connection=PLC1")));
        assertEquals(List.of("M2"), names(get("/tagManagement/StructureVariables?group=")));
        assertEquals(List.of("M1"), names(get("/tagManagement/StructureVariable/Motor?group=Line")));
        var r = client.post("/tagManagement/StructureVariables?filter=*2", "{\"typeNames\": [\"Motor\"]}");
        assertEquals(List.of("M2"), names(TestClient.json(r)));
        assertEquals(2, names(get("/tagManagement/Groups?group=Nope&connection=Nope")).size(),
                "group and connection select only variables and structure variables");
    }

    @Test
    void variantIgnoresTheParametersLikeAServerThatDoesNotKnowThem() {
        simulator.setVariants(Variants.DEFAULTS.withListFilters(false));
        assertEquals(expected(t -> true), names(get("/tagManagement/Variables?group=Line&connection=PLC1&filter=F*")));
        assertEquals(2, names(get("/tagManagement/Groups?filter=Line")).size());
        assertFalse(Main.parse(new String[] { "--variant", "listFilters=false" }).config().variants().listFilters());
        assertTrue(Variants.DEFAULTS.listFilters());
    }

    @Test
    void largePlantPagesAGroupAndAConnection() {
        simulator.close();
        simulator = Simulator.start(SimulatorConfig.builder().https(false).plant(PlantGenerator.generate(100_000, 1000)).build());
        client = new TestClient(simulator);
        List<String> group = all("/tagManagement/Variables?group=Area0500", 60);
        assertEquals(100, group.size());
        assertTrue(group.stream().allMatch(n -> n.startsWith("Area0500_")));
        JsonNode connection = get("/tagManagement/Variables?connection=PLC010&itemLimit=10000");
        assertEquals(10000, connection.get("items").size());
        assertFalse(connection.has("continuationPoint"));
        assertEquals("Area0901_Tag090001", connection.get("items").get(0).get("name").asText());
        JsonNode last = get("/tagManagement/Variables?connection=PLC010&itemLimit=100&continuationPoint=9900");
        assertEquals("Area1000_Tag100000", last.get("items").get(99).get("name").asText());
        assertEquals(100, all("/tagManagement/Variables?filter=area0999_*", 1000).size());
        assertEquals(List.of("Area0042_Tag004142"), names(get("/tagManagement/Variables?group=Area0042&connection=PLC001&filter=*42")));
        assertEquals(0, get("/tagManagement/Variables?group=Area0001&connection=PLC002").get("items").size());
        assertEquals(List.of("Area0777"), names(get("/tagManagement/Groups?filter=*777")));
    }
}
