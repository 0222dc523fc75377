package org.tagbench.ui.internal.tags;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.tagbench.core.model.WriteResult;
import org.tagbench.core.model.WriteStatus;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.widgets.EmptyState;

/** Shows what a bulk write did to each tag: verified, mismatch, unverified or failed, with its meaning. */
public final class CsvResultDialog extends TitleAreaDialog {

	/** Widget id of the table, for tests. */
	public static final String TABLE_ID = "csvResult.table"; //$NON-NLS-1$

	private final List<WriteResult> results;

	public CsvResultDialog(Shell shell, List<WriteResult> results) {
		super(shell);
		this.results = results;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.CsvResult_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		long verified = results.stream().filter(WriteResult::isVerified).count();
		setTitle(NLS.bind(Messages.CsvResult_heading, Long.valueOf(verified), Integer.valueOf(results.size())));
		if (verified < results.size()) {
			setMessage(Messages.CsvResult_notAll, IMessageProvider.WARNING);
		} else {
			setMessage(Messages.CsvResult_all);
		}
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(EmptyState.WIDGET_ID, TABLE_ID);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 260).applyTo(table);
		column(table, Messages.TagsView_columnName, 200);
		column(table, Messages.CsvResult_requested, 110);
		column(table, Messages.CsvResult_readBack, 110);
		column(table, Messages.CsvResult_result, 380);
		for (WriteResult result : results) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { result.name(), String.valueOf(result.requested()),
					TagValueText.value(result.readBack()), describe(result) });
			if (result.status() != WriteStatus.VERIFIED) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** @return the outcome of one write as a sentence: what happened and, when it went wrong, why */
	static String describe(WriteResult result) {
		String why = result.error() == null ? "" : result.error().meaning() + ' ' + result.error().solution(); //$NON-NLS-1$
		return switch (result.status()) {
		case VERIFIED -> Messages.CsvResult_verified;
		case MISMATCH -> NLS.bind(Messages.CsvResult_mismatch, TagValueText.value(result.readBack()));
		case UNVERIFIED -> NLS.bind(Messages.CsvResult_unverified, why);
		case UNKNOWN -> NLS.bind(Messages.CsvResult_unknown,
				result.readBack() == null ? Messages.TagValue_noData : TagValueText.value(result.readBack()), why);
		case FAILED -> NLS.bind(Messages.CsvResult_failed, why);
		};
	}

	private static void column(Table table, String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}
}
