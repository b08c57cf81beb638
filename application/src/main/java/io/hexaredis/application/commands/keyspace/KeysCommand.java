package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.Glob;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * KEYS pattern
 *
 * <p>Redis: keysCommand() in db.c. Every key of the selected database matching the glob pattern
 * ({@link Glob}: {@code * ? [a-z] [^a] \x}), in hash-table order. Keys whose time has passed are
 * left out but not deleted here: KEYS walks the whole table and must not change it under its
 * feet. It blocks the server for the whole walk, which is why SCAN exists.
 */
final class KeysCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("keys", 2, CommandFlag.READONLY)
            .syntax("pattern").since("1.0.0")
            .summary("Find all keys matching the given pattern")
            .complexity("O(N) with N being the number of keys in the database, under the assumption that the key names in the database and the given pattern have limited length.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] pattern = call.arg(1);
        boolean allKeys = pattern.length == 1 && pattern[0] == '*';
        long now = call.now();
        Database db = call.db();
        List<Reply> keys = new ArrayList<>();
        db.forEach(e -> {
            if (!Database.isExpired(e, now) && (allKeys || Glob.matches(pattern, e.key()))) {
                keys.add(Reply.bulk(e.key()));
            }
        });
        return Reply.array(keys);
    }
}
