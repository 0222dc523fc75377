package org.tagbench.simulator.model;

/**
 * A structure instance (structure variable): its element tags get the instance's connection and group.
 */
public record StructureInstance(String name, String type, String connection, String group, String comment) {

    public StructureInstance {
        Connection.requireName(name, "structure instance");
        Connection.requireName(type, "structure type reference on instance " + name);
        comment = comment == null ? "" : comment;
    }
}
