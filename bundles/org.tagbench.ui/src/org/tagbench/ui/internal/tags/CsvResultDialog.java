package org.tagbench.ui.internal.tags;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.tagbench.core.model.WriteResult;
import org.tagbench.core.model.WriteStatus;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.dialogs.HeadedDialog;
import org.tagbench.ui.internal.widgets.TableColumns;

/** Shows what a bulk write did to each tag: verified, mismatch, unverified or failed, with its meaning. */
public final class CsvResultDialog extends HeadedDialog {

	/** Widget id of the table, for tests. */
	public static final String TABLE_ID = "csvResult.table"; //$NON-NLS-1$

	private final List<WriteResult> results;

	public CsvResultDialog(Shell shell, List<WriteResult> results) {
		super(shell, Messages.CsvResult_title, true);
		this.results = results;
	}

	@Override
	protected void fill(Composite area) {
		long verified = results.stream().filter(WriteResult::isVerified).count();
		setTitle(NLS.bind(Messages.CsvResult_heading, Long.valueOf(verified), Integer.valueOf(results.size())));
		boolean notAll = verified < results.size();
		showMessage(notAll ? Messages.CsvResult_notAll : Messages.CsvResult_all, notAll);
		Table table = table(area, TABLE_ID, 720, 260);
		TableColumns.add(table, Messages.TagsView_columnName, 200);
		TableColumns.add(table, Messages.CsvResult_requested, 110);
		TableColumns.add(table, Messages.CsvResult_readBack, 110);
		TableColumns.add(table, Messages.CsvResult_result, 380);
		for (WriteResult result : results) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { result.name(), String.valueOf(result.requested()),
					TagValueText.value(result.readBack()), describe(result) });
			if (result.status() != WriteStatus.VERIFIED) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
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
}
