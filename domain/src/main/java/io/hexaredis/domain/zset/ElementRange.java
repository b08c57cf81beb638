package io.hexaredis.domain.zset;

import io.hexaredis.domain.zset.ZSkipList.Node;

/**
 * A score range or a lexicographic range, as the range walks of both encodings see it.
 *
 * <p>Redis: t_zset.c writes every range function twice, once for zrangespec (ZRANGEBYSCORE,
 * ZCOUNT, ZREMRANGEBYSCORE) and once for zlexrangespec (ZRANGEBYLEX, ZLEXCOUNT,
 * ZREMRANGEBYLEX): zslFirstInRange() and zslFirstInLexRange(), zslDeleteRangeByScore() and
 * zslDeleteRangeByLex(), and so on, identical but for the comparison. Here the walks are written
 * once against this interface, and {@link #of(ScoreRange)} and {@link #of(LexRange)} supply the
 * comparison: the score of an element, or its member bytes. The listpack keeps its own search for
 * the first and last element of each kind (a binary search over scores, a scan for members).
 */
interface ElementRange {

    /** True when no element can be inside. */
    boolean isEmpty();

    boolean aboveMin(Node n);

    boolean belowMax(Node n);

    boolean aboveMin(ZsetListpack lp, int i);

    boolean belowMax(ZsetListpack lp, int i);

    /** Position of the lowest element of {@code lp} inside the range, or -1. */
    int firstIn(ZsetListpack lp);

    /** Position of the highest element of {@code lp} inside the range, or -1. */
    int lastIn(ZsetListpack lp);

    static ElementRange of(ScoreRange range) {
        return new ElementRange() {
            @Override
            public boolean isEmpty() {
                return range.isEmpty();
            }

            @Override
            public boolean aboveMin(Node n) {
                return range.aboveMin(n.score);
            }

            @Override
            public boolean belowMax(Node n) {
                return range.belowMax(n.score);
            }

            @Override
            public boolean aboveMin(ZsetListpack lp, int i) {
                return range.aboveMin(lp.score(i));
            }

            @Override
            public boolean belowMax(ZsetListpack lp, int i) {
                return range.belowMax(lp.score(i));
            }

            @Override
            public int firstIn(ZsetListpack lp) {
                return lp.firstInRange(range);
            }

            @Override
            public int lastIn(ZsetListpack lp) {
                return lp.lastInRange(range);
            }
        };
    }

    static ElementRange of(LexRange range) {
        return new ElementRange() {
            @Override
            public boolean isEmpty() {
                return range.isEmpty();
            }

            @Override
            public boolean aboveMin(Node n) {
                return range.aboveMin(n.ele);
            }

            @Override
            public boolean belowMax(Node n) {
                return range.belowMax(n.ele);
            }

            @Override
            public boolean aboveMin(ZsetListpack lp, int i) {
                return lp.aboveMin(range, i);
            }

            @Override
            public boolean belowMax(ZsetListpack lp, int i) {
                return lp.belowMax(range, i);
            }

            @Override
            public int firstIn(ZsetListpack lp) {
                return lp.firstInRange(range);
            }

            @Override
            public int lastIn(ZsetListpack lp) {
                return lp.lastInRange(range);
            }
        };
    }
}
