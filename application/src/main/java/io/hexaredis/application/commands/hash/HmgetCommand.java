package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.hash.RedisHash;
import java.util.ArrayList;
import java.util.List;

/**
 * HMGET key field [field ...]
 *
 * <p>The values of the fields, in the order asked, nil for each missing one; a missing key reads
 * as an empty hash, so every element is nil.
 *
 * <p>Redis: hmgetCommand() in t_hash.c.
 */
final class HmgetCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hmget", -3, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.0.0")
            .syntax("key field [field ...]")
            .summary("Get the values of all the given hash fields")
            .complexity("O(N) where N is the number of fields being requested.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisHash hash = call.db().get(call.arg(1), RedisHash.class, call.now());
        List<Reply> values = new ArrayList<>(call.argc() - 2);
        for (int i = 2; i < call.argc(); i++) {
            values.add(hash == null ? Reply.NIL : Reply.bulk(hash.get(call.arg(i))));
        }
        return Reply.array(values);
    }
}
