package org.tagbench.ui.internal;

import java.util.List;

import org.eclipse.swt.graphics.Image;
import org.tagbench.ui.internal.connections.ConnectionState;

/** The bundle's images, kept in the plug-in's image registry; keys are the icon file names. */
public final class TagbenchImages {

	public static final String CONNECTIONS = "connections16"; //$NON-NLS-1$
	public static final String TAGBENCH = "tagbench16"; //$NON-NLS-1$
	public static final String TAG = "tag16"; //$NON-NLS-1$
	public static final String PROFILE_CONNECTED = "profile_connected16"; //$NON-NLS-1$
	public static final String PROFILE_DEGRADED = "profile_degraded16"; //$NON-NLS-1$
	public static final String PROFILE_DISCONNECTED = "profile_disconnected16"; //$NON-NLS-1$
	public static final String PROFILE_CONNECTING = "profile_connecting16"; //$NON-NLS-1$
	public static final String PROFILE_ERROR = "profile_error16"; //$NON-NLS-1$

	static final List<String> ALL = List.of(CONNECTIONS, TAGBENCH, TAG, PROFILE_CONNECTED, PROFILE_DEGRADED,
			PROFILE_DISCONNECTED, PROFILE_CONNECTING, PROFILE_ERROR);

	private TagbenchImages() {
	}

	/** @return the shared image for {@code key}; never dispose it */
	public static Image get(String key) {
		return TagbenchUiPlugin.getDefault().getImageRegistry().get(key);
	}

	/** @return the icon of a profile in the given state */
	public static Image forState(ConnectionState state) {
		return get(switch (state) {
			case CONNECTED -> PROFILE_CONNECTED;
			case DEGRADED -> PROFILE_DEGRADED;
			case CONNECTING -> PROFILE_CONNECTING;
			case ERROR -> PROFILE_ERROR;
			case DISCONNECTED -> PROFILE_DISCONNECTED;
		});
	}
}
