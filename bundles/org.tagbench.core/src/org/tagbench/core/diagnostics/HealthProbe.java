package org.tagbench.core.diagnostics;

import org.eclipse.core.runtime.IProgressMonitor;
import org.tagbench.core.errors.WinccException;

/** One cheap request that tells whether a connection works, e.g. reading one tag. */
@FunctionalInterface
public interface HealthProbe {

	void probe(IProgressMonitor monitor) throws WinccException;
}
