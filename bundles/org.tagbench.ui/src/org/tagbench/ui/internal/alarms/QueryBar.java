package org.tagbench.ui.internal.alarms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.tagbench.core.client.AlarmService;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The controls above the message table: connection, list, REST filter (typed or from the history), language,
 * the most rows, and auto-refresh. A filter name core cannot send is marked at once and not fetched.
 */
public final class QueryBar {

	/** Widget ids, for tests. */
	public static final String CONNECTION_ID = "alarms.connection"; //$NON-NLS-1$
	public static final String MODE_ID = "alarms.mode"; //$NON-NLS-1$
	public static final String FILTER_ID = "alarms.filter"; //$NON-NLS-1$
	public static final String LANGUAGE_ID = "alarms.language"; //$NON-NLS-1$
	public static final String MAX_ID = "alarms.max"; //$NON-NLS-1$
	public static final String AUTO_ID = "alarms.auto"; //$NON-NLS-1$
	public static final String INTERVAL_ID = "alarms.interval"; //$NON-NLS-1$

	/** Languages offered; any other IETF tag can be typed. */
	static final String[] LANGUAGES = { "en-US", "de-DE", "fr-FR", "it-IT", "es-ES", "zh-CN" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private final Composite control;
	private final Combo connection;
	private final Combo mode;
	private final Combo filter;
	private final Combo language;
	private final Spinner max;
	private final Button auto;
	private final Spinner interval;
	private final ControlDecoration filterDecoration;
	private final List<ProfileNode> connections = new ArrayList<>();

	/**
	 * @param query      run when the query changes (list, language, connection chosen, Enter in the filter)
	 * @param autoChange run when auto-refresh is switched or its interval changes
	 */
	QueryBar(Composite parent, Runnable query, Runnable autoChange) {
		control = new Composite(parent, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.center = true;
		rows.wrap = true;
		rows.marginTop = 2;
		rows.marginBottom = 2;
		rows.spacing = 12;
		control.setLayout(rows);

		connection = combo(Messages.AlarmsView_connection, CONNECTION_ID, SWT.READ_ONLY, 160);
		mode = combo(Messages.AlarmsView_mode, MODE_ID, SWT.READ_ONLY, SWT.DEFAULT);
		for (AlarmMode m : AlarmMode.values()) {
			mode.add(m.label());
		}
		mode.select(0);
		filter = combo(Messages.AlarmsView_filter, FILTER_ID, SWT.DROP_DOWN, 140);
		filter.setToolTipText(Messages.AlarmsView_filterTooltip);
		filterDecoration = new ControlDecoration(filter, SWT.TOP | SWT.LEFT);
		filterDecoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		filterDecoration.hide();
		language = combo(Messages.AlarmsView_language, LANGUAGE_ID, SWT.DROP_DOWN, 90);
		language.setItems(LANGUAGES);
		language.select(0);
		language.setToolTipText(Messages.AlarmsView_languageTooltip);

		max = new Spinner(pair(Messages.AlarmsView_max), SWT.BORDER);
		max.setData(EmptyState.WIDGET_ID, MAX_ID);
		max.setValues(1000, 1, 100_000, 0, 100, 1000);
		max.setToolTipText(Messages.AlarmsView_maxTooltip);

		Composite refresh = pair(null);
		auto = new Button(refresh, SWT.CHECK);
		auto.setData(EmptyState.WIDGET_ID, AUTO_ID);
		auto.setText(Messages.AlarmsView_auto);
		interval = new Spinner(refresh, SWT.BORDER);
		interval.setData(EmptyState.WIDGET_ID, INTERVAL_ID);
		interval.setValues(5, 1, 3600, 0, 1, 10);
		interval.setToolTipText(Messages.AlarmsView_intervalTooltip);

		connection.addListener(SWT.Selection, e -> query.run());
		mode.addListener(SWT.Selection, e -> query.run());
		filter.addListener(SWT.Selection, e -> query.run());
		filter.addListener(SWT.DefaultSelection, e -> query.run());
		filter.addListener(SWT.Modify, e -> validate());
		language.addListener(SWT.Selection, e -> query.run());
		language.addListener(SWT.DefaultSelection, e -> query.run());
		auto.addListener(SWT.Selection, e -> autoChange.run());
		interval.addListener(SWT.Modify, e -> autoChange.run());
	}

	private Combo combo(String caption, String id, int style, int width) {
		Combo combo = new Combo(pair(caption), style);
		combo.setData(EmptyState.WIDGET_ID, id);
		GridDataFactory.swtDefaults().hint(width, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	/** @return a composite for a caption and its control, kept on one line when the bar wraps */
	private Composite pair(String caption) {
		Composite pair = new Composite(control, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 0).applyTo(pair);
		if (caption != null) {
			new Label(pair, SWT.NONE).setText(caption);
		}
		return pair;
	}

	Composite getControl() {
		return control;
	}

	/** Offers the open connections, keeping the chosen one if it is still open, else choosing {@code preferred}. */
	void offer(List<ProfileNode> open, ProfileNode preferred) {
		ProfileNode chosen = preferred != null && open.contains(preferred) ? preferred : chosenConnection();
		if (open.equals(connections) && Objects.equals(chosen, chosenConnection())) {
			return;
		}
		connections.clear();
		connections.addAll(open);
		connection.removeAll();
		open.forEach(node -> connection.add(node.profile().name()));
		int index = chosen == null ? -1 : open.indexOf(chosen);
		connection.select(index >= 0 ? index : 0);
	}

	/** @return the connection chosen, or null when none is open */
	ProfileNode chosenConnection() {
		int index = connection.getSelectionIndex();
		return index < 0 || index >= connections.size() ? null : connections.get(index);
	}

	/** Fills the filter's drop-down with {@code history}, showing the first when the field is empty. */
	void offerFilters(List<String> history) {
		String text = filter.getText();
		filter.setItems(history.toArray(String[]::new));
		filter.setText(text.isEmpty() && !history.isEmpty() ? history.get(0) : text);
	}

	/** @return the problem of the filter name typed, shown on the field too, or null when it can be sent */
	String validate() {
		String problem = AlarmService.filterProblem(filter.getText());
		if (problem == null) {
			filterDecoration.hide();
		} else {
			filterDecoration.setDescriptionText(problem);
			filterDecoration.show();
		}
		return problem;
	}

	/** @return the language typed or chosen; en-US when the text is no language tag */
	Locale languageChosen() {
		Locale locale = Locale.forLanguageTag(language.getText().strip());
		return locale.getLanguage().isEmpty() ? Locale.US : locale;
	}

	/** @return the query the controls describe now */
	AlarmQuery query() {
		return new AlarmQuery(AlarmMode.values()[Math.max(0, mode.getSelectionIndex())], filter.getText().strip(),
				languageChosen(), max.getSelection());
	}

	boolean autoRefresh() {
		return auto.getSelection();
	}

	/** @return the auto-refresh interval in milliseconds */
	int intervalMs() {
		return interval.getSelection() * 1000;
	}

	void focusFilter() {
		filter.setFocus();
	}
}
