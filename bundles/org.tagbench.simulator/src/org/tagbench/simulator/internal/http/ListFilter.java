package org.tagbench.simulator.internal.http;

/**
 * The optional selection parameters of the configuration lists, our assumption (spec section 4
 * publishes only {@code itemLimit} and {@code continuationPoint}): {@code group} and
 * {@code connection} match exactly, an empty value meaning "no group" and "internal tag";
 * {@code filter} is a {@link Wildcard} on the name, empty meaning no filter. Ignored when the
 * variant {@code listFilters} is off, as a server that does not know them would.
 *
 * @param group      the group to select, "" for none, or null for any
 * @param connection the connection to select, "" for internal, or null for any
 * @param name       the name pattern, or null for any
 */
record ListFilter(String group, String connection, Wildcard name) {

    static final ListFilter NONE = new ListFilter(null, null, null);

    static ListFilter of(Call call) {
        if (!call.variants().listFilters()) {
            return NONE;
        }
        String pattern = call.query("filter");
        return new ListFilter(call.query("group"), call.query("connection"),
                pattern == null || pattern.isEmpty() ? null : Wildcard.compile(pattern));
    }

    /** @return whether nothing is selected */
    boolean none() {
        return group == null && connection == null && name == null;
    }

    boolean accepts(String itemName, String itemGroup, String itemConnection) {
        return (group == null || group.equals(itemGroup == null ? "" : itemGroup))
                && (connection == null || connection.equals(itemConnection == null ? "" : itemConnection))
                && (name == null || name.matches(itemName));
    }

    boolean named(String itemName) {
        return name == null || name.matches(itemName);
    }
}
