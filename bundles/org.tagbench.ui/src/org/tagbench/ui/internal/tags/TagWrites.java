package org.tagbench.ui.internal.tags;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IViewSite;
import org.tagbench.core.client.WinccClient;
import org.tagbench.core.model.WriteResult;
import org.tagbench.core.model.WriteStatus;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.Messages;

/**
 * The Tags view's writes: a tag's new value (asked for, confirmed, written once and read back) or the
 * values of a CSV file (previewed and confirmed). Read-back values land in the tree written from while
 * the view still shows it; the outcome of a single write goes to the status line.
 */
public final class TagWrites {

	private final TagsParts parts;
	private final IViewSite site;

	public TagWrites(TagsParts parts, IViewSite site) {
		this.parts = parts;
		this.site = site;
	}

	/** Asks for and writes a new value of {@code tag}, of {@code profile}'s open connection. */
	public void write(ConnectionProfile profile, WinccClient client, TagNode tag) {
		TagTree writtenIn = parts.tree();
		if (writtenIn == null) {
			return;
		}
		TagWriter.write(site.getShell(), profile, client, tag, result -> written(writtenIn, tag, result));
	}

	private void written(TagTree writtenIn, TagNode tag, WriteResult result) {
		if (writtenIn != parts.tree()) {
			return;
		}
		if (result.readBack() != null) {
			writtenIn.putValue(result.readBack());
			parts.viewer().valuesChanged(List.of(tag));
		}
		boolean taken = result.status() != WriteStatus.FAILED && result.status() != WriteStatus.UNKNOWN;
		site.getActionBars().getStatusLineManager().setMessage(taken
				? NLS.bind(Messages.TagsView_written, new Object[] { result.name(), TagValueText.value(result.readBack()),
						result.status().name().toLowerCase(Locale.ROOT) })
				: NLS.bind(Messages.TagsView_notWritten, result.name(), result.error() == null ? "" : result.error().meaning())); //$NON-NLS-1$
		TagWriter.report(site.getShell(), result);
	}

	/** Writes the values of a CSV file, asked for with {@code file}, after a preview and a confirmation. */
	public void writeFromCsv(ConnectionProfile profile, WinccClient client, Supplier<String> file) {
		TagTree writtenIn = parts.tree();
		if (writtenIn == null) {
			return;
		}
		CsvWriter.write(site.getShell(), profile, client, file, results -> {
			if (writtenIn == parts.tree()) {
				results.stream().map(WriteResult::readBack).filter(Objects::nonNull).forEach(writtenIn::putValue);
				parts.viewer().folderChanged(null);
			}
		});
	}
}
