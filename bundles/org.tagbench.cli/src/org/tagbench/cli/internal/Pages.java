package org.tagbench.cli.internal;

import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.Page;

/** Walks through a paged list page by page, so that each page is printed before the next is fetched. */
final class Pages {

	/** Items asked for per page. */
	static final int PAGE_SIZE = 500;

	/** Fetches one page. */
	@FunctionalInterface
	interface Source<T> {
		/** @param continuationPoint null for the first page */
		Page<T> fetch(String continuationPoint, int itemLimit) throws WinccException;
	}

	/** Receives one item. */
	@FunctionalInterface
	interface Sink<T> {
		void accept(T item) throws WinccException;
	}

	private Pages() {
	}

	/** Hands every item of every page to the sink; stops when a server repeats a continuation point. */
	static <T> void forEach(Source<T> source, Sink<T> sink) throws WinccException {
		forEach(source.fetch(null, PAGE_SIZE), source, sink);
	}

	/** Like {@link #forEach(Source, Sink)}, starting with a first page fetched already. */
	static <T> void forEach(Page<T> first, Source<T> source, Sink<T> sink) throws WinccException {
		Page<T> page = first;
		String previous = null;
		while (true) {
			for (T item : page.items()) {
				sink.accept(item);
			}
			if (!page.hasMore() || page.continuationPoint().equals(previous)) {
				return;
			}
			previous = page.continuationPoint();
			page = source.fetch(previous, PAGE_SIZE);
		}
	}
}
