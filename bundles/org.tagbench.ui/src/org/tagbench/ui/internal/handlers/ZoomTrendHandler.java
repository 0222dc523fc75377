package org.tagbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tagbench.ui.internal.archives.TrendChart;
import org.tagbench.ui.internal.views.ArchivesView;

/**
 * Zooms the trend's time axis in or out, or fits the axes to the data again. The direction is the
 * handler's data in {@code plugin.xml}: {@code in}, {@code out} or {@code reset}.
 */
public class ZoomTrendHandler extends AbstractHandler implements IExecutableExtension {

	private String direction = "reset"; //$NON-NLS-1$

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String text && !text.isBlank()) {
			direction = text.trim();
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof ArchivesView view) {
			TrendChart chart = view.parts().chart();
			switch (direction) {
			case "in" -> chart.zoomIn(); //$NON-NLS-1$
			case "out" -> chart.zoomOut(); //$NON-NLS-1$
			default -> chart.resetZoom();
			}
		}
		return null;
	}
}
