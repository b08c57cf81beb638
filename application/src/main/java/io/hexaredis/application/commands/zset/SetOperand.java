package io.hexaredis.application.commands.zset;

import io.hexaredis.domain.set.RedisSet;
import io.hexaredis.domain.zset.ElementVisitor;
import io.hexaredis.domain.zset.ZsetOperand;

/**
 * A plain set read as an input of ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD: every
 * member with score 1, which WEIGHTS then scales (Redis: the OBJ_SET branches of zuiInitIterator(),
 * zuiNext() and zuiFind() in t_zset.c). The only place the sorted set commands touch the set type.
 */
record SetOperand(RedisSet set) implements ZsetOperand {

    @Override
    public long size() {
        return set.size();
    }

    @Override
    public double score(byte[] member) {
        return set.contains(member) ? 1.0 : Double.NaN;
    }

    @Override
    public void forEach(ElementVisitor visitor) {
        set.forEach(member -> visitor.visit(member, 1.0));
    }
}
