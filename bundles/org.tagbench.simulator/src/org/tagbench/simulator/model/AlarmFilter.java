package org.tagbench.simulator.model;

import java.util.Set;

/**
 * A REST filter configured for the alarm runtime lists; empty sets select everything.
 */
public record AlarmFilter(String name, Set<String> messageClasses, Set<String> messageGroups) {

    public AlarmFilter {
        Connection.requireName(name, "alarm filter");
        messageClasses = messageClasses == null ? Set.of() : Set.copyOf(messageClasses);
        messageGroups = messageGroups == null ? Set.of() : Set.copyOf(messageGroups);
    }

    public boolean accepts(MessageDefinition message) {
        return (messageClasses.isEmpty() || messageClasses.contains(message.messageClass()))
                && (messageGroups.isEmpty() || messageGroups.contains(message.group()));
    }
}
