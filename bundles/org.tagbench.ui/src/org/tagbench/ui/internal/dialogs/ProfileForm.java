package org.tagbench.ui.internal.dialogs;

import java.util.List;

import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileValidator;
import org.tagbench.core.profiles.TlsMode;
import org.tagbench.ui.internal.Messages;
import org.tagbench.ui.internal.connections.ProfileFile;

/**
 * The fields of a connection profile in three sections, shared by the new-profile wizard and the edit
 * dialog. Checks as the user types: each section's own fields, then the profile as a whole with core's
 * {@link ProfileValidator}.
 */
public final class ProfileForm {

	private final ConnectionProfile initial;
	private final GeneralSection general;
	private final LimitsSection limits;
	private final TlsSection tls;

	/**
	 * @param initial         the profile to start from; its id is kept
	 * @param password        the stored password, or empty
	 * @param savePassword    whether the password is kept in Secure Storage
	 * @param locations       the files a new profile may go to; empty when editing
	 * @param initialLocation the file chosen at first, or null
	 */
	public ProfileForm(ConnectionProfile initial, String password, boolean savePassword, List<ProfileFile> locations,
			ProfileFile initialLocation) {
		this.initial = initial;
		this.general = new GeneralSection(initial, password, savePassword, locations, initialLocation);
		this.limits = new LimitsSection(initial);
		this.tls = new TlsSection(initial);
	}

	/** @return the sections in the order shown */
	public List<FormSection> sections() {
		return List.of(general, limits, tls);
	}

	/** @param listener told whenever any field changes */
	public void onChange(Runnable listener) {
		sections().forEach(section -> section.onChange(listener));
	}

	/** @return the first problem of the form and what to do about it, or null when it can be saved */
	public String validate() {
		for (FormSection section : sections()) {
			String problem = section.validate();
			if (problem != null) {
				return problem;
			}
		}
		ConnectionProfile profile = build();
		if (profile.isPlainHttp() != profile.baseUri().getScheme().equalsIgnoreCase("http")) { //$NON-NLS-1$
			return profile.isPlainHttp() ? Messages.ProfileForm_plainHttpNeedsHttpUrl : Messages.ProfileForm_httpNeedsPlainHttp;
		}
		List<String> problems = ProfileValidator.problems(profile);
		return problems.isEmpty() ? null : problems.get(0);
	}

	/** @return a warning to show although the profile can be saved, or null */
	public String warning() {
		return tls.mode() == TlsMode.PLAIN_HTTP ? Messages.TlsSection_insecureWarning : null;
	}

	/** @return the profile the fields describe; call only when {@link #validate()} is null */
	public ConnectionProfile build() {
		ConnectionProfile.Builder builder = initial.toBuilder();
		sections().forEach(section -> section.apply(builder));
		return builder.build();
	}

	/** @return the password typed */
	public String password() {
		return general.password();
	}

	/** @return whether the password is to be kept in Secure Storage */
	public boolean savePassword() {
		return general.savePassword();
	}

	/** @return the file chosen for a new profile, or null when editing */
	public ProfileFile location() {
		return general.location();
	}
}
