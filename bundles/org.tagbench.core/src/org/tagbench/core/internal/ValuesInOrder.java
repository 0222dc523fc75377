package org.tagbench.core.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.tagbench.core.model.TagValue;

/**
 * The values of distinct names in their order, as an unmodifiable map that is only iterated: no lookup table
 * is built, so looking a name up goes through the names.
 */
final class ValuesInOrder extends AbstractMap<String, TagValue> {

	private final List<String> names;
	private final TagValue[] values;

	ValuesInOrder(List<String> names, TagValue[] values) {
		this.names = names;
		this.values = values;
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
