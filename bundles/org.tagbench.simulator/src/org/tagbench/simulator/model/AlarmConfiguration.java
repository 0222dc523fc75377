package org.tagbench.simulator.model;

import java.util.List;

/**
 * The alarm logging configuration of a plant.
 */
public record AlarmConfiguration(List<AlarmItem> messageClasses, List<AlarmItem> messageTypes,
        List<AlarmItem> messageGroups, List<AlarmItem> messageBlocks, List<MessageDefinition> messages,
        List<LimitValue> limitValues, List<AlarmFilter> filters) {

    public static final AlarmConfiguration EMPTY = new AlarmConfiguration(null, null, null, null, null, null, null);

    public AlarmConfiguration {
        messageClasses = messageClasses == null ? List.of() : List.copyOf(messageClasses);
        messageTypes = messageTypes == null ? List.of() : List.copyOf(messageTypes);
        messageGroups = messageGroups == null ? List.of() : List.copyOf(messageGroups);
        messageBlocks = messageBlocks == null ? List.of() : List.copyOf(messageBlocks);
        messages = messages == null ? List.of() : List.copyOf(messages);
        limitValues = limitValues == null ? List.of() : List.copyOf(limitValues);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }
}
