package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.string.RedisString;

/**
 * GETRANGE key start end
 *
 * <p>The bytes from start to end, both inclusive, negative indexes counting from the end and
 * clamped to the string. An empty string, not nil, for a missing key. The indexes are parsed
 * before the key is looked up, so a bad index is an error even for a missing key. Redis:
 * getrangeCommand() in t_string.c, which also serves SUBSTR.
 */
final class GetrangeCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("getrange", 4, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key start end")
            .summary("Get a substring of the string stored at a key")
            .complexity(GetrangeCommand.COMPLEXITY).since("2.4.0");

    static final String COMPLEXITY = "O(N) where N is the length of the returned string. The complexity is"
            + " ultimately determined by the returned length, but because creating a substring from an existing"
            + " string is very cheap, it can be considered O(1) for small strings.";

    private static final Reply EMPTY = Reply.bulk(new byte[0]);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return range(call);
    }

    /** GETRANGE and SUBSTR. */
    static Reply range(Call call) {
        long start = call.longArg(2);
        long end = call.longArg(3);
        byte[] value = call.db().getString(call.arg(1), call.now());
        if (value == null) {
            return EMPTY;
        }
        return Reply.bulk(RedisString.getRange(value, start, end));
    }
}
