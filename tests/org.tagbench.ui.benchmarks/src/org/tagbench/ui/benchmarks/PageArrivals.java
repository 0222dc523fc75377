package org.tagbench.ui.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

import org.tagbench.core.diagnostics.DiagnosticsJournal;
import org.tagbench.core.diagnostics.JournalEntry;
import org.tagbench.core.diagnostics.JournalListener;

/**
 * When the last page of tags arrived: the diagnostics journal records a request on the fetching thread
 * as soon as its answer is read and parsed, so the moment of the last successful list request whose URL
 * contains a text is when its page arrived, before it travels to the UI thread. Also notes the CPU time
 * the UI thread had used by then, so that its CPU time from arrival to rows can be told apart from time
 * it waited for a core on a busy machine.
 */
final class PageArrivals implements JournalListener, AutoCloseable {

	private final DiagnosticsJournal journal;
	private final AtomicLong last = new AtomicLong();
	private final AtomicLong count = new AtomicLong();
	private final AtomicLong uiCpu = new AtomicLong();
	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
	private final long uiThread = Thread.currentThread().threadId();
	private volatile String urlPart = "/Variables"; //$NON-NLS-1$

	/** Call on the UI thread. */
	PageArrivals(DiagnosticsJournal journal) {
		this.journal = journal;
		journal.addListener(this);
	}

	/** Watches for list requests whose URL contains {@code text} from now on. */
	void expect(String text) {
		urlPart = text;
		last.set(0);
		count.set(0);
	}

	@Override
	public void entryAdded(JournalEntry entry) {
		if (entry.status() == 200 && entry.method().equals("GET") && entry.url().contains(urlPart)) { //$NON-NLS-1$
			uiCpu.set(threads.getThreadCpuTime(uiThread));
			last.set(System.nanoTime());
			count.incrementAndGet();
		}
	}

	/** @return the {@link System#nanoTime()} when the last expected page arrived, 0 when none did yet */
	long lastArrival() {
		return last.get();
	}

	/** @return the UI thread's CPU time in nanoseconds when the last expected page arrived */
	long uiCpuAtLastArrival() {
		return uiCpu.get();
	}

	/** @return how many expected pages arrived since {@link #expect(String)} */
	long pages() {
		return count.get();
	}

	@Override
	public void close() {
		journal.removeListener(this);
	}
}
