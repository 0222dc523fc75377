package org.tagbench.cli.internal;

/** The user at a terminal, when there is one: confirmations and password prompts. */
interface Terminal {

	/** A terminal for runs without one (pipes, CI): never interactive, never answers. */
	Terminal NONE = new Terminal() {
		@Override
		public boolean interactive() {
			return false;
		}

		@Override
		public String readLine(String prompt) {
			return null;
		}

		@Override
		public char[] readPassword(String prompt) {
			return null;
		}
	};

	/** @return whether a person can answer questions */
	boolean interactive();

	/** @return the line typed, or null when there is no answer */
	String readLine(String prompt);

	/** @return the password typed without echo, or null when there is no answer */
	char[] readPassword(String prompt);
}
