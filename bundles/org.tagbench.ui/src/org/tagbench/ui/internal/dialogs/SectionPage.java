package org.tagbench.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;

/** A wizard page that shows one section of the profile form and the form's first problem as you type. */
final class SectionPage extends WizardPage {

	private final FormSection section;
	private final ProfileForm form;

	SectionPage(FormSection section, ProfileForm form) {
		super(section.getClass().getSimpleName());
		this.section = section;
		this.form = form;
		setTitle(section.title());
		setDescription(section.description());
	}

	@Override
	public void createControl(Composite parent) {
		setControl(section.create(parent));
		setPageComplete(false);
	}

	/** Shows the current problem or warning and whether this page may be left. */
	void update() {
		String problem = section.validate();
		String formProblem = problem == null ? form.validate() : problem;
		setErrorMessage(formProblem);
		String warning = form.warning();
		setMessage(warning, warning == null ? IMessageProvider.NONE : IMessageProvider.WARNING);
		setPageComplete(problem == null);
	}
}
