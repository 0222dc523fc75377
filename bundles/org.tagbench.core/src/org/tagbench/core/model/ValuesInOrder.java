package org.tagbench.core.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of distinct names, in the order of the names, as an unmodifiable map. Made for bulk reads,
 * whose values are mostly iterated: the table to look a name up in is built at the first lookup, not
 * before.
 */
public final class ValuesInOrder extends AbstractMap<String, TagValue> {

	private final List<String> names;
	private final TagValue[] values;
	private volatile Map<String, Integer> positions;

	private ValuesInOrder(List<String> names, TagValue[] values) {
		this.names = names;
		this.values = values;
	}

	/**
	 * @param names  distinct names
	 * @param values the value of each name, at its position
	 * @return the values by name, in the order of the names
	 * @throws IllegalArgumentException when the lists differ in size
	 */
	public static ValuesInOrder of(List<String> names, List<TagValue> values) {
		if (names.size() != values.size()) {
			throw new IllegalArgumentException(names.size() + " names, " + values.size() + " values");
		}
		return new ValuesInOrder(List.copyOf(names), values.toArray(TagValue[]::new));
	}

	@Override
	public TagValue get(Object name) {
		Integer position = positions().get(name);
		return position == null ? null : values[position];
	}

	@Override
	public boolean containsKey(Object name) {
		return positions().containsKey(name);
	}

	@Override
	public int size() {
		return values.length;
	}

	private Map<String, Integer> positions() {
		Map<String, Integer> index = positions;
		if (index == null) {
			index = HashMap.newHashMap(names.size());
			for (int i = 0; i < names.size(); i++) {
				index.put(names.get(i), i);
			}
			positions = index;
		}
		return index;
	}

	@Override
	public Set<Entry<String, TagValue>> entrySet() {
		return new AbstractSet<>() {
			@Override
			public Iterator<Entry<String, TagValue>> iterator() {
				return new Iterator<>() {
					private int next;

					@Override
					public boolean hasNext() {
						return next < values.length;
					}

					@Override
					public Entry<String, TagValue> next() {
						if (next >= values.length) {
							throw new NoSuchElementException();
						}
						int i = next++;
						return new SimpleImmutableEntry<>(names.get(i), values[i]);
					}
				};
			}

			@Override
			public int size() {
				return values.length;
			}
		};
	}
}
