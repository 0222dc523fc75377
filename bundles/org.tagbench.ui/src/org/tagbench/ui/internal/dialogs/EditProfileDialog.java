package org.tagbench.ui.internal.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.tagbench.core.profiles.ProfileSnapshot;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** Edits a connection profile: the same sections as the wizard, as tabs, checked as the user types. */
public final class EditProfileDialog extends HeadedDialog {

	private final ProfileNode node;
	private final ProfileSnapshot base;
	private final ProfileForm form;

	/**
	 * @param node         the profile to edit; the edit starts from its file as last loaded, and saving it
	 *                     keeps changes made to the file elsewhere meanwhile, or refuses when they touch this
	 *                     profile
	 * @param password     the stored password, or empty
	 * @param savePassword whether a password is stored
	 */
	public EditProfileDialog(Shell parent, ProfileNode node, String password, boolean savePassword) {
		super(parent, Messages.EditProfileDialog_title, true);
		this.node = node;
		this.base = ConnectionManager.getDefault().snapshot(node.file());
		this.form = new ProfileForm(base.find(node.profile().id()).orElse(node.profile()), password, savePassword,
				List.of(), null);
	}

	@Override
	protected void fill(Composite area) {
		setTitle(NLS.bind(Messages.EditProfileDialog_heading, node.profile().name()));
		TabFolder tabs = new TabFolder(area, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		for (FormSection section : form.sections()) {
			TabItem tab = new TabItem(tabs, SWT.NONE);
			tab.setText(section.title());
			tab.setControl(section.create(tabs));
		}
		form.onChange(this::update);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		update();
	}

	private void update() {
		String problem = form.validate();
		setErrorMessage(problem);
		String warning = form.warning();
		showMessage(warning != null ? warning : Messages.EditProfileDialog_message, warning != null);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		if (form.validate() == null
				&& ProfileSaving.save(getShell(), node.file(), base, form.build(), form.password(), form.savePassword())) {
			super.okPressed();
		}
	}
}
