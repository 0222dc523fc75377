package org.tagbench.ui.internal.alarms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.tagbench.core.errors.WinccError;
import org.tagbench.core.model.AlarmMessage;
import org.tagbench.core.model.ConfigItem;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * Every field of the selected message or configuration entry as name and value, the typed ones first and
 * then whatever else the server sent, so nothing of the answer is hidden.
 */
public final class DetailsTable {

	/** Widget id of the table, for tests. */
	public static final String TABLE_ID = "alarms.details"; //$NON-NLS-1$

	private final TableViewer viewer;

	DetailsTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setData(EmptyState.WIDGET_ID, TABLE_ID);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(Messages.AlarmDetails_field, 130, 0);
		column(Messages.AlarmDetails_value, 320, 1);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
	}

	private void column(String title, int width, int index) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((String[]) element)[index];
			}
		});
	}

	/** Shows the fields of {@code message}, or nothing when null. */
	void show(AlarmMessage message) {
		if (message == null) {
			viewer.setInput(List.of());
			return;
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put(Messages.MessageColumn_state, MessageColumn.stateText(message));
		fields.put(Messages.MessageColumn_time, message.rawTimestamp() == null ? null
				: MessageColumn.time(message) + "  (" + message.rawTimestamp() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		fields.put(Messages.MessageColumn_number, message.number());
		fields.put(Messages.MessageColumn_text, message.text());
		fields.put(Messages.MessageColumn_class, message.messageClass());
		fields.put(Messages.AlarmDetails_priority, message.priority());
		fields.putAll(message.extra());
		show(fields);
	}

	/** Shows the name and properties of {@code item}. */
	void show(ConfigItem item) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put(Messages.MessageColumn_name, item.name());
		fields.putAll(item.properties());
		show(fields);
	}

	/** Shows what a failed fetch of the configuration means and what to do. */
	void show(WinccError error) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put(Messages.AlarmDetails_failure, error.label());
		fields.put(Messages.AlarmDetails_meaning, error.meaning());
		fields.put(Messages.AlarmDetails_solution, error.solution());
		fields.put(Messages.AlarmDetails_detail, error.detail().isEmpty() ? null : error.detail());
		show(fields);
	}

	private void show(Map<String, Object> fields) {
		List<String[]> rows = new ArrayList<>();
		fields.forEach((name, value) -> {
			if (value != null) {
				rows.add(new String[] { name, Objects.toString(value) });
			}
		});
		viewer.setInput(rows);
	}

	/** @return the rows shown, each field name and value */
	public List<String[]> rows() {
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
			rows.add((String[]) viewer.getElementAt(i));
		}
		return rows;
	}

	public TableViewer viewer() {
		return viewer;
	}
}
