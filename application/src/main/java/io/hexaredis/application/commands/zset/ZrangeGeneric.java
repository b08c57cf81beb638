package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.zset.AddMode;
import io.hexaredis.domain.zset.ElementVisitor;
import io.hexaredis.domain.zset.LexRange;
import io.hexaredis.domain.zset.ListpackLimits;
import io.hexaredis.domain.zset.RedisSortedSet;
import io.hexaredis.domain.zset.ScoreRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The seven range commands in one: ZRANGE and ZRANGESTORE with their BYSCORE, BYLEX, REV, LIMIT
 * and WITHSCORES options, and the older ZREVRANGE, ZRANGEBYSCORE, ZREVRANGEBYSCORE, ZRANGEBYLEX,
 * ZREVRANGEBYLEX, which are ZRANGE with some options fixed.
 *
 * <p>Redis: zrangeGenericCommand() in t_zset.c, with its result handlers (one replies to the
 * client, one builds the destination set of ZRANGESTORE). The checks, in Redis's order:
 * <ol>
 *   <li>options: WITHSCORES (not in ZRANGESTORE), LIMIT offset count (both integers, checked on
 *       the spot), REV and BYSCORE/BYLEX only where the command has not fixed them: a repeated REV
 *       or a REV in ZRANGEBYSCORE is a syntax error;
 *   <li>"LIMIT is only supported in combination with either BYSCORE or BYLEX", then
 *       "WITHSCORES not supported in combination with BYLEX";
 *   <li>the range: integers for ranks, {@link ScoreRange} or {@link LexRange} syntax (with REV the
 *       first bound is the maximum);
 *   <li>the key: missing means an empty result; WRONGTYPE otherwise.
 * </ol>
 */
final class ZrangeGeneric {

    private ZrangeGeneric() {}

    static final RedisError LIMIT_NEEDS_BY = new RedisError(
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX");
    static final RedisError WITHSCORES_BYLEX =
            new RedisError("ERR syntax error, WITHSCORES not supported in combination with BYLEX");

    /** How the range is given; AUTO until an option decides. */
    enum RangeType { AUTO, RANK, SCORE, LEX }

    /** Direction of the result; AUTO until REV decides. */
    enum Direction { AUTO, FORWARD, REVERSE }

    /**
     * Runs a range command whose key is at {@code keyIndex} (1, or 2 for ZRANGESTORE, whose
     * destination is at 1).
     */
    static Reply zrange(Call call, int keyIndex, boolean store, RangeType rangeType, Direction direction) {
        int minIdx = keyIndex + 1;
        int maxIdx = keyIndex + 2;
        boolean withScores = false;
        boolean hasLimit = false;
        long offset = 0;
        long limit = -1;
        for (int j = keyIndex + 3; j < call.argc(); j++) {
            int left = call.argc() - j - 1;
            byte[] opt = call.arg(j);
            if (!store && ByteStrings.equalsIgnoreCase(opt, "withscores")) {
                withScores = true;
            } else if (ByteStrings.equalsIgnoreCase(opt, "limit") && left >= 2) {
                offset = Numbers.parseLong(call.arg(j + 1));
                limit = Numbers.parseLong(call.arg(j + 2));
                hasLimit = true;
                j += 2;
            } else if (direction == Direction.AUTO && ByteStrings.equalsIgnoreCase(opt, "rev")) {
                direction = Direction.REVERSE;
            } else if (rangeType == RangeType.AUTO && ByteStrings.equalsIgnoreCase(opt, "bylex")) {
                rangeType = RangeType.LEX;
            } else if (rangeType == RangeType.AUTO && ByteStrings.equalsIgnoreCase(opt, "byscore")) {
                rangeType = RangeType.SCORE;
            } else {
                throw RedisError.SYNTAX;
            }
        }
        if (direction == Direction.AUTO) {
            direction = Direction.FORWARD;
        }
        if (rangeType == RangeType.AUTO) {
            rangeType = RangeType.RANK;
        }
        if (hasLimit && rangeType == RangeType.RANK) {
            throw LIMIT_NEEDS_BY;
        }
        if (withScores && rangeType == RangeType.LEX) {
            throw WITHSCORES_BYLEX;
        }
        boolean reverse = direction == Direction.REVERSE;
        if (reverse && rangeType != RangeType.RANK) {
            int t = minIdx;
            minIdx = maxIdx;
            maxIdx = t;
        }
        long start = 0;
        long end = 0;
        ScoreRange scores = null;
        LexRange lex = null;
        switch (rangeType) {
            case SCORE -> scores = ScoreRange.parse(call.arg(minIdx), call.arg(maxIdx));
            case LEX -> lex = LexRange.parse(call.arg(minIdx), call.arg(maxIdx));
            default -> {
                start = Numbers.parseLong(call.arg(minIdx));
                end = Numbers.parseLong(call.arg(maxIdx));
            }
        }

        RedisSortedSet zset = Zsets.lookup(call, call.arg(keyIndex));
        if (store) {
            // zrangeResultBeginStore(): the destination starts as a skip list when a rank range is
            // known to exceed the listpack limit, compact otherwise, and is then filled as ZADD
            // would fill it. Members added while it is a listpack lose the sign of a -0 score.
            ListpackLimits limits = Zsets.limits(call);
            long length = rangeType == RangeType.RANK && zset != null ? rankRangeLength(zset.size(), start, end) : 0;
            RedisSortedSet result = length > limits.maxEntries()
                    ? RedisSortedSet.newSkiplist() : RedisSortedSet.newListpack();
            if (zset != null) {
                emit(zset, rangeType, reverse, start, end, scores, lex, offset, limit,
                        (member, score) -> result.add(member, score, AddMode.PLAIN, limits));
            }
            return Reply.integer(Zsets.store(call, call.arg(1), result, "zrangestore"));
        }
        if (zset == null) {
            return Reply.EMPTY_ARRAY;
        }
        List<Reply> out = new ArrayList<>();
        ElementVisitor visitor = withScores ? Zsets.withScores(Zsets.resp3(call), out) : Zsets.membersOnly(out);
        emit(zset, rangeType, reverse, start, end, scores, lex, offset, limit, visitor);
        return Reply.array(out);
    }

    /** The number of ranks {@code start..end} select in a set of {@code size} (see {@link #emit}). */
    private static long rankRangeLength(long size, long start, long end) {
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
            return 0;
        }
        return Math.min(end, size - 1) - start + 1;
    }

    private static void emit(RedisSortedSet zset, RangeType type, boolean reverse, long start, long end,
            ScoreRange scores, LexRange lex, long offset, long limit, ElementVisitor visitor) {
        switch (type) {
            case SCORE -> zset.rangeByScore(scores, reverse, offset, limit, visitor);
            case LEX -> zset.rangeByLex(lex, reverse, offset, limit, visitor);
            default -> {
                // genericZrangebyrankCommand(): negative indexes count from the end, then clamp.
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
                    return;
                }
                if (end >= size) {
                    end = size - 1;
                }
                zset.rangeByRank(start, end, reverse, visitor);
            }
        }
    }
}
