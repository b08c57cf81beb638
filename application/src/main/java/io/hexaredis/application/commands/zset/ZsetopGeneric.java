package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.zset.RedisSortedSet;
import io.hexaredis.domain.zset.Scores;
import io.hexaredis.domain.zset.SortedSetAlgebra;
import io.hexaredis.domain.zset.SortedSetAlgebra.Aggregate;
import io.hexaredis.domain.zset.ZsetOperand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ZUNION, ZINTER, ZDIFF, ZUNIONSTORE, ZINTERSTORE, ZDIFFSTORE and ZINTERCARD: Redis's
 * zunionInterDiffGenericCommand() in t_zset.c, whose order of checks they share.
 * <ol>
 *   <li>numkeys: an integer ("value is not an integer or out of range"), at least 1 ("at least 1
 *       input key is needed for 'zunion' command"), and no more than the words left ("syntax
 *       error");
 *   <li>every input key: a sorted set, a set (members score 1) or missing (empty), else
 *       WRONGTYPE, before any option is read;
 *   <li>options: WEIGHTS with one float per key ("weight value is not a float"), AGGREGATE SUM|MIN|
 *       MAX (not for ZDIFF), WITHSCORES (not for the STORE forms), LIMIT (ZINTERCARD only, "LIMIT
 *       can't be negative"); a repeated option overrides the earlier one; anything else is a syntax
 *       error.
 * </ol>
 * The STORE forms replace the destination (or delete it for an empty result, see
 * {@link Zsets#store}) and notify "zunionstore", "zinterstore" or "zdiffstore".
 */
final class ZsetopGeneric {

    private ZsetopGeneric() {}

    static final RedisError WEIGHT_NOT_A_FLOAT = new RedisError("ERR weight value is not a float");
    static final RedisError LIMIT_NEGATIVE = new RedisError("ERR LIMIT can't be negative");

    enum Op { UNION, INTER, DIFF }

    /**
     * Runs the operation whose numkeys argument is at {@code numkeysIndex}; {@code dst} is the
     * destination of a STORE form, null otherwise; {@code cardinalityOnly} is ZINTERCARD.
     */
    static Reply run(Call call, int numkeysIndex, byte[] dst, Op op, boolean cardinalityOnly) {
        long numkeys = Numbers.parseLong(call.arg(numkeysIndex));
        if (numkeys < 1) {
            throw RedisError.of("ERR at least 1 input key is needed for '%s' command",
                    ByteStrings.lowerAscii(call.arg(0)));
        }
        if (numkeys > call.argc() - (numkeysIndex + 1)) {
            throw RedisError.SYNTAX;
        }
        int n = (int) numkeys;
        List<ZsetOperand> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            inputs.add(Zsets.operand(call, call.arg(numkeysIndex + 1 + i)));
        }

        double[] weights = new double[n];
        Arrays.fill(weights, 1.0);
        Aggregate aggregate = Aggregate.SUM;
        boolean withScores = false;
        long limit = 0;
        for (int j = numkeysIndex + 1 + n; j < call.argc(); j++) {
            int remaining = call.argc() - j;
            byte[] opt = call.arg(j);
            if (op != Op.DIFF && !cardinalityOnly && remaining >= n + 1 && ByteStrings.equalsIgnoreCase(opt, "weights")) {
                for (int i = 0; i < n; i++) {
                    weights[i] = Scores.parse(call.arg(++j));
                    if (Double.isNaN(weights[i])) {
                        throw WEIGHT_NOT_A_FLOAT;
                    }
                }
            } else if (op != Op.DIFF && !cardinalityOnly && remaining >= 2
                    && ByteStrings.equalsIgnoreCase(opt, "aggregate")) {
                byte[] word = call.arg(++j);
                if (ByteStrings.equalsIgnoreCase(word, "sum")) {
                    aggregate = Aggregate.SUM;
                } else if (ByteStrings.equalsIgnoreCase(word, "min")) {
                    aggregate = Aggregate.MIN;
                } else if (ByteStrings.equalsIgnoreCase(word, "max")) {
                    aggregate = Aggregate.MAX;
                } else {
                    throw RedisError.SYNTAX;
                }
            } else if (dst == null && !cardinalityOnly && ByteStrings.equalsIgnoreCase(opt, "withscores")) {
                withScores = true;
            } else if (cardinalityOnly && remaining >= 2 && ByteStrings.equalsIgnoreCase(opt, "limit")) {
                limit = Numbers.parseLongOr(call.arg(++j), -1);
                if (limit < 0) {
                    throw LIMIT_NEGATIVE;
                }
            } else {
                throw RedisError.SYNTAX;
            }
        }

        if (cardinalityOnly) {
            return Reply.integer(SortedSetAlgebra.interCard(inputs, limit));
        }
        RedisSortedSet result = switch (op) {
            case UNION -> SortedSetAlgebra.union(inputs, weights, aggregate);
            case INTER -> SortedSetAlgebra.inter(inputs, weights, aggregate);
            case DIFF -> SortedSetAlgebra.diff(inputs);
        };
        if (dst != null) {
            String event = switch (op) {
                case UNION -> "zunionstore";
                case INTER -> "zinterstore";
                case DIFF -> "zdiffstore";
            };
            return Reply.integer(Zsets.store(call, dst, result, event));
        }
        List<Reply> out = new ArrayList<>();
        result.forEach(withScores ? Zsets.withScores(Zsets.resp3(call), out) : Zsets.membersOnly(out));
        return Reply.array(out);
    }
}
