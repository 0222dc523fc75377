package org.tagbench.simulator.model;

import java.util.List;

/**
 * A structure type. Each member is a tag template whose name is the element name; an instance
 * {@code P1} of a type with element {@code Speed} makes the tag {@code P1.Speed}.
 */
public record StructureType(String name, List<TagDefinition> members, String comment) {

    public StructureType {
        Connection.requireName(name, "structure type");
        members = List.copyOf(members);
        comment = comment == null ? "" : comment;
    }
}
