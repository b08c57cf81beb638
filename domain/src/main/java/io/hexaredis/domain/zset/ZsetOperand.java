package io.hexaredis.domain.zset;

/**
 * An input of ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD: something with members and
 * scores. Redis accepts sorted sets and also plain sets, whose members all count with score 1
 * (the zsetopsrc iterator of t_zset.c, which walks both types); a missing key is an empty input.
 */
public interface ZsetOperand {

    /** An input with no members (a missing key). */
    ZsetOperand EMPTY = new ZsetOperand() {
        @Override
        public long size() {
            return 0;
        }

        @Override
        public double score(byte[] member) {
            return Double.NaN;
        }

        @Override
        public void forEach(ElementVisitor visitor) {
            // nothing to visit
        }
    };

    long size();

    /** The score of {@code member}, or NaN when it is absent (scores themselves are never NaN). */
    double score(byte[] member);

    /** Visits every member with its score. */
    void forEach(ElementVisitor visitor);
}
