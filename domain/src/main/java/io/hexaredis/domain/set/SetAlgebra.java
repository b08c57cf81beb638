package io.hexaredis.domain.set;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Intersection, union and difference of sets: SINTER, SINTERCARD, SUNION, SDIFF and their STORE
 * forms.
 *
 * <p>Redis: sinterGenericCommand() and sunionDiffGenericCommand() in t_set.c. An intersection
 * walks the smallest set and keeps the members every other set contains, so its cost is bounded by
 * the smallest set. A union or difference is built as a new set that starts as an intset and
 * converts like any set being filled, which is why {@code SUNIONSTORE} of integer sets yields an
 * intset even if the sources were hashtables.
 */
public final class SetAlgebra {

    private SetAlgebra() {}

    /**
     * The members common to all {@code sets} (none missing), in the iteration order of the
     * smallest.
     */
    public static List<byte[]> intersection(List<RedisSet> sets) {
        List<RedisSet> bySize = bySize(sets);
        List<byte[]> out = new ArrayList<>();
        RedisSet smallest = bySize.get(0);
        smallest.forEach(member -> {
            if (inAllOthers(member, bySize)) {
                out.add(member);
            }
        });
        return out;
    }

    /**
     * SINTERCARD: the size of the intersection, counting stops at {@code limit} when it is not 0.
     */
    public static long intersectionCardinality(List<RedisSet> sets, long limit) {
        List<RedisSet> bySize = bySize(sets);
        long count = 0;
        for (byte[] member : bySize.get(0).members()) {
            if (inAllOthers(member, bySize)) {
                count++;
                if (limit != 0 && count >= limit) {
                    break;
                }
            }
        }
        return count;
    }

    /** The members of {@code members} as a new set, starting as an intset (SINTERSTORE's result). */
    public static RedisSet toSet(List<byte[]> members, long maxIntsetEntries) {
        RedisSet result = RedisSet.newIntset();
        for (byte[] member : members) {
            result.add(member, maxIntsetEntries);
        }
        return result;
    }

    /** Every member of any of {@code sets}; null elements are missing keys, that is empty sets. */
    public static RedisSet union(List<RedisSet> sets, long maxIntsetEntries) {
        RedisSet result = RedisSet.newIntset();
        for (RedisSet set : sets) {
            if (set != null) {
                set.forEach(member -> result.add(member, maxIntsetEntries));
            }
        }
        return result;
    }

    /**
     * The members of the first set that no other set has; null elements are missing keys. A set
     * minus itself is empty without looking.
     */
    public static RedisSet difference(List<RedisSet> sets, long maxIntsetEntries) {
        RedisSet result = RedisSet.newIntset();
        RedisSet first = sets.get(0);
        if (first == null) {
            return result;
        }
        List<RedisSet> others = new ArrayList<>();
        for (int i = 1; i < sets.size(); i++) {
            RedisSet other = sets.get(i);
            if (other == first) {
                return result;
            }
            if (other != null && other.size() > 0) {
                others.add(other);
            }
        }
        first.forEach(member -> {
            for (RedisSet other : others) {
                if (other.contains(member)) {
                    return;
                }
            }
            result.add(member, maxIntsetEntries);
        });
        return result;
    }

    private static List<RedisSet> bySize(List<RedisSet> sets) {
        List<RedisSet> sorted = new ArrayList<>(sets);
        sorted.sort(Comparator.comparingLong(RedisSet::size));
        return sorted;
    }

    private static boolean inAllOthers(byte[] member, List<RedisSet> bySize) {
        for (int i = 1; i < bySize.size(); i++) {
            RedisSet other = bySize.get(i);
            if (other != bySize.get(0) && !other.contains(member)) {
                return false;
            }
        }
        return true;
    }
}
