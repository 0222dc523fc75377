package org.tagbench.simulator.model;

/**
 * An archive variable: records the value of {@code tag} at each cycle of {@code timer}.
 */
public record ArchiveVariable(String name, String tag, String timer, String comment) {

    public ArchiveVariable {
        Connection.requireName(name, "archive variable");
        Connection.requireName(tag, "tag reference on archive variable " + name);
        Connection.requireName(timer, "timer reference on archive variable " + name);
        comment = comment == null ? "" : comment;
    }
}
