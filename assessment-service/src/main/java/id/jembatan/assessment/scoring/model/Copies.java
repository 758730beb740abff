package id.jembatan.assessment.scoring.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Immutable copies with a stable iteration order. Sorted copies matter: {@code Set.copyOf} and
 * {@code Map.copyOf} iterate in an order that changes from one JVM run to the next, which would make
 * findings, evidence and JSON differ for the same inputs.
 */
public final class Copies {
    private Copies() {
    }

    public static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    public static SortedSet<String> sortedSet(Collection<String> items) {
        return Collections.unmodifiableSortedSet(items == null ? new TreeSet<>() : new TreeSet<>(items));
    }

    public static <K extends Comparable<K>, V> SortedMap<K, V> sortedMap(Map<K, V> map) {
        return Collections.unmodifiableSortedMap(map == null ? new TreeMap<>() : new TreeMap<>(map));
    }

    public static SortedMap<String, Set<String>> sortedMapOfSets(Map<String, Set<String>> map) {
        if (map == null) {
            return Collections.emptySortedMap();
        }
        SortedMap<String, Set<String>> copy = new TreeMap<>();
        map.forEach((key, value) -> copy.put(key, sortedSet(value)));
        return Collections.unmodifiableSortedMap(copy);
    }

    public static <K extends Enum<K>, V> Map<K, V> enumMap(Map<K, V> map, Class<K> type) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        if (map != null) {
            copy.putAll(map);
        }
        return Collections.unmodifiableMap(copy);
    }

    public static List<String> sortedList(Collection<String> items) {
        return items.stream().sorted().toList();
    }
}
