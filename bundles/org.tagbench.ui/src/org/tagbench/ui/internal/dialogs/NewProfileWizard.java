package org.tagbench.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ProfileFile;

/**
 * Creates a connection profile in three pages (general, limits, TLS), checked as the user types; saves
 * it to the chosen project or the workspace, and the password to Secure Storage unless asked not to.
 */
public final class NewProfileWizard extends Wizard {

	private final ProfileForm form;
	private final List<SectionPage> pages = new ArrayList<>();
	private ConnectionProfile created;
	private ProfileFile savedTo;

	/**
	 * @param initial   the profile to start from (defaults, or a copy to duplicate)
	 * @param password  the password to start from, or empty
	 * @param locations where the profile may be saved
	 * @param location  the location chosen at first
	 */
	public NewProfileWizard(ConnectionProfile initial, String password, List<ProfileFile> locations, ProfileFile location) {
		this.form = new ProfileForm(initial, password, true, locations, location);
		setWindowTitle(Messages.NewProfileWizard_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		for (FormSection section : form.sections()) {
			SectionPage page = new SectionPage(section, form);
			pages.add(page);
			addPage(page);
		}
		form.onChange(() -> pages.forEach(SectionPage::update));
	}

	@Override
	public void createPageControls(org.eclipse.swt.widgets.Composite pageContainer) {
		super.createPageControls(pageContainer);
		pages.forEach(SectionPage::update);
	}

	@Override
	public boolean canFinish() {
		return form.validate() == null;
	}

	@Override
	public boolean performFinish() {
		ConnectionProfile profile = form.build();
		ProfileFile location = form.location();
		if (ProfileSaving.save(getShell(), location, profile, form.password(), form.savePassword())) {
			created = profile;
			savedTo = location;
			return true;
		}
		return false;
	}

	/** @return the profile created, or null when the wizard was cancelled */
	public ConnectionProfile created() {
		return created;
	}

	/** @return the file the profile was saved to, or null when the wizard was cancelled */
	public ProfileFile savedTo() {
		return savedTo;
	}
}
