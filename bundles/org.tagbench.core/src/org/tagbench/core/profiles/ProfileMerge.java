package org.tagbench.core.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A three-way merge of profile lists by profile id: the base both sides started from, this side's edit and
 * the file as it is on disk now. A profile changed (added, edited, removed) on one side only takes that
 * side's version; changed identically on both, it is taken once; changed differently on both, it is a
 * conflict. The result keeps the order on disk, with this side's new profiles appended.
 */
record ProfileMerge(List<ConnectionProfile> result, List<String> keptFromDisk, List<String> conflicts) {

	static ProfileMerge of(List<ConnectionProfile> base, List<ConnectionProfile> mine, List<ConnectionProfile> theirs) {
		Map<String, ConnectionProfile> baseById = byId(base);
		Map<String, ConnectionProfile> mineById = byId(mine);
		Map<String, ConnectionProfile> theirsById = byId(theirs);
		List<String> order = new ArrayList<>(theirsById.keySet());
		mineById.keySet().stream().filter(id -> !theirsById.containsKey(id)).forEach(order::add);
		baseById.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
		List<ConnectionProfile> result = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		List<String> conflicts = new ArrayList<>();
		for (String id : order) {
			ConnectionProfile was = baseById.get(id);
			ConnectionProfile my = mineById.get(id);
			ConnectionProfile their = theirsById.get(id);
			boolean mineChanged = !Objects.equals(was, my);
			boolean theirsChanged = !Objects.equals(was, their);
			ConnectionProfile chosen;
			if (!theirsChanged || Objects.equals(my, their)) {
				chosen = my;
			} else if (!mineChanged) {
				chosen = their;
				kept.add(name(their, was));
			} else {
				conflicts.add(name(my, their == null ? was : their));
				continue;
			}
			if (chosen != null) {
				result.add(chosen);
			}
		}
		return new ProfileMerge(result, kept, conflicts);
	}

	private static String name(ConnectionProfile first, ConnectionProfile second) {
		return first != null ? first.name() : second.name();
	}

	private static Map<String, ConnectionProfile> byId(List<ConnectionProfile> profiles) {
		Map<String, ConnectionProfile> map = new LinkedHashMap<>();
		profiles.forEach(p -> map.putIfAbsent(p.id(), p));
		return map;
	}
}
