package org.tagbench.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One page of a paged list.
 *
 * @param items             the items of this page
 * @param continuationPoint the token for the next page, or null on the last page
 * @param <T>               the item type
 */
public record Page<T>(List<T> items, String continuationPoint) {

	public Page {
		items = List.copyOf(items);
	}

	/** @return whether another page can be fetched */
	public boolean hasMore() {
		return continuationPoint != null && !continuationPoint.isEmpty();
	}

	/** @return the token for the next page */
	public Optional<String> next() {
		return hasMore() ? Optional.of(continuationPoint) : Optional.empty();
	}
}
