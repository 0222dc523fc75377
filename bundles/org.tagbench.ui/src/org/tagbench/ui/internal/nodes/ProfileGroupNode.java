package org.tagbench.ui.internal.nodes;

import org.tagbench.ui.internal.connections.ProfileFile;

/**
 * The profiles of one project, or of the workspace, as a group in the Connections view.
 *
 * @param file the profile file of the group
 */
public record ProfileGroupNode(ProfileFile file) {
}
