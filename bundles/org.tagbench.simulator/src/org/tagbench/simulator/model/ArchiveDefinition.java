package org.tagbench.simulator.model;

import java.util.List;

/**
 * A process value archive.
 *
 * @param name      archive name
 * @param type      "TagLogging Fast" or "TagLogging Slow", as shown in WinCC
 * @param capacity  values kept per variable (a ring buffer)
 * @param variables archived variables
 */
public record ArchiveDefinition(String name, String type, int capacity, List<ArchiveVariable> variables) {

    public ArchiveDefinition {
        Connection.requireName(name, "archive");
        type = type == null || type.isBlank() ? "TagLogging Fast" : type;
        capacity = capacity <= 0 ? 3600 : capacity;
        variables = List.copyOf(variables);
    }
}
