package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.zset.AddMode;
import io.hexaredis.domain.zset.ListpackLimits;
import io.hexaredis.domain.zset.RedisSortedSet;
import io.hexaredis.domain.zset.RedisSortedSet.AddResult;
import io.hexaredis.domain.zset.RedisSortedSet.Outcome;
import io.hexaredis.domain.zset.Scores;

/**
 * ZADD and ZINCRBY: Redis's zaddGenericCommand() in t_zset.c, in its order of checks.
 * <ol>
 *   <li>options NX XX GT LT CH INCR, in any order and case, until the first word that is none of
 *       them (ZINCRBY goes through the same loop, so {@code ZINCRBY key ch 1} is a syntax error);
 *   <li>an even, non-zero number of remaining words, else "syntax error";
 *   <li>the incompatible combinations, each with its error;
 *   <li>every score, before anything is touched ("value is not a valid float");
 *   <li>the key: WRONGTYPE; a missing key with XX is left missing;
 *   <li>the additions, one by one.
 * </ol>
 * Nothing is propagated or notified ("zadd", or "zincr" with INCR) unless an element was added or
 * got a new score: {@code ZADD key 1 a} twice propagates once, and {@code ZINCRBY key 0 a} never.
 */
final class ZaddGeneric {

    private ZaddGeneric() {}

    static final RedisError XX_AND_NX = new RedisError("ERR XX and NX options at the same time are not compatible");
    static final RedisError GT_LT_NX =
            new RedisError("ERR GT, LT, and/or NX options at the same time are not compatible");
    static final RedisError INCR_PAIR = new RedisError("ERR INCR option supports a single increment-element pair");

    static Reply zadd(Call call, boolean incr) {
        boolean nx = false;
        boolean xx = false;
        boolean gt = false;
        boolean lt = false;
        boolean ch = false;
        int scoreIdx = 2;
        for (; scoreIdx < call.argc(); scoreIdx++) {
            byte[] opt = call.arg(scoreIdx);
            if (ByteStrings.equalsIgnoreCase(opt, "nx")) {
                nx = true;
            } else if (ByteStrings.equalsIgnoreCase(opt, "xx")) {
                xx = true;
            } else if (ByteStrings.equalsIgnoreCase(opt, "ch")) {
                ch = true;
            } else if (ByteStrings.equalsIgnoreCase(opt, "incr")) {
                incr = true;
            } else if (ByteStrings.equalsIgnoreCase(opt, "gt")) {
                gt = true;
            } else if (ByteStrings.equalsIgnoreCase(opt, "lt")) {
                lt = true;
            } else {
                break;
            }
        }
        int words = call.argc() - scoreIdx;
        if (words == 0 || words % 2 != 0) {
            throw RedisError.SYNTAX;
        }
        int elements = words / 2;
        if (nx && xx) {
            throw XX_AND_NX;
        }
        if ((gt && nx) || (lt && nx) || (gt && lt)) {
            throw GT_LT_NX;
        }
        if (incr && elements > 1) {
            throw INCR_PAIR;
        }
        double[] scores = new double[elements];
        for (int i = 0; i < elements; i++) {
            scores[i] = Scores.parse(call.arg(scoreIdx + 2 * i));
            if (Double.isNaN(scores[i])) {
                throw RedisError.NOT_A_FLOAT;
            }
        }

        byte[] key = call.arg(1);
        RedisSortedSet zset = Zsets.lookup(call, key);
        boolean created = zset == null;
        ListpackLimits limits = Zsets.limits(call);
        if (created) {
            if (xx) {
                return incr ? Reply.NIL : Reply.ZERO;
            }
            zset = RedisSortedSet.forFirstMember(call.arg(scoreIdx + 1), limits);
        }
        AddMode mode = new AddMode(incr, nx, xx, gt, lt);
        long added = 0;
        long updated = 0;
        long processed = 0;
        double lastScore = 0;
        for (int i = 0; i < elements; i++) {
            AddResult r = zset.add(call.arg(scoreIdx + 2 * i + 1), scores[i], mode, limits);
            if (r.outcome() == Outcome.ADDED) {
                added++;
            } else if (r.outcome() == Outcome.UPDATED) {
                updated++;
            }
            if (r.outcome() != Outcome.SKIPPED) {
                processed++;
            }
            lastScore = r.score();
        }

        long changes = added + updated;
        if (changes > 0) {
            if (created) {
                call.db().set(key, zset);
                if (changes > 1) {
                    call.db().modified(key, changes - 1);
                }
            } else {
                call.db().modified(key, changes);
            }
            call.notifyKeyspaceEvent(NotifyType.ZSET, incr ? "zincr" : "zadd", key);
        }
        if (incr) {
            return processed > 0 ? Reply.doubleValue(lastScore) : Reply.NIL;
        }
        return Reply.integer(ch ? changes : added);
    }
}
