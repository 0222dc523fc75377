package org.tagbench.ui.internal.alarms;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tagbench.core.model.AlarmMessage;
import org.tagbench.ui.internal.widgets.AutoOrientation;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The parts of the Alarms view: the query bar and the error banner on top, the configuration tree on the
 * left, the message table and the fields of the selected row on the right, a summary line below. Selecting
 * a message or a configuration entry shows its fields.
 */
public final class AlarmsParts {

	private final Composite control;
	private final QueryBar queryBar;
	private final ErrorBanner errorBanner;
	private final ConfigTree configTree;
	private final MessageTable messages;
	private final DetailsTable details;
	private final Label summary;

	/**
	 * @param parent       where the parts' composite is made
	 * @param onQuery      run when the user asks for a fetch
	 * @param onAutoChange run when auto-refresh or its interval changes
	 */
	AlarmsParts(Composite parent, Runnable onQuery, Runnable onAutoChange) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(control);
		queryBar = new QueryBar(control, onQuery, onAutoChange);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(queryBar.getControl());
		errorBanner = new ErrorBanner(control);
		SashForm columns = new SashForm(control, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
		configTree = new ConfigTree(columns);
		SashForm rows = new SashForm(columns, SWT.VERTICAL);
		messages = new MessageTable(rows);
		details = new DetailsTable(rows);
		rows.setWeights(70, 30);
		AutoOrientation.apply(rows);
		columns.setWeights(25, 75);
		summary = new Label(control, SWT.NONE);
		summary.setData(EmptyState.WIDGET_ID, AlarmsView.SUMMARY_ID);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(summary);

		messages.viewer().addSelectionChangedListener(e -> showSelectedMessage());
		configTree.viewer().addSelectionChangedListener(e -> {
			Object element = e.getStructuredSelection().getFirstElement();
			if (element instanceof ConfigNode.Entry entry) {
				details.show(entry.item());
			} else if (element instanceof ConfigNode.Status status && status.error() != null) {
				details.show(status.error());
			}
		});
	}

	/** Shows the fields of the first selected message, or none. */
	void showSelectedMessage() {
		List<AlarmMessage> selected = messages.selected();
		details.show(selected.isEmpty() ? null : selected.get(0));
	}

	/** Empties the message table and the fields. */
	void clearMessages() {
		messages.show(List.of());
		details.show((AlarmMessage) null);
	}

	public Composite getControl() {
		return control;
	}

	public QueryBar queryBar() {
		return queryBar;
	}

	public ErrorBanner errorBanner() {
		return errorBanner;
	}

	public ConfigTree configuration() {
		return configTree;
	}

	public MessageTable messages() {
		return messages;
	}

	public DetailsTable details() {
		return details;
	}

	Label summary() {
		return summary;
	}
}
