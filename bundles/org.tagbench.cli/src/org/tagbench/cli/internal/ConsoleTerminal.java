package org.tagbench.cli.internal;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;

/** The terminal of the process, through {@link System#console()}; passwords are read with echo off. */
final class ConsoleTerminal implements Terminal {

	private final Console console;

	private ConsoleTerminal(Console console) {
		this.console = console;
	}

	/** @return the process's terminal, or {@link Terminal#NONE} when input or output is redirected */
	static Terminal of(Console console) {
		return isTerminal(console) ? new ConsoleTerminal(console) : NONE;
	}

	/**
	 * Java 22 and later return a console even for redirected streams and tell through
	 * {@code Console.isTerminal()}; Java 21 returns one only for a terminal.
	 */
	private static boolean isTerminal(Console console) {
		if (console == null) {
			return false;
		}
		try {
			return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
		} catch (NoSuchMethodException e) {
			return true;
		} catch (IllegalAccessException | InvocationTargetException e) {
			return false;
		}
	}

	@Override
	public boolean interactive() {
		return true;
	}

	@Override
	public String readLine(String prompt) {
		return console.readLine("%s", prompt);
	}

	@Override
	public char[] readPassword(String prompt) {
		return console.readPassword("%s", prompt);
	}
}
