package org.tagbench.simulator.model;

/**
 * A tag group, below a connection or among the internal tags (connection null).
 */
public record TagGroup(String name, String connection, String comment) {

    public TagGroup {
        Connection.requireName(name, "tag group");
        comment = comment == null ? "" : comment;
    }
}
