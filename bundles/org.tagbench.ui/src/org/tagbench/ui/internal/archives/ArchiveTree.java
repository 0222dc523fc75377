package org.tagbench.ui.internal.archives;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.Archive;
import org.tagbench.core.model.ArchiveVariable;
import org.tagbench.core.model.Page;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.jobs.RunningJobs;

/**
 * The archives of one connection and their variables, fetched in Jobs of the Tagbench family: the
 * archives when first shown, an archive's variables when it is first opened. State changes on the UI
 * thread only; the listener hears of them there.
 */
public final class ArchiveTree {

	/** Items asked for per page; pages are fetched until the list ends or {@link #MAX_ITEMS} is reached. */
	static final int PAGE_SIZE = 500;
	/** The most archives or variables of one archive the tree lists. */
	static final int MAX_ITEMS = 10_000;

	private final WinccClient client;
	private final Runnable listener;
	private final RunningJobs running = new RunningJobs();
	private List<ArchiveNode> archives;
	private boolean loading;
	private WinccError error;
	/** Counts refreshes, so that a fetch started before one does not deliver after it. */
	private int generation;
	private volatile boolean disposed;

	/** @param listener told on the UI thread that some part of the tree changed */
	public ArchiveTree(WinccClient client, Runnable listener) {
		this.client = client;
		this.listener = listener;
	}

	/** @return what the top level shows: the archives, or a node that says "loading", "none" or what failed */
	public List<Object> roots() {
		if (archives == null && !loading && error == null) {
			fetchArchives();
		}
		if (loading) {
			return List.of(MessageNode.loading(null));
		}
		if (error != null) {
			return List.of(MessageNode.failed(null, error));
		}
		return archives.isEmpty() ? List.of(MessageNode.empty(null)) : List.copyOf(archives);
	}

	/** @return the archives listed, or an empty list while they load or failed */
	public List<ArchiveNode> archives() {
		return archives == null ? List.of() : archives;
	}

	/** @return why listing the archives failed, or null */
	public WinccError error() {
		return error;
	}

	/** @return whether the archives are being listed */
	public boolean isLoading() {
		return loading;
	}

	/** @return what an archive shows: its variables, or a node for loading, none or a failure. Starts the fetch. */
	public List<Object> children(ArchiveNode archive) {
		if (archive.variables() == null && !archive.isLoading() && archive.error() == null) {
			fetchVariables(archive);
		}
		if (archive.isLoading()) {
			return List.of(MessageNode.loading(archive));
		}
		if (archive.error() != null) {
			return List.of(MessageNode.failed(archive, archive.error()));
		}
		List<VariableNode> variables = archive.variables();
		return variables.isEmpty() ? List.of(MessageNode.empty(archive)) : List.copyOf(variables);
	}

	/** Forgets everything fetched; the tree fetches again when shown. */
	public void refresh() {
		running.cancelAll();
		generation++;
		archives = null;
		loading = false;
		error = null;
		listener.run();
	}

	/** Cancels the fetches still running; the tree tells nothing afterwards. */
	public void dispose() {
		disposed = true;
		running.cancelAll();
	}

	private void fetchArchives() {
		loading = true;
		int started = generation;
		running.schedule(Messages.ArchiveTree_fetchingArchives, monitor -> {
			try {
				List<ArchiveNode> fetched = new ArrayList<>();
				for (Archive archive : all((position, m) -> client.archives().listArchives(position, PAGE_SIZE, m), monitor)) {
					fetched.add(new ArchiveNode(archive));
				}
				deliver(started, () -> {
					loading = false;
					archives = List.copyOf(fetched);
				});
			} catch (WinccException e) {
				deliver(started, () -> {
					loading = false;
					error = e.error();
				});
			} catch (OperationCanceledException e) {
				deliver(started, () -> loading = false);
			}
		});
	}

	private void fetchVariables(ArchiveNode archive) {
		archive.startLoading();
		int started = generation;
		running.schedule(NLS.bind(Messages.ArchiveTree_fetchingVariables, archive.name()), monitor -> {
			try {
				List<VariableNode> fetched = new ArrayList<>();
				for (ArchiveVariable variable : all((position, m) -> client.archives().archiveVariables(archive.name(),
						position, PAGE_SIZE, m), monitor)) {
					fetched.add(new VariableNode(archive, variable));
				}
				deliver(started, () -> archive.loaded(fetched));
			} catch (WinccException e) {
				deliver(started, () -> archive.failed(e.error()));
			} catch (OperationCanceledException e) {
				deliver(started, archive::reset);
			}
		});
	}

	/** One page of a paged list. */
	@FunctionalInterface
	interface PageFetch<T> {
		Page<T> fetch(String continuationPoint, IProgressMonitor monitor) throws WinccException;
	}

	/** @return the items of every page, at most {@link #MAX_ITEMS} */
	static <T> List<T> all(PageFetch<T> fetch, IProgressMonitor monitor) throws WinccException {
		List<T> items = new ArrayList<>();
		String position = null;
		do {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			Page<T> page = fetch.fetch(position, monitor);
			items.addAll(page.items());
			position = page.hasMore() ? page.continuationPoint() : null;
		} while (position != null && items.size() < MAX_ITEMS);
		return items.size() > MAX_ITEMS ? items.subList(0, MAX_ITEMS) : items;
	}

	private void deliver(int started, Runnable change) {
		UiRunner.run(() -> {
			if (!disposed && started == generation) {
				change.run();
				listener.run();
			}
		});
	}
}
