package org.tagbench.simulator.internal.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tagbench.simulator.model.Dynamics;
import org.tagbench.simulator.model.TagDefinition;
import org.tagbench.simulator.model.TagValue;
import org.tagbench.simulator.model.ValueRejectedException;

/**
 * All tags of a plant at run time, looked up by exact (case-sensitive) name, and listed per group
 * and per connection in definition order. The set of tags is fixed once built; values change.
 * Thread-safe.
 */
public final class TagTable {

    private final List<TagDefinition> definitions;
    private final Map<String, LiveTag> tags;
    private final Map<String, List<TagDefinition>> byGroup;
    private final Map<String, List<TagDefinition>> byConnection;

    /**
     * @throws IllegalArgumentException when a start value does not fit its tag or a followed tag is missing
     */
    public TagTable(List<TagDefinition> definitions, long originMillis) {
        this.definitions = List.copyOf(definitions);
        this.tags = new HashMap<>(definitions.size() * 2);
        for (TagDefinition def : definitions) {
            Object start;
            try {
                start = def.startValue() == null ? ValueCodec.zero(def.dataType()) : ValueCodec.coerce(def, def.startValue());
            } catch (ValueRejectedException e) {
                throw new IllegalArgumentException("Start value of tag '" + def.name() + "': " + e.getMessage(), e);
            }
            if (tags.put(def.name(), new LiveTag(def, start, originMillis)) != null) {
                throw new IllegalArgumentException("Tag '" + def.name() + "' is defined twice. Tag names must be unique.");
            }
        }
        for (LiveTag tag : tags.values()) {
            Dynamics d = tag.definition().dynamics();
            if (d.kind() == Dynamics.Kind.FOLLOW) {
                LiveTag source = tags.get(d.source());
                if (source == null) {
                    throw new IllegalArgumentException("Tag '" + tag.name() + "' follows '" + d.source()
                            + "', which does not exist.");
                }
                tag.follow(source);
            }
        }
        this.byGroup = index(this.definitions, true);
        this.byConnection = index(this.definitions, false);
    }

    private static Map<String, List<TagDefinition>> index(List<TagDefinition> definitions, boolean group) {
        Map<String, List<TagDefinition>> lists = new HashMap<>();
        for (TagDefinition def : definitions) {
            String key = group ? def.group() : def.connection();
            lists.computeIfAbsent(key == null ? "" : key, k -> new ArrayList<>()).add(def);
        }
        lists.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(lists);
    }

    public LiveTag get(String name) {
        return tags.get(name);
    }

    public Collection<LiveTag> all() {
        return Collections.unmodifiableCollection(tags.values());
    }

    public List<TagDefinition> definitions() {
        return definitions;
    }

    /** @return the tags of a group in definition order; "" selects the tags outside any group */
    public List<TagDefinition> inGroup(String group) {
        return byGroup.getOrDefault(group, List.of());
    }

    /** @return the tags of a connection in definition order; "" selects the internal tags */
    public List<TagDefinition> inConnection(String connection) {
        return byConnection.getOrDefault(connection, List.of());
    }

    public int size() {
        return definitions.size();
    }

    /** Reads a tag, or returns null when it does not exist. */
    public TagValue read(String name, long nowMillis) {
        LiveTag tag = tags.get(name);
        return tag == null ? null : tag.read(nowMillis);
    }

    /**
     * Validates and stores a value.
     *
     * @throws ValueRejectedException when the tag is unknown or the value does not fit
     */
    public void write(String name, Object value, long nowMillis) {
        LiveTag tag = tags.get(name);
        if (tag == null) {
            throw unknown(name);
        }
        tag.write(ValueCodec.coerce(tag.definition(), value), nowMillis);
    }

    public static ValueRejectedException unknown(String name) {
        return new ValueRejectedException(ValueRejectedException.UNKNOWN_TAG, "Tag '" + name
                + "' does not exist. Check the spelling (names are case-sensitive).");
    }
}
