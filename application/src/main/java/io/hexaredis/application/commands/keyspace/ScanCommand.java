package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Glob;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.keyspace.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]
 *
 * <p>Redis: scanCommand() and scanGenericCommand() in db.c. Start with cursor 0, pass each answer's
 * cursor to the next call, stop when it comes back as 0. A key that exists from the first call to
 * the last is returned at least once, whatever the table did meanwhile (see
 * {@link KeyTable#scan}); keys may come twice, and keys added or deleted meanwhile may or may not
 * come.
 *
 * <p>One call works in three steps, like Redis's: visit buckets until about COUNT (default 10)
 * keys are collected, or the scan ends, or COUNT*10 buckets were visited (so a sparse table cannot
 * make one call long); then drop the keys that do not match the pattern, the expired ones
 * (deleting them, as any lookup does) and those not of the requested TYPE. So a call may answer
 * fewer keys than COUNT, even none, while the cursor is not 0 yet. An unknown TYPE filters out
 * everything (Redis 7.0 does not check the name).
 *
 * <p>The cursor is an unsigned 64-bit number parsed as strtoul() does: "-1" is accepted as
 * 18446744073709551615, an empty string as 0; leading spaces and trailing garbage are refused.
 */
final class ScanCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("scan", -2, CommandFlag.READONLY)
            .syntax("cursor [MATCH pattern] [COUNT count] [TYPE type]").since("2.8.0")
            .summary("Incrementally iterate the keys space")
            .complexity("O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.");

    private static final int DEFAULT_COUNT = 10;

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long cursor = parseCursor(call.arg(1));
        long count = DEFAULT_COUNT;
        byte[] pattern = null;
        byte[] type = null;
        for (int i = 2; i < call.argc(); i += 2) {
            byte[] option = call.arg(i);
            boolean hasValue = i + 1 < call.argc();
            if (hasValue && ByteStrings.equalsIgnoreCase(option, "count")) {
                count = Numbers.parseLong(call.arg(i + 1));
                if (count < 1) {
                    throw RedisError.SYNTAX;
                }
            } else if (hasValue && ByteStrings.equalsIgnoreCase(option, "match")) {
                pattern = call.arg(i + 1);
            } else if (hasValue && ByteStrings.equalsIgnoreCase(option, "type")) {
                type = call.arg(i + 1);
            } else {
                throw RedisError.SYNTAX;
            }
        }
        if (pattern != null && pattern.length == 1 && pattern[0] == '*') {
            pattern = null;
        }

        Database db = call.db();
        List<KeyTable.Entry> collected = new ArrayList<>();
        long maxBuckets = count > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : count * 10;
        do {
            cursor = db.scan(cursor, collected::add);
        } while (cursor != 0 && --maxBuckets > 0 && collected.size() < count);

        long now = call.now();
        List<Reply> keys = new ArrayList<>(collected.size());
        for (KeyTable.Entry e : collected) {
            if (pattern != null && !Glob.matches(pattern, e.key())) {
                continue;
            }
            if (Database.isExpired(e, now)) {
                db.expireIfNeeded(e, now);
                continue;
            }
            if (type != null && !ByteStrings.equalsIgnoreCase(type, ValueType.of(e.value()).word())) {
                continue;
            }
            keys.add(Reply.bulk(e.key()));
        }
        return Reply.array(Reply.bulk(Long.toUnsignedString(cursor)), Reply.array(keys));
    }

    /** parseScanCursorOrReply(): strtoul() in base 10, whole argument, no overflow (domain.dict.ScanCursor). */
    static long parseCursor(byte[] arg) {
        return io.hexaredis.domain.dict.ScanCursor.parse(arg);
    }
}
