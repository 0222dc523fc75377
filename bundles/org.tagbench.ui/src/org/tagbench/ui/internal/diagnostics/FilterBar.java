package org.tagbench.ui.internal.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/** The filters above the journal table: connection, status class and text. */
public final class FilterBar {

	/** Widget ids, for tests. */
	public static final String CONNECTION_ID = "diagnostics.filter.connection"; //$NON-NLS-1$
	public static final String STATUS_ID = "diagnostics.filter.status"; //$NON-NLS-1$
	public static final String TEXT_ID = "diagnostics.filter.text"; //$NON-NLS-1$

	private final Composite control;
	private final Combo connection;
	private final Combo status;
	private final Text text;
	/** Profile ids in the order of the connection combo, after its "all" item. */
	private final List<String> profileIds = new ArrayList<>();

	FilterBar(Composite parent, Runnable changed) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 2).applyTo(control);

		connection = new Combo(control, SWT.READ_ONLY);
		connection.setData(EmptyState.WIDGET_ID, CONNECTION_ID);
		connection.setItems(Messages.FilterBar_allConnections);
		connection.select(0);
		GridDataFactory.swtDefaults().hint(180, SWT.DEFAULT).applyTo(connection);

		new Label(control, SWT.NONE).setText(Messages.FilterBar_status);
		status = new Combo(control, SWT.READ_ONLY);
		status.setData(EmptyState.WIDGET_ID, STATUS_ID);
		for (StatusClass statusClass : StatusClass.values()) {
			status.add(statusClass.label());
		}
		status.select(0);

		text = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setData(EmptyState.WIDGET_ID, TEXT_ID);
		text.setMessage(Messages.FilterBar_textHint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);

		connection.addListener(SWT.Selection, event -> changed.run());
		status.addListener(SWT.Selection, event -> changed.run());
		text.addListener(SWT.Modify, event -> changed.run());
	}

	Composite getControl() {
		return control;
	}

	/** Offers every connection that has entries in the journal, keeping the current choice. */
	void offer(List<JournalEntry> entries) {
		Map<String, String> names = new LinkedHashMap<>();
		for (JournalEntry entry : entries) {
			names.putIfAbsent(entry.profileId(), entry.profileName());
		}
		if (profileIds.equals(new ArrayList<>(names.keySet()))) {
			return;
		}
		String chosen = chosenProfile();
		profileIds.clear();
		profileIds.addAll(names.keySet());
		connection.setItems(Messages.FilterBar_allConnections);
		names.values().forEach(connection::add);
		connection.select(chosen == null || !profileIds.contains(chosen) ? 0 : profileIds.indexOf(chosen) + 1);
	}

	private String chosenProfile() {
		int index = connection.getSelectionIndex();
		return index <= 0 ? null : profileIds.get(index - 1);
	}

	/** @return the filter the controls describe now */
	EntryFilter filter() {
		return new EntryFilter(chosenProfile(), StatusClass.values()[Math.max(0, status.getSelectionIndex())],
				text.getText());
	}

	void setFocus() {
		text.setFocus();
	}
}
