package org.tagbench.core.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.tagbench.core.client.WinccClient;
import org.tagbench.core.model.TagValue;

/**
 * Watched tags and their live values: one {@link Poller} per connection polls its tags in bulk at the
 * chosen interval (polls of one connection never overlap), each answer is compared with the one before
 * (a change of value, quality or status counts), and every new value is kept in a bounded
 * {@link CaptureBuffer} for export. Tags whose connection is not open are marked so and polled as soon as
 * it opens ({@link #connectionsChanged()}). Listeners hear one notification per poll or bulk change.
 * Thread-safe.
 */
public final class WatchModel implements AutoCloseable {

	/** Gives the open client of a connection profile. */
	@FunctionalInterface
	public interface Clients {
		/** @return the client of the profile's open connection, or null when it is not open */
		WinccClient client(String profileId);
	}

	private final Clients clients;
	private final CaptureBuffer capture;
	private final Object lock = new Object();
	private final Set<WatchItem> itemSet = new LinkedHashSet<>();
	private final Map<String, Poller> pollers = new HashMap<>();
	private final List<Poller> stopping = new ArrayList<>();
	private final Map<WatchItem, WatchState> states = new ConcurrentHashMap<>();
	private final Map<String, PollStats> stats = new ConcurrentHashMap<>();
	private final List<WatchListener> listeners = new CopyOnWriteArrayList<>();
	private volatile List<WatchItem> items = List.of();
	private volatile Duration interval = Duration.ofMillis(WatchList.DEFAULT_INTERVAL_MS);
	private volatile boolean paused;
	private volatile Instant lastChange;
	private boolean closed;

	/** @param clients where the open connections come from */
	public WatchModel(Clients clients) {
		this(clients, CaptureBuffer.DEFAULT_CAPACITY);
	}

	/** @param captureCapacity how many captured values are kept for export */
	public WatchModel(Clients clients, int captureCapacity) {
		this.clients = clients;
		this.capture = new CaptureBuffer(captureCapacity);
	}

	// --- the list ---

	/**
	 * Adds tags not watched yet, at the end.
	 *
	 * @return how many were added
	 */
	public int add(Collection<WatchItem> added) {
		int count = 0;
		synchronized (lock) {
			for (WatchItem item : added) {
				if (itemSet.add(item)) {
					states.put(item, WatchState.initial(item, true));
					count++;
				}
			}
			if (count > 0) {
				structureChanged();
			}
		}
		if (count > 0) {
			fire();
		}
		return count;
	}

	/** Stops watching these tags. */
	public void remove(Collection<WatchItem> removed) {
		boolean changed;
		synchronized (lock) {
			changed = itemSet.removeAll(removed);
			if (changed) {
				removed.forEach(states::remove);
				structureChanged();
			}
		}
		if (changed) {
			fire();
		}
	}

	/** Stops watching every tag; the captured values are kept until {@link CaptureBuffer#clear()}. */
	public void clear() {
		remove(List.copyOf(items));
	}

	/** Replaces the watched tags and the interval with those of a saved list. */
	public void load(WatchList list) {
		synchronized (lock) {
			itemSet.clear();
			states.clear();
			interval = Duration.ofMillis(list.intervalMs());
			stopPollers();
			for (WatchItem item : list.items()) {
				if (itemSet.add(item)) {
					states.put(item, WatchState.initial(item, true));
				}
			}
			structureChanged();
		}
		fire();
	}

	/** @return the watched tags and the interval as a list named {@code name}, to save */
	public WatchList toList(String name) {
		return new WatchList(name, (int) interval.toMillis(), items);
	}

	/** @return the watched tags in the order added; the same list object until tags are added or removed */
	public List<WatchItem> items() {
		return items;
	}

	/** @return what is known of the tag now */
	public WatchState state(WatchItem item) {
		WatchState state = states.get(item);
		return state != null ? state : WatchState.initial(item, true);
	}

	// --- polling ---

	/** @return the poll interval */
	public Duration interval() {
		return interval;
	}

	/** Polls at {@code value} from now on (every connection starts a new slot at once). */
	public void setInterval(Duration value) {
		if (value.toMillis() < WatchList.MIN_INTERVAL_MS) {
			throw new IllegalArgumentException("the poll interval must be at least " + WatchList.MIN_INTERVAL_MS + " ms");
		}
		synchronized (lock) {
			interval = value;
			stopPollers();
			reconcile();
		}
		fire();
	}

	/** Stops polling (a poll under way is cancelled); values stay as they are. */
	public void pause() {
		synchronized (lock) {
			paused = true;
			stopPollers();
		}
		fire();
	}

	/** Polls again. */
	public void resume() {
		synchronized (lock) {
			paused = false;
			reconcile();
		}
		fire();
	}

	public boolean isPaused() {
		return paused;
	}

	/** @return whether a poll of some connection is under way, also one still being cancelled */
	public boolean isPolling() {
		synchronized (lock) {
			stopping.removeIf(poller -> !poller.isPolling());
			return !stopping.isEmpty() || pollers.values().stream().anyMatch(Poller::isPolling);
		}
	}

	/** Looks at which connections are open now: starts polling the new ones, marks the closed ones. */
	public void connectionsChanged() {
		synchronized (lock) {
			reconcile();
		}
		fire();
	}

	/** @return how polling went, per profile id, for the connections polled since the last (re)start */
	public Map<String, PollStats> stats() {
		return Map.copyOf(stats);
	}

	/** @return when a poll last saw a change of any tag, or null when none did yet */
	public Instant lastChange() {
		return lastChange;
	}

	/** @return the values captured for export */
	public CaptureBuffer capture() {
		return capture;
	}

	// --- listeners ---

	public void addListener(WatchListener listener) {
		listeners.add(listener);
	}

	public void removeListener(WatchListener listener) {
		listeners.remove(listener);
	}

	/** Stops polling for good. */
	@Override
	public void close() {
		synchronized (lock) {
			closed = true;
			stopPollers();
		}
		listeners.clear();
	}

	// --- inside ---

	private void structureChanged() {
		items = List.copyOf(itemSet);
		reconcile();
	}

	private void stopPollers() {
		pollers.values().forEach(this::stop);
		pollers.clear();
		stats.clear();
	}

	/** Stops a poller; it counts as polling until a poll under way has ended. Called holding the lock. */
	private void stop(Poller poller) {
		poller.stop();
		stopping.removeIf(stopped -> !stopped.isPolling());
		stopping.add(poller);
	}

	/** Makes the pollers match the watched tags and the open connections; called holding the lock. */
	private void reconcile() {
		Map<String, List<WatchItem>> byProfile = new LinkedHashMap<>();
		for (WatchItem item : itemSet) {
			byProfile.computeIfAbsent(item.profileId(), id -> new ArrayList<>()).add(item);
		}
		pollers.entrySet().removeIf(entry -> {
			boolean gone = !byProfile.containsKey(entry.getKey());
			if (gone) {
				stop(entry.getValue());
				stats.remove(entry.getKey());
			}
			return gone;
		});
		if (paused || closed) {
			return;
		}
		byProfile.forEach((profileId, profileItems) -> {
			WinccClient client = clients.client(profileId);
			Poller poller = pollers.get(profileId);
			if (client == null) {
				if (poller != null) {
					stop(poller);
					pollers.remove(profileId);
					stats.remove(profileId);
				}
				markConnected(profileItems, false);
			} else if (poller == null || poller.client() != client) {
				if (poller != null) {
					stop(poller);
				}
				markConnected(profileItems, true);
				Poller started = new Poller(profileId, client, interval, this::polled);
				started.setItems(profileItems);
				pollers.put(profileId, started);
				started.start();
			} else {
				poller.setItems(profileItems);
			}
		});
	}

	private void markConnected(List<WatchItem> profileItems, boolean connected) {
		for (WatchItem item : profileItems) {
			states.computeIfPresent(item, (key, state) -> state.connected() == connected ? state
					: new WatchState(key, state.value(), state.polledAt(), state.lastChange(), state.changes(), connected));
		}
	}

	private void polled(Poller.Cycle cycle) {
		synchronized (lock) {
			Poller poller = pollers.get(cycle.profileId());
			if (poller != null) {
				stats.put(cycle.profileId(), poller.stats());
			}
		}
		Instant now = cycle.polledAt();
		List<WatchSample> samples = new ArrayList<>();
		boolean[] anyChange = { false };
		for (WatchItem item : cycle.items()) {
			TagValue value = cycle.error() != null ? TagValue.failed(item.tag(), cycle.error())
					: cycle.values().getOrDefault(item.tag(), TagValue.noData(item.tag()));
			states.computeIfPresent(item, (key, before) -> {
				WatchState after = next(before, value, now, samples);
				anyChange[0] |= after.changes() != before.changes();
				return after;
			});
		}
		capture.addAll(samples);
		if (anyChange[0]) {
			lastChange = now;
		}
		fire();
	}

	private static WatchState next(WatchState before, TagValue value, Instant now, List<WatchSample> samples) {
		TagValue previous = before.value();
		boolean changed = previous != null && differs(previous, value);
		if (previous == null || changed || !Objects.equals(previous.timestamp(), value.timestamp())) {
			samples.add(new WatchSample(now, before.item(), value));
		}
		return new WatchState(before.item(), value, now, changed ? now : before.lastChange(),
				before.changes() + (changed ? 1 : 0), true);
	}

	/** @return whether the value, quality, status or item error differs */
	static boolean differs(TagValue a, TagValue b) {
		return a.status() != b.status() || a.errorCode() != b.errorCode() || !Objects.equals(a.value(), b.value())
				|| !Objects.equals(a.quality() == null ? null : a.quality().code(),
						b.quality() == null ? null : b.quality().code());
	}

	private void fire() {
		for (WatchListener listener : listeners) {
			listener.watchChanged();
		}
	}
}
