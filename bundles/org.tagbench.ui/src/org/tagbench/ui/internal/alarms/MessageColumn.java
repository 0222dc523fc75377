package org.tagbench.ui.internal.alarms;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

import org.tagbench.core.model.AlarmMessage;
import org.tagbench.ui.internal.Messages;

/** The columns of the message table: title, width, the cell text and how the column sorts. */
public enum MessageColumn {
	STATE(Messages.MessageColumn_state, 90, m -> stateText(m)),
	TIME(Messages.MessageColumn_time, 170, m -> time(m)),
	NUMBER(Messages.MessageColumn_number, 60, m -> m.number() == null ? "" : Long.toString(m.number())), //$NON-NLS-1$
	TEXT(Messages.MessageColumn_text, 260, m -> nonNull(m.text())),
	CLASS(Messages.MessageColumn_class, 90, m -> nonNull(m.messageClass())),
	TYPE(Messages.MessageColumn_type, 100, m -> extra(m, "messageType")), //$NON-NLS-1$
	GROUP(Messages.MessageColumn_group, 100, m -> extra(m, "messageGroup")), //$NON-NLS-1$
	TAG(Messages.MessageColumn_tag, 130, m -> extra(m, "variableName")), //$NON-NLS-1$
	VALUE(Messages.MessageColumn_value, 70, m -> extra(m, "value")), //$NON-NLS-1$
	COUNT(Messages.MessageColumn_count, 60, m -> extra(m, "count")), //$NON-NLS-1$
	NAME(Messages.MessageColumn_name, 150, m -> extra(m, "name")); //$NON-NLS-1$

	private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private final String title;
	private final int width;
	private final Function<AlarmMessage, String> text;

	MessageColumn(String title, int width, Function<AlarmMessage, String> text) {
		this.title = title;
		this.width = width;
		this.text = text;
	}

	public String title() {
		return title;
	}

	int width() {
		return width;
	}

	/** @return the cell text of {@code message} in this column */
	public String text(AlarmMessage message) {
		return text.apply(message);
	}

	/** @return the order of this column: time stamps and numbers by value, the rest by text */
	Comparator<AlarmMessage> comparator() {
		return switch (this) {
			case TIME -> Comparator.comparing(AlarmMessage::timestamp, Comparator.nullsFirst(Comparator.naturalOrder()));
			case NUMBER -> Comparator.comparing(AlarmMessage::number, Comparator.nullsFirst(Comparator.naturalOrder()));
			case COUNT, VALUE -> Comparator.comparingDouble(m -> number(text(m)));
			default -> Comparator.comparing(this::text, String.CASE_INSENSITIVE_ORDER);
		};
	}

	private static double number(String text) {
		try {
			return Double.parseDouble(text);
		} catch (NumberFormatException e) {
			return Double.NEGATIVE_INFINITY;
		}
	}

	/** @return the state as the server named it, or the kind when it named none */
	static String stateText(AlarmMessage message) {
		if (message.state() != null && !message.state().isBlank()) {
			return message.state();
		}
		return switch (message.stateKind()) {
			case CAME -> Messages.AlarmState_came;
			case WENT -> Messages.AlarmState_went;
			case ACKNOWLEDGED -> Messages.AlarmState_acknowledged;
			case UNKNOWN -> ""; //$NON-NLS-1$
		};
	}

	static String time(AlarmMessage message) {
		if (message.timestamp() != null) {
			return TIME_FORMAT.format(message.timestamp());
		}
		return nonNull(message.rawTimestamp());
	}

	private static String extra(AlarmMessage message, String field) {
		Object value = message.extra().get(field);
		return value == null ? "" : Objects.toString(value); //$NON-NLS-1$
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
