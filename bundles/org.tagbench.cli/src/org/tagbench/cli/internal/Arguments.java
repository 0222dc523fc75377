package org.tagbench.cli.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * A parsed command line: options (as declared by {@link Options}) and the positional arguments.
 * {@code --} ends the options; everything after it is positional.
 */
final class Arguments {

	private static final String PASSWORD = "--password";

	private final List<String> positionals = new ArrayList<>();
	private final Set<String> flags = new HashSet<>();
	private final Map<String, List<String>> values = new LinkedHashMap<>();

	private Arguments() {
	}

	/**
	 * @throws UsageException for an unknown option, a missing value, or a password given as an argument
	 */
	static Arguments parse(String[] args, Options options) throws UsageException {
		Arguments parsed = new Arguments();
		boolean optionsEnded = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (optionsEnded || !arg.startsWith("--")) {
				parsed.positionals.add(arg);
				continue;
			}
			if (arg.equals("--")) {
				optionsEnded = true;
				continue;
			}
			int equals = arg.indexOf('=');
			String name = equals < 0 ? arg : arg.substring(0, equals);
			if (name.equals(PASSWORD)) {
				throw new UsageException(Messages.Arguments_noPassword);
			}
			if (options.flags().contains(name)) {
				if (equals >= 0) {
					throw new UsageException(NLS.bind(Messages.Arguments_flagWithValue, name));
				}
				parsed.flags.add(name);
			} else if (options.valued().contains(name)) {
				String value;
				if (equals >= 0) {
					value = arg.substring(equals + 1);
				} else if (i + 1 < args.length) {
					value = args[++i];
				} else {
					throw new UsageException(NLS.bind(Messages.Arguments_missingValue, name));
				}
				parsed.values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
			} else {
				throw new UsageException(NLS.bind(Messages.Arguments_unknownOption, name));
			}
		}
		return parsed;
	}

	List<String> positionals() {
		return positionals;
	}

	/** @throws UsageException when positional arguments were given to a command that takes none */
	void noPositionals() throws UsageException {
		if (!positionals.isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Arguments_unexpected, positionals.get(0)));
		}
	}

	boolean flag(String name) {
		return flags.contains(name);
	}

	/** @return the value given last, or null */
	String value(String name) {
		List<String> list = values.get(name);
		return list == null ? null : list.get(list.size() - 1);
	}

	/** @return every value given, in order */
	List<String> values(String name) {
		return values.getOrDefault(name, List.of());
	}

	String required(String name) throws UsageException {
		String value = value(name);
		if (value == null || value.isBlank()) {
			throw new UsageException(NLS.bind(Messages.Arguments_required, name));
		}
		return value;
	}

	/** @return the value as a whole number of at least {@code min}, or {@code fallback} when not given */
	int number(String name, int fallback, int min) throws UsageException {
		String value = value(name);
		if (value == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= min) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.Arguments_notANumber, new Object[] { name, value, Integer.valueOf(min) }));
	}
}
