package org.tagbench.ui.internal.dialogs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ProfileFile;
import org.tagbench.ui.internal.widgets.EmptyState;

/** Name, where the profile is kept, URL, account and password, environment, read-only. */
public final class GeneralSection extends FormSection {

	/** Widget ids, for tests. */
	public static final String NAME_ID = "profile.name", URL_ID = "profile.url", USER_ID = "profile.user", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			PASSWORD_ID = "profile.password", SAVE_PASSWORD_ID = "profile.savePassword", //$NON-NLS-1$ //$NON-NLS-2$
			ENVIRONMENT_ID = "profile.environment", READ_ONLY_ID = "profile.readOnly", LOCATION_ID = "profile.location"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final String[] ENVIRONMENTS = { "development", "test", "production" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final ConnectionProfile initial;
	private final String initialPassword;
	private final boolean initialSave;
	private final List<ProfileFile> locations;
	private final ProfileFile initialLocation;
	private Text name;
	private Text url;
	private Text user;
	private Text password;
	private Button savePassword;
	private Combo environment;
	private Button readOnly;
	private Combo location;

	/**
	 * @param initial         the profile to start from
	 * @param password        the stored password, or empty
	 * @param savePassword    whether the password is kept in Secure Storage
	 * @param locations       the files a new profile may go to; empty when editing (no choice)
	 * @param initialLocation the file chosen at first, one of {@code locations}, or null
	 */
	public GeneralSection(ConnectionProfile initial, String password, boolean savePassword, List<ProfileFile> locations,
			ProfileFile initialLocation) {
		this.initial = initial;
		this.initialPassword = password;
		this.initialSave = savePassword;
		this.locations = List.copyOf(locations);
		this.initialLocation = initialLocation;
	}

	@Override
	public String title() {
		return Messages.GeneralSection_title;
	}

	@Override
	public String description() {
		return Messages.GeneralSection_description;
	}

	@Override
	public Control create(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(composite);
		name = field(composite, Messages.GeneralSection_name, NAME_ID, initial.name(), SWT.SINGLE);
		if (!locations.isEmpty()) {
			createLocation(composite);
		}
		url = field(composite, Messages.GeneralSection_url, URL_ID, initial.url(), SWT.SINGLE);
		url.setMessage(Messages.GeneralSection_urlHint);
		user = field(composite, Messages.GeneralSection_user, USER_ID, initial.user(), SWT.SINGLE);
		password = field(composite, Messages.GeneralSection_password, PASSWORD_ID, initialPassword, SWT.SINGLE | SWT.PASSWORD);
		savePassword = check(composite, Messages.GeneralSection_savePassword, SAVE_PASSWORD_ID, initialSave);

		new Label(composite, SWT.NONE).setText(Messages.GeneralSection_environment);
		environment = new Combo(composite, SWT.DROP_DOWN);
		environment.setItems(ENVIRONMENTS);
		environment.setText(initial.environment());
		environment.setData(EmptyState.WIDGET_ID, ENVIRONMENT_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(environment);
		environment.addModifyListener(e -> changed());

		readOnly = check(composite, Messages.GeneralSection_readOnly, READ_ONLY_ID, initial.readOnly());
		return composite;
	}

	private void createLocation(Composite composite) {
		new Label(composite, SWT.NONE).setText(Messages.GeneralSection_location);
		location = new Combo(composite, SWT.DROP_DOWN | SWT.READ_ONLY);
		for (ProfileFile file : locations) {
			location.add(file.isWorkspace() ? Messages.ConnectionsView_workspaceGroup : file.project().getName());
		}
		location.select(Math.max(0, locations.indexOf(initialLocation)));
		location.setData(EmptyState.WIDGET_ID, LOCATION_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
	}

	@Override
	public String validate() {
		if (name.getText().isBlank()) {
			return Messages.GeneralSection_nameMissing;
		}
		return validateUrl(url.getText().trim());
	}

	/** @return what is wrong with a service URL, or null */
	static String validateUrl(String text) {
		if (text.isEmpty()) {
			return Messages.GeneralSection_urlMissing;
		}
		URI uri;
		try {
			uri = new URI(text);
		} catch (URISyntaxException e) {
			return NLS.bind(Messages.GeneralSection_urlInvalid, text);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (!scheme.equals("https") && !scheme.equals("http")) { //$NON-NLS-1$ //$NON-NLS-2$
			return NLS.bind(Messages.GeneralSection_urlScheme, text);
		}
		if (uri.getHost() == null) {
			return uri.getRawAuthority() != null && uri.getRawAuthority().contains(":") //$NON-NLS-1$
					? NLS.bind(Messages.GeneralSection_portInvalid, uri.getRawAuthority())
					: NLS.bind(Messages.GeneralSection_hostMissing, text);
		}
		if (uri.getPort() == 0 || uri.getPort() > 65535) {
			return NLS.bind(Messages.GeneralSection_portInvalid, Integer.toString(uri.getPort()));
		}
		return null;
	}

	@Override
	public void apply(ConnectionProfile.Builder builder) {
		builder.name(name.getText().trim()).url(url.getText().trim()).user(user.getText().trim())
				.environment(environment.getText().trim()).readOnly(readOnly.getSelection());
	}

	/** @return the password typed */
	public String password() {
		return password.getText();
	}

	/** @return whether the password is to be kept in Secure Storage */
	public boolean savePassword() {
		return savePassword.getSelection();
	}

	/** @return the file chosen for a new profile, or null when editing */
	public ProfileFile location() {
		return location == null ? null : locations.get(location.getSelectionIndex());
	}
}
