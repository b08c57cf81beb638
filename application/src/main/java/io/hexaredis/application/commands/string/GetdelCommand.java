package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;

/**
 * GETDEL key
 *
 * <p>Answers the string and deletes the key; nil for a missing key, WRONGTYPE (and no deletion)
 * for another type. Propagated as {@code DEL key}. Redis: getdelCommand() in t_string.c.
 */
final class GetdelCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("getdel", 2, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key")
            .summary("Get the value of a key and delete the key").complexity("O(1)").since("6.2.0");

    private static final byte[] DEL = ByteStrings.ascii("DEL");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        byte[] value = call.db().getString(key, call.now());
        if (value != null && call.db().delete(key, call.now())) {
            call.propagateAs(DEL, key);
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
        }
        return Reply.bulk(value);
    }
}
