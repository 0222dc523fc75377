package org.tagbench.core.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tagbench.core.model.TagConfig;
import org.tagbench.core.names.Wildcards;

/**
 * Which tags (or structure variables) a list should hold. Sent as the query parameters {@code group},
 * {@code connection} and {@code filter}, our assumption (the real names are not public), and applied
 * again to the answer's items so the result is right when a server ignores them.
 *
 * @param group       the tag group, exact; "" for items outside any group; null for any
 * @param connection  the connection, exact; "" for internal tags; null for any
 * @param namePattern a {@link Wildcards} pattern on the name ({@code *}, {@code ?}, ignoring case); null
 *                    or empty for any
 */
public record VariableQuery(String group, String connection, String namePattern) {

	/** Every item. */
	public static final VariableQuery ALL = new VariableQuery(null, null, null);

	public VariableQuery {
		namePattern = namePattern == null || namePattern.isEmpty() ? null : namePattern;
	}

	/** @return the tags of one group */
	public static VariableQuery inGroup(String group) {
		return ALL.withGroup(group);
	}

	/** @return the tags of one connection */
	public static VariableQuery inConnection(String connection) {
		return ALL.withConnection(connection);
	}

	/** @return the internal tags (no connection) */
	public static VariableQuery internalTags() {
		return ALL.withConnection("");
	}

	/** @return the items whose name matches a wildcard pattern */
	public static VariableQuery named(String namePattern) {
		return ALL.withNamePattern(namePattern);
	}

	public VariableQuery withGroup(String value) {
		return new VariableQuery(value, connection, namePattern);
	}

	public VariableQuery withConnection(String value) {
		return new VariableQuery(group, value, namePattern);
	}

	public VariableQuery withNamePattern(String value) {
		return new VariableQuery(group, connection, value);
	}

	/** @return whether the tag is selected; a missing group or connection counts as "" */
	public boolean matches(TagConfig tag) {
		return matches(tag.name(), tag.group(), tag.connection());
	}

	/** @return whether an item with these fields is selected; null group or connection counts as "" */
	public boolean matches(String name, String itemGroup, String itemConnection) {
		return (group == null || group.equals(itemGroup == null ? "" : itemGroup))
				&& (connection == null || connection.equals(itemConnection == null ? "" : itemConnection))
				&& Wildcards.matches(namePattern, name);
	}

	/** @return the query parameters, only those that select */
	Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (group != null) {
			parameters.put("group", group);
		}
		if (connection != null) {
			parameters.put("connection", connection);
		}
		if (namePattern != null) {
			parameters.put("filter", namePattern);
		}
		return parameters;
	}
}
