package org.tagbench.ui.internal.views;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;
import org.tagbench.ui.internal.UiRunner;
import org.tagbench.ui.internal.connections.ConnectionListener;
import org.tagbench.ui.internal.connections.ConnectionManager;
import org.tagbench.ui.internal.connections.ConnectionSession;
import org.tagbench.ui.internal.nodes.ProfileNode;
import org.tagbench.ui.internal.widgets.ViewPages;

/**
 * A view that shows the open connection of one profile, chosen with an "Open in … View" command. Until
 * that connection is open a page says how to open it; while it is open the view's own page shows it. The
 * view follows the connection as it opens, closes, or its profile goes away.
 */
public abstract class ProfileViewPart extends ViewPart implements ProfileView {

	private final ConnectionListener listener = this::connectionsChanged;
	private final String emptyStateId;
	private final String emptyTitle;
	private final String emptyHint;
	private final String connectionHint;
	private ViewPages pages;
	private Control main;
	private ProfileNode shown;
	private ConnectionSession session;

	/**
	 * @param emptyStateId   widget id of the page shown without an open connection, for tests
	 * @param emptyTitle     that page's title while no profile is shown
	 * @param emptyHint      that page's hint while no profile is shown
	 * @param connectionHint its hint while the profile is shown but not connected; {0} the URL, {1} the state
	 */
	protected ProfileViewPart(String emptyStateId, String emptyTitle, String emptyHint, String connectionHint) {
		this.emptyStateId = emptyStateId;
		this.emptyTitle = emptyTitle;
		this.emptyHint = emptyHint;
		this.connectionHint = connectionHint;
	}

	@Override
	public void createPartControl(Composite parent) {
		pages = new ViewPages(parent, emptyStateId, emptyTitle, emptyHint);
		main = createMainPage(pages.getControl());
		pages.show(pages.emptyPage());
		ConnectionManager.getDefault().addListener(listener);
	}

	/** @return the page shown while the connection is open, made in {@code parent} */
	protected abstract Control createMainPage(Composite parent);

	/** The view shows this newly open session now (what it showed of another one was {@link #closed()}). */
	protected abstract void opened(ConnectionSession open);

	/** Forgets what the view showed of its session, if any: it was closed, or another one comes. */
	protected abstract void closed();

	/** @return the control to focus while the connection's page is shown */
	protected abstract Control focusControl();

	/** Says in the content description what the view shows; the profile's name unless overridden. */
	protected void describe(ProfileNode profile) {
		setContentDescription(profile.profile().name());
	}

	@Override
	public void show(ProfileNode node) {
		shown = node;
		update();
	}

	@Override
	public ProfileNode shown() {
		return shown;
	}

	/** @return the open session shown, or null */
	protected ConnectionSession session() {
		return session;
	}

	/** @return whether the view's controls are gone */
	protected boolean isDisposed() {
		return pages == null || pages.getControl().isDisposed();
	}

	private void connectionsChanged() {
		UiRunner.run(pages.getControl(), this::update);
	}

	private void update() {
		ConnectionManager manager = ConnectionManager.getDefault();
		if (shown != null && manager.find(shown.file(), shown.profile().id()).isEmpty()) {
			shown = null;
		}
		if (shown == null) {
			close();
			setContentDescription(""); //$NON-NLS-1$
			pages.showEmpty(emptyTitle, emptyHint);
			return;
		}
		shown = manager.current(shown);
		ConnectionSession open = manager.session(shown).orElse(null);
		if (open == null) {
			close();
			pages.showEmpty(shown.profile().name(), NLS.bind(connectionHint, shown.profile().url(),
					ConnectionsLabelProvider.stateText(manager.status(shown))));
		} else if (open != session) {
			close();
			session = open;
			opened(open);
			pages.show(main);
		}
		describe(shown);
	}

	private void close() {
		closed();
		session = null;
	}

	@Override
	public void setFocus() {
		pages.setFocus(main, focusControl());
	}

	@Override
	public void dispose() {
		ConnectionManager.getDefault().removeListener(listener);
		close();
		super.dispose();
	}
}
