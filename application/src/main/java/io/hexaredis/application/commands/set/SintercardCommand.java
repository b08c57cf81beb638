package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * SINTERCARD numkeys key [key ...] [LIMIT limit]
 *
 * <p>The size of the intersection, without building it. With a LIMIT other than 0 the counting
 * stops once it reaches the limit, which makes "do these sets share at least N members?" cheap.
 * numkeys must be at least 1 and at most the number of words that follow it; the last LIMIT wins.
 *
 * <p>Redis: sinterCardCommand() in t_set.c, through sinterGenericCommand().
 */
final class SintercardCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("sintercard", -3, CommandFlag.READONLY, CommandFlag.MOVABLE_KEYS)
            .group(CommandGroup.SET).since("7.0.0")
            .syntax("numkeys key [key ...] [LIMIT limit]")
            .summary("Intersect multiple sets and return the cardinality of the result")
            .complexity("O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.");

    private static final RedisError BAD_NUMKEYS = new RedisError("ERR numkeys should be greater than 0");
    private static final RedisError TOO_MANY_KEYS = new RedisError("ERR Number of keys can't be greater than number of args");
    private static final RedisError NEGATIVE_LIMIT = new RedisError("ERR LIMIT can't be negative");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long numkeys = Numbers.parseLongOr(call.arg(1), 0);
        if (numkeys < 1) {
            throw BAD_NUMKEYS;
        }
        if (numkeys > call.argc() - 2) {
            throw TOO_MANY_KEYS;
        }
        int end = 2 + (int) numkeys;
        long limit = 0;
        for (int i = end; i < call.argc(); i += 2) {
            if (i + 1 < call.argc() && ByteStrings.equalsIgnoreCase(call.arg(i), "limit")) {
                limit = Numbers.parseLongOr(call.arg(i + 1), -1);
                if (limit < 0) {
                    throw NEGATIVE_LIMIT;
                }
            } else {
                throw RedisError.SYNTAX;
            }
        }
        return SinterGeneric.cardinality(call, 2, end, limit);
    }
}
