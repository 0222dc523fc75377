package org.tagbench.simulator.model;

import java.util.Map;

/**
 * A configured message of the alarm system.
 *
 * @param number       unique message number
 * @param name         message name
 * @param messageClass message class name
 * @param messageType  message type name
 * @param group        message group name, or null
 * @param tag          the tag shown with the message, or null
 * @param locked       whether the message is locked (listed by the lock list)
 * @param texts        message texts by language tag
 */
public record MessageDefinition(int number, String name, String messageClass, String messageType, String group,
        String tag, boolean locked, Map<String, String> texts) {

    public MessageDefinition {
        name = name == null || name.isBlank() ? "Message" + number : name;
        messageClass = messageClass == null ? "" : messageClass;
        messageType = messageType == null ? "" : messageType;
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }
}
