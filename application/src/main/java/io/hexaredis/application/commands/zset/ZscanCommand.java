package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Glob;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.zset.RedisSortedSet;
import java.util.ArrayList;
import java.util.List;

/**
 * ZSCAN key cursor [MATCH pattern] [COUNT count]
 *
 * <p>One step of an iteration over the members: the next cursor and a flat list of member, score,
 * member, score (bulk strings in RESP3 too). A listpack-encoded set comes whole in one step with
 * cursor 0, its scores as the listpack stores them; a skip list set is walked through its hash
 * table with a reverse-binary cursor, about COUNT/2 members per step. MATCH filters members after
 * they are collected, so a step may return nothing with a non-zero cursor.
 *
 * <p>The order of checks is Redis's: the cursor first ("invalid cursor": strtoul() rules, so "-1"
 * wraps around), then the key (missing: an empty final step, options unchecked), then the options
 * (COUNT below 1 is a syntax error). Redis: zscanCommand() in t_zset.c and scanGenericCommand() in
 * db.c.
 */
final class ZscanCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zscan", -3, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("2.8.0")
            .syntax("key cursor [MATCH pattern] [COUNT count]")
            .summary("Incrementally iterate sorted sets elements and associated scores")
            .complexity("O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..");

    private static final Reply ZERO_CURSOR = Reply.bulk("0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long cursor = parseCursor(call.arg(2));
        RedisSortedSet zset = Zsets.lookup(call, call.arg(1));
        if (zset == null) {
            return Reply.array(ZERO_CURSOR, Reply.EMPTY_ARRAY);
        }
        long count = 10;
        byte[] pattern = null;
        for (int i = 3; i < call.argc(); i += 2) {
            boolean hasValue = i + 1 < call.argc();
            if (hasValue && ByteStrings.equalsIgnoreCase(call.arg(i), "count")) {
                count = Numbers.parseLong(call.arg(i + 1));
                if (count < 1) {
                    throw RedisError.SYNTAX;
                }
            } else if (hasValue && ByteStrings.equalsIgnoreCase(call.arg(i), "match")) {
                byte[] p = call.arg(i + 1);
                pattern = p.length == 1 && p[0] == '*' ? null : p;
            } else {
                throw RedisError.SYNTAX;
            }
        }
        byte[] match = pattern;
        List<Reply> out = new ArrayList<>();
        long next = zset.scan(cursor, count, (member, scoreText) -> {
            if (match == null || Glob.matches(match, member)) {
                out.add(Reply.bulk(member));
                out.add(Reply.bulk(scoreText));
            }
        });
        return Reply.array(next == 0 ? ZERO_CURSOR : Reply.bulk(Long.toUnsignedString(next)), Reply.array(out));
    }

    /**
     * parseScanCursorOrReply(): an unsigned 64-bit decimal as strtoul() reads it, no leading white
     * space. strtoul() also takes a sign, and negates in unsigned arithmetic: "-1" is 2^64-1.
     */
    /** parseScanCursorOrReply(): strtoul() in base 10, whole argument, no overflow (domain.dict.ScanCursor). */
    static long parseCursor(byte[] arg) {
        return io.hexaredis.domain.dict.ScanCursor.parse(arg);
    }
}
