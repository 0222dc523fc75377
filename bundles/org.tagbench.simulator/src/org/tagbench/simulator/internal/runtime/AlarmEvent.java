package org.tagbench.simulator.internal.runtime;

import org.tagbench.simulator.model.MessageDefinition;

/**
 * A change of a message's state: it came, it went, or an operator acknowledged it.
 *
 * @param sequence  running number of the event
 * @param message   the configured message
 * @param kind      what happened
 * @param timeMillis when
 * @param value     the tag value that caused it (for an acknowledgement, the value it came with)
 */
public record AlarmEvent(long sequence, MessageDefinition message, Kind kind, long timeMillis, Object value) {

    /** What happened to the message, with the state text the REST lists show for it. */
    public enum Kind {
        CAME("Came"), WENT("Went"), ACKNOWLEDGED("Acknowledged");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        /** @return the state as the lists show it */
        public String text() {
            return text;
        }
    }
}
