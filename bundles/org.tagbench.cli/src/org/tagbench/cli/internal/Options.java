package org.tagbench.cli.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * The options a command accepts: flags stand alone, valued options take the next argument (or
 * {@code --name=value}).
 *
 * @param flags  options without a value, e.g. {@code --yes}
 * @param valued options with a value, e.g. {@code --profile NAME}
 */
record Options(Set<String> flags, Set<String> valued) {

	/** Choosing and reaching the server. */
	static final Options CONNECTION = new Options(Set.of("--insecure", "--verbose"),
			Set.of("--project", "--profile", "--url", "--user", "--password-env", "--trust", "--ca", "--timeout"));
	/** Choosing the output format. */
	static final Options OUTPUT = new Options(Set.of("--json", "--csv"), Set.of("--format"));
	/** No options at all. */
	static final Options NONE = new Options(Set.of(), Set.of());

	Options {
		flags = Set.copyOf(flags);
		valued = Set.copyOf(valued);
	}

	static Options flags(String... names) {
		return new Options(Set.of(names), Set.of());
	}

	static Options valued(String... names) {
		return new Options(Set.of(), Set.of(names));
	}

	/** @return the options of both */
	Options and(Options other) {
		Set<String> allFlags = new HashSet<>(flags);
		allFlags.addAll(other.flags);
		Set<String> allValued = new HashSet<>(valued);
		allValued.addAll(other.valued);
		return new Options(allFlags, allValued);
	}
}
