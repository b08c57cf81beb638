package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.string.Lcs;
import java.util.ArrayList;
import java.util.List;

/**
 * LCS key1 key2 [LEN] [IDX] [MINMATCHLEN min-match-len] [WITHMATCHLEN]
 *
 * <p>The longest common subsequence of two strings (missing keys count as empty strings): the
 * subsequence itself, its length with LEN, or with IDX a map of the matching ranges (last first,
 * each as {@code [[start1, end1], [start2, end2]]} plus the run's length with WITHMATCHLEN, only
 * runs at least MINMATCHLEN long) and the length. The keys' types are checked before the options;
 * LEN with IDX is refused.
 *
 * <p>The computation needs a table of 4 * (len1 + 1) * (len2 + 1) bytes, refused beyond
 * proto-max-bulk-len. Redis: lcsCommand() in t_string.c; the algorithm is {@link Lcs}.
 */
final class LcsCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lcs", -3, CommandFlag.READONLY)
            .keys(1, 2, 1).group(CommandGroup.STRING)
            .syntax("key1 key2 [LEN] [IDX] [MINMATCHLEN min-match-len] [WITHMATCHLEN]")
            .summary("Find longest common substring")
            .complexity("O(N*M) where N and M are the lengths of s1 and s2, respectively").since("7.0.0");

    static final RedisError NOT_STRINGS = new RedisError("ERR The specified keys must contain string values");
    static final RedisError LEN_AND_IDX =
            new RedisError("ERR If you want both the length and indexes, please just use IDX.");

    private static final Reply MATCHES = Reply.bulk("matches");
    private static final Reply LEN = Reply.bulk("len");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        Object a = call.db().get(call.arg(1), call.now());
        Object b = call.db().get(call.arg(2), call.now());
        if ((a != null && !(a instanceof byte[])) || (b != null && !(b instanceof byte[]))) {
            throw NOT_STRINGS;
        }
        boolean idx = false;
        boolean len = false;
        boolean withMatchLen = false;
        long minMatchLen = 0;
        for (int j = 3; j < call.argc(); j++) {
            byte[] opt = call.arg(j);
            if (ByteStrings.equalsIgnoreCase(opt, "IDX")) {
                idx = true;
            } else if (ByteStrings.equalsIgnoreCase(opt, "LEN")) {
                len = true;
            } else if (ByteStrings.equalsIgnoreCase(opt, "WITHMATCHLEN")) {
                withMatchLen = true;
            } else if (ByteStrings.equalsIgnoreCase(opt, "MINMATCHLEN") && j < call.argc() - 1) {
                minMatchLen = Math.max(0, call.longArg(++j));
            } else {
                throw RedisError.SYNTAX;
            }
        }
        if (idx && len) {
            throw LEN_AND_IDX;
        }
        byte[] s1 = a == null ? new byte[0] : (byte[]) a;
        byte[] s2 = b == null ? new byte[0] : (byte[]) b;
        Lcs lcs = Lcs.of(s1, s2, call.server().config().getLong("proto-max-bulk-len"));
        if (idx) {
            List<Reply> ranges = new ArrayList<>();
            for (Lcs.Match m : lcs.matches(minMatchLen)) {
                Reply first = Reply.array(Reply.integer(m.aStart()), Reply.integer(m.aEnd()));
                Reply second = Reply.array(Reply.integer(m.bStart()), Reply.integer(m.bEnd()));
                ranges.add(withMatchLen ? Reply.array(first, second, Reply.integer(m.length()))
                        : Reply.array(first, second));
            }
            return Reply.map(List.of(MATCHES, Reply.array(ranges), LEN, Reply.integer(lcs.length())));
        }
        if (len) {
            return Reply.integer(lcs.length());
        }
        return Reply.bulk(lcs.subsequence());
    }
}
