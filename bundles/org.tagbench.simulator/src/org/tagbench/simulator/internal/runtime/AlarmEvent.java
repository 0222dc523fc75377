package org.tagbench.simulator.internal.runtime;

import org.tagbench.simulator.model.MessageDefinition;

/**
 * A change of a message's state: it came or it went.
 *
 * @param sequence  running number of the event
 * @param message   the configured message
 * @param came      true when the message came, false when it went
 * @param timeMillis when
 * @param value     the tag value that caused it
 */
public record AlarmEvent(long sequence, MessageDefinition message, boolean came, long timeMillis, Object value) {
}
