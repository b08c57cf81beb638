package io.hexaredis.domain.zset;

import io.hexaredis.domain.bytes.Bytes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Union, intersection and difference of sorted sets (and plain sets, whose members score 1): the
 * computations behind ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD.
 *
 * <p>Redis: zunionInterDiffGenericCommand() in t_zset.c, without the argument parsing. The
 * arithmetic follows Redis exactly, because clients see its corners:
 * <ul>
 *   <li>each input score is multiplied by its input's weight, and a product that is NaN
 *       ({@code 0 * inf}) counts as 0;
 *   <li>the inputs of a union or an intersection are taken from the smallest to the largest (a
 *       stable sort, as glibc's qsort is), which decides the order of the additions and which of
 *       two equal scores MIN and MAX keep: {@code 0} and {@code -0} print differently;
 *   <li>SUM adds the weighted scores, and a sum that is NaN ({@code inf + -inf}) becomes 0; MIN
 *       and MAX keep the current score unless the next one is strictly smaller or larger;
 *   <li>an intersection walks the smallest input and looks its members up in the others;
 *   <li>a difference keeps the members of the first input found in no other, with their own
 *       scores (no weights).
 * </ul>
 * Results are in the skip list encoding, as Redis builds them; the STORE commands convert what they
 * store when it fits the listpack limits, while ZUNION and friends reply straight from the skip
 * list (where a {@code -0} score survives).
 */
public final class SortedSetAlgebra {

    private SortedSetAlgebra() {}

    /** How the scores of a member found in several inputs combine (AGGREGATE). */
    public enum Aggregate {
        SUM, MIN, MAX;

        /** zunionInterAggregate(). */
        double combine(double target, double value) {
            switch (this) {
                case SUM:
                    double sum = target + value;
                    return Double.isNaN(sum) ? 0.0 : sum;
                case MIN:
                    return value < target ? value : target;
                default:
                    return value > target ? value : target;
            }
        }
    }

    private static double weighted(double weight, double score) {
        double w = weight * score;
        return Double.isNaN(w) ? 0.0 : w;
    }

    /** ZUNION: every member of any input, its weighted scores combined, smallest input first. */
    public static RedisSortedSet union(List<ZsetOperand> inputs, double[] weights, Aggregate aggregate) {
        Map<Bytes, double[]> scores = new HashMap<>();
        for (int i : bySize(inputs)) {
            double weight = weights[i];
            inputs.get(i).forEach((member, score) -> {
                double value = weighted(weight, score);
                double[] acc = scores.putIfAbsent(Bytes.of(member), new double[] {value});
                if (acc != null) {
                    acc[0] = aggregate.combine(acc[0], value);
                }
            });
        }
        RedisSortedSet.Builder result = new RedisSortedSet.Builder();
        for (Map.Entry<Bytes, double[]> e : scores.entrySet()) {
            result.add(e.getKey().bytes(), e.getValue()[0]);
        }
        return result.build();
    }

    /** ZINTER: the members present in every input, their weighted scores combined. */
    public static RedisSortedSet inter(List<ZsetOperand> inputs, double[] weights, Aggregate aggregate) {
        RedisSortedSet.Builder result = new RedisSortedSet.Builder();
        List<Integer> bySize = bySize(inputs);
        ZsetOperand smallest = inputs.get(bySize.get(0));
        if (smallest.size() == 0) {
            return result.build();
        }
        smallest.forEach((member, score) -> {
            double total = weighted(weights[bySize.get(0)], score);
            for (int k = 1; k < bySize.size(); k++) {
                int j = bySize.get(k);
                double other = inputs.get(j).score(member);
                if (Double.isNaN(other)) {
                    return;
                }
                total = aggregate.combine(total, weighted(weights[j], other));
            }
            result.add(member, total);
        });
        return result.build();
    }

    /** ZDIFF: the members of the first input that no other input has, with their first-input scores. */
    public static RedisSortedSet diff(List<ZsetOperand> inputs) {
        RedisSortedSet.Builder result = new RedisSortedSet.Builder();
        ZsetOperand first = inputs.get(0);
        first.forEach((member, score) -> {
            for (int j = 1; j < inputs.size(); j++) {
                if (!Double.isNaN(inputs.get(j).score(member))) {
                    return;
                }
            }
            result.add(member, score);
        });
        return result.build();
    }

    /**
     * ZINTERCARD: the size of the intersection, counting no further than {@code limit} when it is
     * positive (a LIMIT lets the command stop early on large inputs).
     */
    public static long interCard(List<ZsetOperand> inputs, long limit) {
        List<Integer> bySize = bySize(inputs);
        ZsetOperand smallest = inputs.get(bySize.get(0));
        long[] count = {0};
        smallest.forEach((member, score) -> {
            if (limit > 0 && count[0] >= limit) {
                return;
            }
            for (int k = 1; k < bySize.size(); k++) {
                if (Double.isNaN(inputs.get(bySize.get(k)).score(member))) {
                    return;
                }
            }
            count[0]++;
        });
        return count[0];
    }

    /** Indexes of the inputs from the smallest to the largest (zuiCompareByCardinality). */
    private static List<Integer> bySize(List<ZsetOperand> inputs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> inputs.get(i).size()));
        return order;
    }
}
