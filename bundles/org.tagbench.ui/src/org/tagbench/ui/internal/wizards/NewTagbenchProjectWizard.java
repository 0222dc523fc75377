package org.tagbench.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.Statuses;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.preferences.TagbenchPreferences;

/**
 * File > New > Tagbench Project: a project with an example connection profile to edit, so the profile
 * file and its place in the project are visible from the start.
 */
public class NewTagbenchProjectWizard extends Wizard implements INewWizard {

	/** The URL of the example profile: WinCC's usual port and path on a host to rename. */
	static final String EXAMPLE_URL = "https://wincc-server:34568/WinCCRestService"; //$NON-NLS-1$

	private WizardNewProjectCreationPage page;

	public NewTagbenchProjectWizard() {
		setWindowTitle(Messages.NewProjectWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the project does not depend on the selection
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project"); //$NON-NLS-1$
		page.setTitle(Messages.NewProjectWizard_pageTitle);
		page.setDescription(Messages.NewProjectWizard_pageDescription);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		ConnectionProfile example = TagbenchPreferences.newProfile().toBuilder().name(Messages.NewProjectWizard_exampleName)
				.url(EXAMPLE_URL).environment("development").build(); //$NON-NLS-1$
		ProfileFile[] created = new ProfileFile[1];
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					created[0] = TagbenchProjects.create(name, location, example, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			ErrorDialog.openError(getShell(), Messages.NewProjectWizard_failedTitle, null,
					Statuses.error(e.getCause().getMessage(), Messages.NewProjectWizard_failedSolution, e.getCause()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		ConnectionManager.getDefault().changed(created[0]);
		return true;
	}
}
