package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * RANDOMKEY
 *
 * <p>Redis: randomkeyCommand() and dbRandomKey() in db.c. A key of the selected database chosen at
 * random, nil when it is empty. Expired keys it draws are deleted (and their DEL propagated) and
 * it draws again, so it never answers a dead key on a master.
 */
final class RandomkeyCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("randomkey", 1, CommandFlag.READONLY)
            .since("1.0.0").summary("Return a random key from the keyspace");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return Reply.bulk(call.db().randomKey(call.now(), call.server().random()));
    }
}
