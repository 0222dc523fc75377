package org.tagbench.ui.internal.tags;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.model.Page;

/** Fetches one page of a folder's children from the runtime. Runs in a Job, never on the UI thread. */
@FunctionalInterface
interface PageSource {

	/**
	 * @param folder            the folder whose children are fetched (parent of the new nodes)
	 * @param continuationPoint where to go on, or null for the first page
	 * @param itemLimit         how many children at most
	 */
	Page<TagTreeNode> fetch(FolderNode folder, WinccClient client, String continuationPoint, int itemLimit,
			IProgressMonitor monitor) throws WinccException;
}
