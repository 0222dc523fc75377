package org.tagbench.cli.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Points in time typed on the command line: {@code now}; relative to now, e.g. {@code -15m}, {@code -2h},
 * {@code -7d}; ISO-8601 with zone ({@code 2026-05-01T12:00:00Z}, {@code 2026-05-01T14:00+02:00}); or
 * local date and time of this computer ({@code 2026-05-01T12:00}, {@code 2026-05-01}).
 */
final class Times {

	private static final Pattern RELATIVE = Pattern.compile("-(\\d{1,9})([smhd])");
	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private Times() {
	}

	static Instant parse(String option, String text, Clock clock) throws UsageException {
		String value = text.trim();
		if (value.equals("now")) {
			return clock.instant();
		}
		Matcher relative = RELATIVE.matcher(value);
		if (relative.matches()) {
			long amount = Long.parseLong(relative.group(1));
			Duration back = switch (relative.group(2)) {
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofDays(amount);
			};
			return clock.instant().minus(back);
		}
		try {
			if (DATE.matcher(value).matches()) {
				return LocalDate.parse(value).atStartOfDay(clock.getZone()).toInstant();
			}
			TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, ZonedDateTime::from,
					LocalDateTime::from);
			return parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
					: ((LocalDateTime) parsed).atZone(clock.getZone()).toInstant();
		} catch (DateTimeException e) {
			throw new UsageException(NLS.bind(Messages.Times_invalid, option, text));
		}
	}
}
