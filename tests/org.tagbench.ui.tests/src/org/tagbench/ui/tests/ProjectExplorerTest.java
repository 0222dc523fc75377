package org.tagbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.tests.support.Jobs;
import org.tagbench.tests.support.ModalDialogs;
import org.tagbench.tests.support.UiWait;
import org.tagbench.tests.support.WidgetDriver;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.jobs.TagbenchJobs;
import org.tagbench.ui.internal.nodes.ProfileNode;

/** File > New > Tagbench Project, and profiles under their project in the Project Explorer. */
class ProjectExplorerTest {

	private static final String WIZARD_ID = "org.tagbench.ui.wizards.newProject";

	@AfterEach
	void cleanUp() throws Exception {
		Profiles.cleanUp();
	}

	@Test
	void newTagbenchProjectHasAnExampleProfileShownUnderTheProject() throws Exception {
		WorkbenchFixture workbench = WorkbenchFixture.open();
		IWizard wizard = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(WIZARD_ID).createWizard();
		ModalDialogs.Handled handled = ModalDialogs.whenShellOpens(s -> s.getText().equals(Messages.NewProjectWizard_title),
				Duration.ofSeconds(30), shell -> {
					WidgetDriver driver = new WidgetDriver(shell);
					Text name = (Text) driver.findAll(c -> c instanceof Text t && (t.getStyle() & SWT.READ_ONLY) == 0).get(0);
					WidgetDriver.type(name, "Water works");
					new DialogPage(shell).screenshot("new-project-wizard");
					new DialogPage(shell).click(IDialogConstants.FINISH_LABEL);
				});
		new WizardDialog(workbench.window().getShell(), wizard).open();
		handled.assertHandled();
		Jobs.join(TagbenchJobs.FAMILY, Profiles.JOBS);

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Water works");
		assertTrue(project.isOpen());
		assertTrue(project.getFile(".tagbench/connections.json").exists(), "the profile file is part of the project");
		List<ProfileNode> profiles = ConnectionManager.getDefault().profiles(ProfileFile.of(project));
		assertEquals(List.of(Messages.NewProjectWizard_exampleName), profiles.stream().map(n -> n.profile().name()).toList());

		CommonNavigator explorer = (CommonNavigator) workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		ITreeContentProvider content = (ITreeContentProvider) explorer.getCommonViewer().getContentProvider();
		UiWait.until("the profile under its project", () -> List.of(content.getChildren(project)).contains(profiles.get(0)));
		explorer.getCommonViewer().expandToLevel(project, 1);
		UiWait.drain();
	}
}
