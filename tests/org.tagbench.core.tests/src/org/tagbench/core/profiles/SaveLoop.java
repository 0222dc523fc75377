package org.tagbench.core.profiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs in its own JVM for {@link KilledSaveTest}: saves round after round of profiles through the real
 * {@link ProfileStore}, starting after the round found in the file, and prints {@code saved N} after each
 * save returned, until it is killed.
 *
 * Usage: SaveLoop FILE
 */
public final class SaveLoop {

	static final int PROFILES = 150;
	private static final String PREFIX = "Round ";

	private SaveLoop() {
	}

	public static void main(String[] args) throws Exception {
		ProfileStore store = new ProfileStore(Path.of(args[0]));
		ProfileSnapshot snapshot = store.load();
		for (int round = round(snapshot) + 1;; round++) {
			snapshot = store.save(snapshot, profiles(round)).snapshot();
			System.out.print("saved " + round + "\n");
			System.out.flush();
		}
	}

	/** @return the profiles of one round: every one names the round, so a mix of two rounds shows */
	static List<ConnectionProfile> profiles(int round) {
		List<ConnectionProfile> profiles = new ArrayList<>(PROFILES);
		for (int i = 0; i < PROFILES; i++) {
			profiles.add(ConnectionProfile.builder().id("profile-" + i).name(PREFIX + round + " #" + i)
					.url("https://line" + i + ".example:34568/WinCCRestService").user("operator")
					.environment(i % 2 == 0 ? "test" : "production").batchSize(50 + round % 100).build());
		}
		return profiles;
	}

	/** @return the round the file holds, or 0 when it holds none */
	static int round(ProfileSnapshot snapshot) {
		if (snapshot.profiles().isEmpty()) {
			return 0;
		}
		String name = snapshot.profiles().get(0).name();
		return Integer.parseInt(name.substring(PREFIX.length(), name.indexOf(' ', PREFIX.length())));
	}
}
