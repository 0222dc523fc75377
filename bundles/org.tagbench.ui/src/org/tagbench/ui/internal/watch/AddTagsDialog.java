package org.tagbench.ui.internal.watch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.dialogs.HeadedDialog;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.widgets.EmptyState;

/**
 * Asks which tags to watch: a connection and tag names or patterns ({@code *} and {@code ?}), one per
 * line or separated by commas. Patterns are expanded on the runtime afterwards, so they need an open
 * connection; plain names do not.
 */
public final class AddTagsDialog extends HeadedDialog {

	/** Widget id of the connection choice, for tests. */
	public static final String CONNECTION_ID = "watch.add.connection"; //$NON-NLS-1$
	/** Widget id of the names field, for tests. */
	public static final String NAMES_ID = "watch.add.names"; //$NON-NLS-1$

	/** What to add. */
	public record Request(ProfileNode profile, List<String> names) {
	}

	private final List<ProfileNode> profiles;
	private final ProfileNode preselected;
	private Combo connection;
	private Text names;
	private Request request;

	/**
	 * @param profiles    the profiles to choose from, connected ones first
	 * @param preselected the profile to offer first, or null
	 */
	public AddTagsDialog(Shell shell, List<ProfileNode> profiles, ProfileNode preselected) {
		super(shell, Messages.AddTagsDialog_title, true);
		this.profiles = profiles;
		this.preselected = preselected;
	}

	@Override
	protected void fill(Composite area) {
		setTitle(Messages.AddTagsDialog_heading);
		setMessage(Messages.AddTagsDialog_message);
		Composite form = form(area, 10);

		new Label(form, SWT.NONE).setText(Messages.AddTagsDialog_connection);
		connection = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		connection.setData(EmptyState.WIDGET_ID, CONNECTION_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(connection);
		ConnectionManager manager = ConnectionManager.getDefault();
		for (ProfileNode node : profiles) {
			boolean open = manager.session(node).isPresent();
			connection.add(open ? node.profile().name() : NLS.bind(Messages.AddTagsDialog_notConnected, node.profile().name()));
		}
		int index = preselected == null ? -1 : profiles.indexOf(preselected);
		connection.select(index >= 0 ? index : 0);

		Label namesLabel = new Label(form, SWT.NONE);
		namesLabel.setText(Messages.AddTagsDialog_names);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(namesLabel);
		names = new Text(form, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
		names.setData(EmptyState.WIDGET_ID, NAMES_ID);
		names.setMessage(Messages.AddTagsDialog_namesHint);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, names.getLineHeight() * 8).applyTo(names);

		connection.addListener(SWT.Selection, e -> validate());
		names.addListener(SWT.Modify, e -> validate());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.AddTagsDialog_add, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	/** @return the names and patterns in {@code text}: split at line ends and commas, trimmed, without empties */
	public static List<String> split(String text) {
		List<String> result = new ArrayList<>();
		for (String part : text.split("[\\r\\n,;]+")) { //$NON-NLS-1$
			String name = part.strip();
			if (!name.isEmpty() && !result.contains(name)) {
				result.add(name);
			}
		}
		return result;
	}

	/** @return whether the text is a pattern to expand on the runtime */
	public static boolean isPattern(String name) {
		return name.indexOf('*') >= 0 || name.indexOf('?') >= 0;
	}

	private ProfileNode selectedProfile() {
		int index = connection.getSelectionIndex();
		return index < 0 || index >= profiles.size() ? null : profiles.get(index);
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		ProfileNode profile = selectedProfile();
		List<String> wanted = split(names.getText());
		String error = null;
		if (profile == null) {
			error = Messages.AddTagsDialog_noConnection;
		} else if (wanted.stream().anyMatch(AddTagsDialog::isPattern)
				&& ConnectionManager.getDefault().session(profile).isEmpty()) {
			error = NLS.bind(Messages.AddTagsDialog_patternNeedsConnection, profile.profile().name());
		}
		setErrorMessage(error);
		getButton(IDialogConstants.OK_ID).setEnabled(error == null && !wanted.isEmpty());
	}

	@Override
	protected void okPressed() {
		request = new Request(selectedProfile(), split(names.getText()));
		super.okPressed();
	}

	/** @return what to add, once the dialog was confirmed; else null */
	public Request request() {
		return request;
	}
}
