package org.tagbench.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ValuesInOrderTest {

	@Test
	void valuesKeepTheOrderOfTheNamesAndAreFoundByName() {
		List<String> names = new ArrayList<>(List.of("B", "A", "C"));
		List<TagValue> values = new ArrayList<>(names.stream().map(TagValue::noData).toList());
		ValuesInOrder byName = ValuesInOrder.of(names, values);
		names.set(0, "X");
		values.set(0, TagValue.noData("X"));

		assertEquals(List.of("B", "A", "C"), List.copyOf(byName.keySet()), "a copy: later changes to the lists do not show");
		assertEquals("A", byName.get("A").name());
		assertTrue(byName.containsKey("C"));
		assertNull(byName.get("X"));
		assertFalse(byName.containsKey("X"));
		Map<String, TagValue> copied = new LinkedHashMap<>(byName);
		assertEquals(copied, byName);
		assertEquals(copied.hashCode(), byName.hashCode());
		assertThrows(UnsupportedOperationException.class, () -> byName.put("D", TagValue.noData("D")));
		assertThrows(UnsupportedOperationException.class, () -> byName.entrySet().iterator().next().setValue(null));
		assertThrows(IllegalArgumentException.class, () -> ValuesInOrder.of(List.of("A"), List.of()));
	}

	@Test
	void bulkReadResultKeepsValuesInOrderAndCopiesOtherMaps() {
		ValuesInOrder byName = ValuesInOrder.of(List.of("A"), List.of(TagValue.noData("A")));
		assertSame(byName, new BulkReadResult(byName, List.of()).values());
		Map<String, TagValue> mutable = new LinkedHashMap<>(byName);
		BulkReadResult copied = new BulkReadResult(mutable, List.of());
		mutable.clear();
		assertEquals(1, copied.values().size());
	}
}
