package org.tagbench.ui.internal.tags;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.tagbench.core.names.ChangeKind;
import org.tagbench.core.names.NameChange;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.dialogs.HeadedDialog;
import org.tagbench.ui.internal.widgets.TableColumns;

/**
 * Shows the rows of a CSV file before they are written: line, tag, current value, new value and the
 * check result. Rows with a problem say what is wrong and are left out; names that were cleaned say how.
 */
public final class CsvPreviewDialog extends HeadedDialog {

	/** Widget id of the table, for tests. */
	public static final String TABLE_ID = "csvPreview.table"; //$NON-NLS-1$

	private final String file;
	private final List<CsvWriteRow> rows;

	public CsvPreviewDialog(Shell shell, String file, List<CsvWriteRow> rows) {
		super(shell, Messages.CsvPreview_title, true);
		this.file = file;
		this.rows = rows;
	}

	@Override
	protected void fill(Composite area) {
		setTitle(NLS.bind(Messages.CsvPreview_heading, file));
		long valid = rows.stream().filter(CsvWriteRow::isValid).count();
		String summary = NLS.bind(Messages.CsvPreview_message, Long.valueOf(valid), Integer.valueOf(rows.size()));
		boolean leftOut = valid < rows.size();
		showMessage(leftOut ? summary + ' ' + Messages.CsvPreview_leftOut : summary, leftOut);
		Table table = table(area, TABLE_ID, 720, 300);
		TableColumns.add(table, Messages.CsvPreview_line, 50);
		TableColumns.add(table, Messages.TagsView_columnName, 200);
		TableColumns.add(table, Messages.CsvPreview_current, 120);
		TableColumns.add(table, Messages.CsvPreview_new, 120);
		TableColumns.add(table, Messages.CsvPreview_check, 320);
		for (CsvWriteRow row : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Integer.toString(row.row().line()), row.name(), TagValueText.value(row.current()),
					row.row().value(), check(row) });
			if (!row.isValid()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		long valid = rows.stream().filter(CsvWriteRow::isValid).count();
		getButton(IDialogConstants.OK_ID).setText(NLS.bind(Messages.CsvPreview_write, Long.valueOf(valid)));
		getButton(IDialogConstants.OK_ID).setEnabled(valid > 0);
	}

	/** @return the check result of a row: its problem, or OK with how its name was cleaned */
	static String check(CsvWriteRow row) {
		String cleaned = cleaned(row.row().name());
		String result = row.isValid() ? Messages.CsvPreview_ok : row.problem();
		return cleaned.isEmpty() ? result : result + ' ' + NLS.bind(Messages.CsvPreview_cleaned, cleaned);
	}

	private static String cleaned(NameChange change) {
		return change.kinds().stream().sorted().map(CsvPreviewDialog::describe).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static String describe(ChangeKind kind) {
		return switch (kind) {
		case BOM_REMOVED -> Messages.CsvPreview_bomRemoved;
		case ZERO_WIDTH_REMOVED -> Messages.CsvPreview_zeroWidthRemoved;
		case COMPATIBILITY_FOLDED -> Messages.CsvPreview_folded;
		case WHITESPACE_TRIMMED -> Messages.CsvPreview_trimmed;
		};
	}
}
