package org.tagbench.simulator.model;

import java.util.Map;

/**
 * An entry of the alarm configuration lists that carry only a name and texts: message classes,
 * types, groups and blocks.
 *
 * @param name   the name
 * @param parent the owning entry (a message type's class), or null
 * @param texts  display texts by language tag, e.g. {@code en-US}
 */
public record AlarmItem(String name, String parent, Map<String, String> texts) {

    public AlarmItem {
        Connection.requireName(name, "alarm configuration entry");
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }
}
