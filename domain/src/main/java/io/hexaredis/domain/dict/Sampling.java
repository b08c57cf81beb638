package io.hexaredis.domain.dict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Choosing distinct elements at random, for SRANDMEMBER, SPOP and HRANDFIELD with a positive
 * count.
 *
 * <p>Redis: the "CASE 3" and "CASE 4" of srandmemberWithCountCommand() in t_set.c (and of
 * hrandfieldWithCountCommand() in t_hash.c). When the count is close to the size, picking at
 * random until enough distinct elements are found would mostly find repeats, so the whole
 * collection is taken and shuffled instead; when the count is small, random picks rarely repeat.
 */
public final class Sampling {

    /** Above size / 3, take everything and shuffle (SRANDMEMBER_SUB_STRATEGY_MUL). */
    static final int SUB_STRATEGY_MUL = 3;

    private Sampling() {}

    /** {@code count} distinct indexes of {@code 0..size-1}, in random order; {@code count <= size}. */
    public static int[] distinctIndexes(int size, int count, RandomGenerator random) {
        int[] chosen = new int[count];
        if ((long) count * SUB_STRATEGY_MUL > size) {
            int[] all = new int[size];
            for (int i = 0; i < size; i++) {
                all[i] = i;
            }
            for (int i = 0; i < count; i++) { // a partial Fisher-Yates shuffle
                int j = i + random.nextInt(size - i);
                int t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            System.arraycopy(all, 0, chosen, 0, count);
            return chosen;
        }
        java.util.BitSet seen = new java.util.BitSet(size);
        for (int n = 0; n < count; ) {
            int i = random.nextInt(size);
            if (!seen.get(i)) {
                seen.set(i);
                chosen[n++] = i;
            }
        }
        return chosen;
    }

    /** {@code count} distinct entries of {@code dict}, in random order; {@code count <= dict.size()}. */
    public static <V> List<Dict.Entry<V>> distinctEntries(Dict<V> dict, int count, RandomGenerator random) {
        if ((long) count * SUB_STRATEGY_MUL > dict.size()) {
            List<Dict.Entry<V>> all = new ArrayList<>(dict.size());
            for (Dict.Entry<V> e : dict) {
                all.add(e);
            }
            for (int i = 0; i < count; i++) {
                Collections.swap(all, i, i + random.nextInt(all.size() - i));
            }
            return new ArrayList<>(all.subList(0, count));
        }
        Set<Dict.Entry<V>> seen = Collections.newSetFromMap(new IdentityHashMap<>(count * 2));
        List<Dict.Entry<V>> chosen = new ArrayList<>(count);
        while (chosen.size() < count) {
            Dict.Entry<V> e = dict.random(random);
            if (seen.add(e)) {
                chosen.add(e);
            }
        }
        return chosen;
    }
}
