package org.tagbench.cli.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A terminal whose user gives prepared answers, and which remembers what it was asked. */
final class ScriptedTerminal implements Terminal {

	private final Deque<String> answers = new ArrayDeque<>();
	private final List<String> prompts = new ArrayList<>();

	ScriptedTerminal(String... answers) {
		this.answers.addAll(List.of(answers));
	}

	@Override
	public boolean interactive() {
		return true;
	}

	@Override
	public String readLine(String prompt) {
		prompts.add(prompt);
		return answers.poll();
	}

	@Override
	public char[] readPassword(String prompt) {
		prompts.add(prompt);
		String answer = answers.poll();
		return answer == null ? null : answer.toCharArray();
	}

	List<String> prompts() {
		return prompts;
	}
}
