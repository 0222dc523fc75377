package org.tagbench.ui.internal.diagnostics;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * The selected request: what was sent and when, and for a failure what it means and what to do; then
 * the start of the request and answer bodies. When the pane is too low to show it all, it scrolls rather
 * than squeezing its fields.
 */
public final class DetailsPane {

	/** The lines of a body the pane shows at least before it scrolls. */
	private static final int BODY_LINES = 4;

	/** Widget ids, for tests. */
	public static final String SUMMARY_ID = "diagnostics.details.summary"; //$NON-NLS-1$
	public static final String MEANING_ID = "diagnostics.details.meaning"; //$NON-NLS-1$
	public static final String SOLUTION_ID = "diagnostics.details.solution"; //$NON-NLS-1$
	public static final String REQUEST_ID = "diagnostics.details.request"; //$NON-NLS-1$
	public static final String ANSWER_ID = "diagnostics.details.answer"; //$NON-NLS-1$

	private final ScrolledComposite scroller;
	private final Composite control;
	private final Text summary;
	private final Text meaning;
	private final Text solution;
	private final Text request;
	private final Text answer;
	private JournalEntry shown;
	private boolean initialized;

	DetailsPane(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		control = new Composite(scroller, SWT.NONE);
		scroller.setContent(control);
		scroller.addListener(SWT.Resize, event -> fitContent());
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(control);
		summary = field(Messages.DetailsPane_request, SUMMARY_ID, SWT.WRAP, false);
		meaning = field(Messages.DetailsPane_meaning, MEANING_ID, SWT.WRAP, false);
		solution = field(Messages.DetailsPane_solution, SOLUTION_ID, SWT.WRAP, false);
		request = field(Messages.DetailsPane_requestBody, REQUEST_ID, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP, true);
		answer = field(Messages.DetailsPane_answerBody, ANSWER_ID, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP, true);
		show(null);
	}

	private Text field(String caption, String id, int style, boolean grow) {
		Label label = new Label(control, SWT.NONE);
		label.setText(caption);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		Text field = new Text(control, SWT.READ_ONLY | style);
		field.setData(EmptyState.WIDGET_ID, id);
		int height = grow ? field.getLineHeight() * BODY_LINES : SWT.DEFAULT;
		GridDataFactory.fillDefaults().grab(true, grow).hint(200, height).applyTo(field);
		return field;
	}

	/** Shows {@code entry}, or a hint to select one when null. */
	void show(JournalEntry entry) {
		if (initialized && entry == shown) {
			return;
		}
		initialized = true;
		shown = entry;
		if (entry == null) {
			set(Messages.DetailsPane_none, "", "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return;
		}
		String status = entry.status() == 0 ? Messages.DetailsPane_noAnswer : Integer.toString(entry.status());
		String line = NLS.bind(Messages.DetailsPane_summary, new Object[] { entry.method(), entry.url(), status,
				Long.toString(entry.latencyMs()), Long.toString(entry.bytesOut()), Long.toString(entry.bytesIn()),
				entry.profileName(), JournalColumns.time(entry) });
		if (entry.failed()) {
			String detail = entry.error().detail();
			set(detail.isEmpty() ? line : line + '\n' + detail, entry.error().meaning(), entry.error().solution(),
					entry.requestPreview(), entry.responsePreview());
		} else {
			set(line, Messages.DetailsPane_succeeded, "", entry.requestPreview(), entry.responsePreview()); //$NON-NLS-1$
		}
	}

	private void set(String summaryText, String meaningText, String solutionText, String requestText, String answerText) {
		summary.setText(summaryText);
		meaning.setText(meaningText);
		solution.setText(solutionText);
		request.setText(requestText);
		answer.setText(answerText);
		fitContent();
		control.layout(true);
	}

	/**
	 * @return the request shown, as the pane shows it: a caption and its text a line each, fields without
	 *         text left out; never a header of the request, so never its credentials
	 */
	String asText() {
		StringBuilder text = new StringBuilder();
		line(text, Messages.DetailsPane_request, summary);
		line(text, Messages.DetailsPane_meaning, meaning);
		line(text, Messages.DetailsPane_solution, solution);
		line(text, Messages.DetailsPane_requestBody, request);
		line(text, Messages.DetailsPane_answerBody, answer);
		return text.toString();
	}

	private static void line(StringBuilder text, String caption, Text field) {
		if (!field.getText().isEmpty()) {
			text.append(caption).append(' ').append(field.getText()).append(System.lineSeparator());
		}
	}

	/** Lets the fields take the height they need at the pane's width; the pane scrolls when it is lower. */
	private void fitContent() {
		scroller.setMinSize(control.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
	}
}
