package io.hexaredis.application.commands.zset;

import io.hexaredis.domain.keyspace.RedisValue;
import io.hexaredis.domain.zset.ZsetOperand;

/**
 * A plain set read as an input of ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD: every
 * member with score 1, which WEIGHTS then scales (Redis: the OBJ_SET branch of zuiInitIterator()
 * and zuiFind() in t_zset.c).
 *
 * <p>The set type lives in {@code domain.set}; this is the only place the sorted set commands
 * touch it. With {@code RedisSet} in the build, {@link #of} reads:
 * <pre>
 *   RedisSet set = (RedisSet) value;
 *   return new ZsetOperand() {
 *       public long size() { return set.size(); }
 *       public double score(byte[] member) { return set.contains(member) ? 1.0 : Double.NaN; }
 *       public void forEach(ElementVisitor v) { set.forEach(member -&gt; v.visit(member, 1.0)); }
 *   };
 * </pre>
 */
final class SetOperand {

    private SetOperand() {}

    static ZsetOperand of(RedisValue set) {
        throw new IllegalStateException("no set type in this build to read " + set.encoding() + " values from");
    }
}
