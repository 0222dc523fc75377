package org.tagbench.ui.internal.watch;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.watch.WatchListStore;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.dialogs.HeadedDialog;
import org.tagbench.ui.internal.widgets.EmptyState;

/** Asks for the name of a watch list and the project to save it in; warns before replacing a list. */
public final class SaveWatchListDialog extends HeadedDialog {

	/** Widget id of the name field, for tests. */
	public static final String NAME_ID = "watch.save.name"; //$NON-NLS-1$
	/** Widget id of the project choice, for tests. */
	public static final String PROJECT_ID = "watch.save.project"; //$NON-NLS-1$

	private final List<IProject> projects;
	private final WatchListRef suggested;
	private Text name;
	private Combo project;
	private WatchListRef result;

	/** @param suggested the name and project to offer */
	public SaveWatchListDialog(Shell shell, List<IProject> projects, WatchListRef suggested) {
		super(shell, Messages.SaveWatchListDialog_title, false);
		this.projects = projects;
		this.suggested = suggested;
	}

	@Override
	protected void fill(Composite area) {
		setTitle(Messages.SaveWatchListDialog_heading);
		Composite form = form(area, 10);
		new Label(form, SWT.NONE).setText(Messages.SaveWatchListDialog_name);
		name = new Text(form, SWT.BORDER);
		name.setData(EmptyState.WIDGET_ID, NAME_ID);
		name.setText(suggested.name());
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(name);
		new Label(form, SWT.NONE).setText(Messages.SaveWatchListDialog_project);
		project = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		project.setData(EmptyState.WIDGET_ID, PROJECT_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(project);
		projects.forEach(p -> project.add(p.getName()));
		int index = suggested.project() == null ? -1 : projects.indexOf(suggested.project());
		project.select(Math.max(0, index));
		name.addListener(SWT.Modify, e -> validate());
		project.addListener(SWT.Selection, e -> validate());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.SaveWatchListDialog_save, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private WatchListRef current() {
		int index = project.getSelectionIndex();
		return index < 0 ? null : new WatchListRef(projects.get(index), name.getText().strip());
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		WatchListRef ref = current();
		String error = ref == null ? Messages.SaveWatchListDialog_noProject : WatchListStore.checkName(ref.name());
		setErrorMessage(error);
		boolean replaces = error == null && Files.exists(ref.store().file(ref.name()));
		showMessage(replaces ? NLS.bind(Messages.SaveWatchListDialog_replaces, ref.label()) : Messages.SaveWatchListDialog_message,
				replaces);
		getButton(IDialogConstants.OK_ID).setEnabled(error == null);
	}

	@Override
	protected void okPressed() {
		result = current();
		super.okPressed();
	}

	/** @return where to save, once confirmed; else null */
	public WatchListRef result() {
		return result;
	}
}
