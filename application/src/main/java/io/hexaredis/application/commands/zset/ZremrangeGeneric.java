package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.zset.LexRange;
import io.hexaredis.domain.zset.RedisSortedSet;
import io.hexaredis.domain.zset.ScoreRange;

/**
 * ZREMRANGEBYRANK, ZREMRANGEBYSCORE and ZREMRANGEBYLEX: Redis's zremrangeGenericCommand() in
 * t_zset.c. The range is parsed before the key is looked up; a missing key removes nothing. When
 * something was removed the command notifies its own event, then "del" if the set is gone.
 */
final class ZremrangeGeneric {

    private ZremrangeGeneric() {}

    enum RangeType { RANK, SCORE, LEX }

    static Reply zremrange(Call call, RangeType type) {
        long start = 0;
        long end = 0;
        ScoreRange scores = null;
        LexRange lex = null;
        switch (type) {
            case SCORE -> scores = ScoreRange.parse(call.arg(2), call.arg(3));
            case LEX -> lex = LexRange.parse(call.arg(2), call.arg(3));
            default -> {
                start = Numbers.parseLong(call.arg(2));
                end = Numbers.parseLong(call.arg(3));
            }
        }
        byte[] key = call.arg(1);
        RedisSortedSet zset = Zsets.lookup(call, key);
        if (zset == null) {
            return Reply.ZERO;
        }
        long deleted;
        String event;
        switch (type) {
            case SCORE -> {
                deleted = zset.removeRange(scores);
                event = "zremrangebyscore";
            }
            case LEX -> {
                deleted = zset.removeRange(lex);
                event = "zremrangebylex";
            }
            default -> {
                long size = zset.size();
                if (start < 0) {
                    start = size + start;
                }
                if (end < 0) {
                    end = size + end;
                }
                if (start < 0) {
                    start = 0;
                }
                if (start > end || start >= size) {
                    return Reply.ZERO;
                }
                if (end >= size) {
                    end = size - 1;
                }
                deleted = zset.removeRangeByRank(start, end);
                event = "zremrangebyrank";
            }
        }
        if (deleted > 0) {
            Zsets.modified(call, key, zset, deleted, event);
        }
        return Reply.integer(deleted);
    }
}
