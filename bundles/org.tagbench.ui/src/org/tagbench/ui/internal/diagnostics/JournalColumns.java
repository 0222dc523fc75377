package org.tagbench.ui.internal.diagnostics;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Table;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.TableColumns;

/** The columns of the journal table and the text of each cell. */
final class JournalColumns extends LabelProvider implements ITableLabelProvider {

	static final int TIME = 0;
	static final int CONNECTION = 1;
	static final int METHOD = 2;
	static final int PATH = 3;
	static final int STATUS = 4;
	static final int LATENCY = 5;
	static final int BYTES = 6;
	static final int RESULT = 7;

	private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm:ss.SSS") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	/** Adds the columns to the viewer's table. */
	static void create(TableViewer viewer) {
		Table table = viewer.getTable();
		TableColumns.moveable(table, Messages.JournalColumns_time, 100, SWT.LEFT);
		TableColumns.moveable(table, Messages.JournalColumns_connection, 120, SWT.LEFT);
		TableColumns.moveable(table, Messages.JournalColumns_method, 70, SWT.LEFT);
		TableColumns.moveable(table, Messages.JournalColumns_path, 340, SWT.LEFT);
		TableColumns.moveable(table, Messages.JournalColumns_status, 60, SWT.RIGHT);
		TableColumns.moveable(table, Messages.JournalColumns_latency, 95, SWT.RIGHT);
		TableColumns.moveable(table, Messages.JournalColumns_bytes, 110, SWT.RIGHT);
		TableColumns.moveable(table, Messages.JournalColumns_result, 160, SWT.LEFT);
	}

	static String time(JournalEntry entry) {
		return TIME_FORMAT.format(entry.time());
	}

	/** @return the path and query of the request, without scheme, host and port */
	static String path(JournalEntry entry) {
		try {
			URI uri = URI.create(entry.url());
			return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + '?' + uri.getRawQuery();
		} catch (IllegalArgumentException e) {
			return entry.url();
		}
	}

	/** @return "OK", or the short label of the failure */
	static String result(JournalEntry entry) {
		return entry.failed() ? entry.error().label() : Messages.JournalColumns_ok;
	}

	@Override
	public String getColumnText(Object element, int column) {
		JournalEntry entry = (JournalEntry) element;
		return switch (column) {
			case TIME -> time(entry);
			case CONNECTION -> entry.profileName();
			case METHOD -> entry.method();
			case PATH -> path(entry);
			case STATUS -> entry.status() == 0 ? Messages.JournalColumns_noStatus : Integer.toString(entry.status());
			case LATENCY -> Long.toString(entry.latencyMs());
			case BYTES -> entry.bytesOut() + " / " + entry.bytesIn(); //$NON-NLS-1$
			case RESULT -> result(entry);
			default -> ""; //$NON-NLS-1$
		};
	}

	@Override
	public Image getColumnImage(Object element, int column) {
		return null;
	}
}
