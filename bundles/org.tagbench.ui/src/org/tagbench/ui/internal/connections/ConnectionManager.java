package org.tagbench.ui.internal.connections;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.tagbench.core.client.ConnectionSettings;
import org.tagbench.core.diagnostics.ConnectionHealth;
import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.errors.WinccException;
import org.tagbench.core.profiles.ConnectionProfile;
import org.tagbench.core.profiles.ProfileConflictException;
import org.tagbench.core.profiles.ProfileFileException;
import org.tagbench.core.profiles.ProfileSnapshot;
import org.tagbench.core.profiles.ProfileStore;
import org.tagbench.core.profiles.SaveResult;
import org.tagbench.core.security.CertificateTrustHandler;
import org.tagbench.core.security.CredentialStore;
import org.tagbench.core.security.PinningTrustHandler;
import org.tagbench.core.security.SecureCredentialStore;
import org.tagbench.ui.internal.demo.EmbeddedSimulator;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.preferences.TagbenchPreferences;

/**
 * The workbench's connection profiles and open connections: the profile files of the open projects and
 * of the workspace, the state of each profile's connection, and the listeners that show them. Profile
 * files are read through core's {@link ProfileStore}; passwords live in the {@link CredentialStore}.
 * Thread-safe; listeners are told on the thread that made the change.
 */
public final class ConnectionManager {

	private static ConnectionManager instance;

	private final ProfileFile workspaceFile;
	private final Map<ProfileFile, Loaded> loaded = new ConcurrentHashMap<>();
	private final Map<String, ConnectionSession> sessions = new ConcurrentHashMap<>();
	private final Map<String, ConnectionStatus> statuses = new ConcurrentHashMap<>();
	private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
	private final ProjectProfileTracker tracker = new ProjectProfileTracker(this);
	private volatile CredentialStore credentials;
	private volatile DiagnosticsJournal journal;

	/** The profiles of one file as last loaded, or why loading failed. */
	private record Loaded(ProfileSnapshot snapshot, String problem) {
		List<ConnectionProfile> profiles() {
			return snapshot.profiles();
		}
	}

	ConnectionManager(ProfileFile workspaceFile) {
		this.workspaceFile = workspaceFile;
	}

	/** @return the workbench's manager, created on first use */
	public static synchronized ConnectionManager getDefault() {
		if (instance == null) {
			Bundle bundle = FrameworkUtil.getBundle(ConnectionManager.class);
			ProfileFile workspace = new ProfileFile(null,
					Platform.getStateLocation(bundle).toPath().resolve(ProfileStore.WORKSPACE_FILE));
			instance = new ConnectionManager(workspace);
			ResourcesPlugin.getWorkspace().addResourceChangeListener(instance.tracker, IResourceChangeEvent.POST_CHANGE);
		}
		return instance;
	}

	/** Closes every connection and stops listening to the workspace; called when the bundle stops. */
	public static synchronized void shutdown() {
		if (instance != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(instance.tracker);
			instance.sessions.values().forEach(ConnectionSession::close);
			instance.sessions.clear();
			instance = null;
		}
		EmbeddedSimulator.stop();
	}

	// --- profiles ---

	/** @return the workspace's profile file, which holds profiles that belong to no project */
	public ProfileFile workspaceFile() {
		return workspaceFile;
	}

	/**
	 * @return the files to show: the workspace file when it holds profiles, then every open project with a
	 *         profile file, by project name
	 */
	public List<ProfileFile> files() {
		List<ProfileFile> files = new ArrayList<>();
		if (!profiles(workspaceFile).isEmpty() || problem(workspaceFile).isPresent()) {
			files.add(workspaceFile);
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		List<IProject> projects = new ArrayList<>(List.of(workspace.getRoot().getProjects()));
		projects.sort(Comparator.comparing(IProject::getName, String.CASE_INSENSITIVE_ORDER));
		for (IProject project : projects) {
			if (project.isOpen() && project.getLocation() != null) {
				ProfileFile file = ProfileFile.of(project);
				if (Files.exists(file.path())) {
					files.add(file);
				}
			}
		}
		return files;
	}

	/** @return the profiles of {@code file}, loaded on first use; empty when the file cannot be read */
	public List<ProfileNode> profiles(ProfileFile file) {
		return load(file).profiles().stream().map(profile -> new ProfileNode(file, profile)).toList();
	}

	/** @return why the file cannot be read, with what to do, if it cannot */
	public Optional<String> problem(ProfileFile file) {
		return Optional.ofNullable(load(file).problem());
	}

	/** @return every profile of every file shown */
	public List<ProfileNode> allProfiles() {
		return files().stream().flatMap(file -> profiles(file).stream()).toList();
	}

	/** @return the node of profile {@code id} in {@code file} as last loaded */
	public Optional<ProfileNode> find(ProfileFile file, String id) {
		return profiles(file).stream().filter(node -> node.profile().id().equals(id)).findFirst();
	}

	/**
	 * @return the node as its file holds it now: viewers and selections keep nodes across edits (a node
	 *         equals any node of the same profile), so actions and labels read the profile through here
	 */
	public ProfileNode current(ProfileNode node) {
		return find(node.file(), node.profile().id()).orElse(node);
	}

	private Loaded load(ProfileFile file) {
		return loaded.computeIfAbsent(file, f -> {
			try {
				return new Loaded(f.store().load(), null);
			} catch (ProfileFileException e) {
				return new Loaded(new ProfileSnapshot(List.of(), null, 0, List.of()), e.getMessage());
			}
		});
	}

	/**
	 * @return the profiles of {@code file} as last loaded: what the view shows, and the base an edit starts
	 *         from (see {@link #save(ProfileFile, ProfileSnapshot, ConnectionProfile)})
	 */
	public ProfileSnapshot snapshot(ProfileFile file) {
		return load(file).snapshot();
	}

	/** Adds a new profile to {@code file}, or replaces the one with the same id. */
	public void save(ProfileFile file, ConnectionProfile profile) throws ProfileFileException {
		file.store().put(profile);
		changed(file);
	}

	/**
	 * Saves an edit of one profile that started from {@code base}. Changes made to the file elsewhere since
	 * (another window, the command line, version control) are merged when they touch other profiles; when
	 * they touch this profile nothing is saved. Either way the file is loaded again for the views.
	 *
	 * @return what was saved, naming the profiles whose changes from elsewhere were kept
	 * @throws ProfileConflictException when the profile was changed elsewhere too; reload and edit again
	 */
	public SaveResult save(ProfileFile file, ProfileSnapshot base, ConnectionProfile edited)
			throws ProfileConflictException, ProfileFileException {
		List<ConnectionProfile> profiles = new ArrayList<>(base.profiles());
		profiles.removeIf(p -> p.id().equals(edited.id()));
		int index = base.profiles().stream().map(ConnectionProfile::id).toList().indexOf(edited.id());
		profiles.add(index < 0 ? profiles.size() : index, edited);
		try {
			return file.store().save(base, profiles);
		} finally {
			changed(file);
		}
	}

	/** Adds profiles to {@code file}; any whose id is taken there gets a new id. */
	public void addAll(ProfileFile file, List<ConnectionProfile> profiles) throws ProfileFileException {
		file.store().update(existing -> {
			List<ConnectionProfile> result = new ArrayList<>(existing);
			for (ConnectionProfile profile : profiles) {
				boolean taken = result.stream().anyMatch(p -> p.id().equals(profile.id()));
				result.add(taken ? profile.toBuilder().id(ConnectionProfile.builder().build().id()).build() : profile);
			}
			return result;
		});
		changed(file);
	}

	/** Closes the profile's connection, removes it from its file and its password from secure storage. */
	public void delete(ProfileNode node) throws ProfileFileException {
		disconnect(node);
		node.file().store().remove(node.profile().id());
		statuses.remove(node.key());
		forgetPassword(node.profile().id());
		changed(node.file());
	}

	/** Forgets what was loaded from {@code file}, tells the listeners and refreshes the project. */
	public void changed(ProfileFile file) {
		loaded.remove(file);
		if (file.project() != null) {
			ProjectRefresh.schedule(file.project());
		}
		fire();
	}

	/** Forgets what was loaded from the files of these projects and tells the listeners. */
	void projectsChanged(List<IProject> projects) {
		loaded.keySet().removeIf(file -> file.project() != null && projects.contains(file.project()));
		sessions.entrySet().removeIf(entry -> {
			IProject project = entry.getValue().file().project();
			boolean gone = project != null && projects.contains(project) && !project.isOpen();
			if (gone) {
				entry.getValue().close();
				statuses.remove(entry.getKey());
			}
			return gone;
		});
		fire();
	}

	// --- connections ---

	/** @return the state of the profile's connection */
	public ConnectionStatus status(ProfileNode node) {
		return statuses.getOrDefault(node.key(), ConnectionStatus.DISCONNECTED);
	}

	/** @return the open connection of the profile, if connected */
	public Optional<ConnectionSession> session(ProfileNode node) {
		return Optional.ofNullable(sessions.get(node.key()));
	}

	/**
	 * Connects the profile: opens a client, sends the first probe (asking the trust question if needed) and
	 * starts the health probe. Runs in a Job, never on the UI thread.
	 *
	 * @throws WinccException when connecting fails; the profile shows the error
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; the profile shows disconnected
	 */
	public ConnectionSession connect(ProfileNode node, String password, IProgressMonitor monitor) throws WinccException {
		disconnect(node);
		setStatus(node, ConnectionStatus.CONNECTING);
		ConnectionSession session;
		try {
			EmbeddedSimulator.startIfEmbedded(node.profile());
			session = ConnectionSession.open(node.file(), settings(node, password), monitor);
		} catch (WinccException e) {
			setStatus(node, ConnectionStatus.failed(e.error()));
			changed(node.file());
			throw e;
		} catch (RuntimeException e) {
			setStatus(node, ConnectionStatus.DISCONNECTED);
			throw e;
		}
		ConnectionSession previous = sessions.put(node.key(), session);
		if (previous != null) {
			previous.close();
		}
		setStatus(node, ConnectionStatus.of(ConnectionHealth.UNKNOWN));
		session.startProbing(health -> healthChanged(node, session, health));
		changed(node.file());
		return session;
	}

	/** Closes the profile's connection, if open. */
	public void disconnect(ProfileNode node) {
		ConnectionSession session = sessions.remove(node.key());
		if (session != null) {
			session.close();
			setStatus(node, ConnectionStatus.DISCONNECTED);
		}
	}

	/** Closes every open connection, also of profiles whose project was closed or deleted meanwhile. */
	public void disconnectAll() {
		for (String key : List.copyOf(sessions.keySet())) {
			ConnectionSession session = sessions.remove(key);
			if (session != null) {
				session.close();
			}
		}
		statuses.clear();
		fire();
	}

	/**
	 * @return the settings for a client of the profile: the trust dialog as trust handler (pinning to the
	 *         profile file on "Trust always"; a certificate refused once is refused again without asking for
	 *         the life of this client, so the health probe does not ask every few seconds), the workbench's
	 *         journal
	 */
	public ConnectionSettings settings(ProfileNode node, String password) {
		ProfileStore store = node.file().store();
		CertificateTrustHandler trust = new PinningTrustHandler(CertificateTrustHandler.askingOnce(trustHandler()), store,
				e -> ILog.of(getClass()).error(e.getMessage(), e));
		return new ConnectionSettings(node.profile(), password, trust, journal(), store.baseDirectory(),
				ConnectionSettings.DEFAULT_PREVIEW_LIMIT, ConnectionSettings.DEFAULT_MAX_ANSWER_BYTES);
	}

	private void healthChanged(ProfileNode node, ConnectionSession session, ConnectionHealth health) {
		if (sessions.get(node.key()) == session) {
			setStatus(node, ConnectionStatus.of(health));
		}
	}

	private void setStatus(ProfileNode node, ConnectionStatus status) {
		statuses.put(node.key(), status);
		fire();
	}

	// --- services ---

	/** @return where passwords are kept: Secure Storage unless a test chose another store */
	public CredentialStore credentials() {
		CredentialStore store = credentials;
		if (store == null) {
			store = SecureCredentialStore.createDefault();
			credentials = store;
		}
		return store;
	}

	/** Makes the manager keep passwords in {@code store}; tests pass one over a private secure storage. */
	public void useCredentialStore(CredentialStore store) {
		credentials = store;
	}

	private void forgetPassword(String profileId) {
		try {
			credentials().removePassword(profileId);
		} catch (org.tagbench.core.security.CredentialStoreException e) {
			ILog.of(getClass()).warn(e.getMessage(), e);
		}
	}

	/** @return the journal every connection of the workbench records its requests in */
	public DiagnosticsJournal journal() {
		DiagnosticsJournal current = journal;
		if (current == null) {
			current = new DiagnosticsJournal(TagbenchPreferences.journalSize());
			journal = current;
		}
		return current;
	}

	/** @return the certificate trust handler the UI provides as a service; rejects when there is none */
	public CertificateTrustHandler trustHandler() {
		Bundle bundle = FrameworkUtil.getBundle(ConnectionManager.class);
		if (bundle == null || bundle.getBundleContext() == null) {
			return CertificateTrustHandler.REJECT;
		}
		var context = bundle.getBundleContext();
		var reference = context.getServiceReference(CertificateTrustHandler.class);
		CertificateTrustHandler handler = reference == null ? null : context.getService(reference);
		return handler == null ? CertificateTrustHandler.REJECT : handler;
	}

	// --- listeners ---

	public void addListener(ConnectionListener listener) {
		listeners.add(listener);
	}

	public void removeListener(ConnectionListener listener) {
		listeners.remove(listener);
	}

	private void fire() {
		for (ConnectionListener listener : listeners) {
			listener.connectionsChanged();
		}
	}
}
