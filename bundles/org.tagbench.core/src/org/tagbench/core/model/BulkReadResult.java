package org.tagbench.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tagbench.core.names.NameChange;

/**
 * The values of a bulk read, matched by name. Every requested (normalised) name has an entry: names the
 * server did not return are {@link ItemStatus#NO_DATA}, names of failed batches {@link ItemStatus#FAILED}.
 *
 * @param values      the values by normalised name, in request order; kept as it is when it is a
 *                    {@link ValuesInOrder} (unmodifiable), else copied
 * @param nameChanges what normalisation changed in the requested names (empty when nothing)
 */
public record BulkReadResult(Map<String, TagValue> values, List<NameChange> nameChanges) {

	public BulkReadResult {
		values = values instanceof ValuesInOrder ? values : Collections.unmodifiableMap(new LinkedHashMap<>(values));
		nameChanges = List.copyOf(nameChanges);
	}

	/** @return the value for a normalised name, or a no-data value when it was not requested */
	public TagValue get(String name) {
		TagValue value = values.get(name);
		return value != null ? value : TagValue.noData(name);
	}

	/** @return how many items have the given status */
	public long count(ItemStatus status) {
		long count = 0;
		for (TagValue value : values.values()) {
			if (value.status() == status) {
				count++;
			}
		}
		return count;
	}
}
