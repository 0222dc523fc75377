package org.tagbench.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time used so far (user + system) by this JVM, its finished children, or another process (Linux). */
final class CpuClock {

	/** Clock ticks per second of /proc/PID/stat; 100 on Linux x86. */
	private static final long TICKS_PER_SECOND = 100;

	private CpuClock() {
	}

	/** @return CPU time of this JVM, all threads (JIT and GC included), in ns */
	static long self() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	/** @return CPU time of the children of this JVM that have ended and were waited for, in ns */
	static long endedChildren() {
		String[] fields = stat("self");
		return ticks(fields, 16) + ticks(fields, 17);
	}

	/** @return CPU time of a running process, in ns */
	static long of(long pid) {
		String[] fields = stat(Long.toString(pid));
		return ticks(fields, 14) + ticks(fields, 15);
	}

	/** @return the 1-minute load average */
	static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (IOException e) {
			return "?";
		}
	}

	/** @return the fields of /proc/PID/stat, numbered from 1 as in proc(5), after the command name */
	private static String[] stat(String pid) {
		try {
			String text = Files.readString(Path.of("/proc", pid, "stat"));
			String afterName = text.substring(text.lastIndexOf(')') + 2);
			String[] rest = afterName.trim().split(" ");
			String[] fields = new String[rest.length + 3];
			System.arraycopy(rest, 0, fields, 3, rest.length);
			return fields;
		} catch (IOException e) {
			throw new IllegalStateException("cannot read /proc/" + pid + "/stat (Linux only)", e);
		}
	}

	private static long ticks(String[] fields, int number) {
		return Long.parseLong(fields[number]) * 1_000_000_000L / TICKS_PER_SECOND;
	}
}
