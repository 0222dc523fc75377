package org.tagbench.ui.internal.views;

import org.tagbench.ui.internal.nodes.ProfileNode;

/** A view that shows one connection profile at a time (Tags, Archives, Alarms). */
public interface ProfileView {

	/** Shows the profile's connection (connected elsewhere, e.g. by an "Open in … View" command). */
	void show(ProfileNode node);

	/** @return the profile shown, or null */
	ProfileNode shown();
}
