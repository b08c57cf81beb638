package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.ContainerCommand;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import java.util.ArrayList;
import java.util.List;

/**
 * COMMAND GETKEYS and GETKEYSANDFLAGS: the keys of the command line that follows, found from the
 * command's key positions. Redis: getKeysSubcommandImpl() in server.c, with its errors in its
 * order: an unknown command, a command without keys, a wrong number of arguments, and a line in
 * which the positions find no key.
 */
final class GetKeys {

    private GetKeys() {}

    static Reply reply(Call call, boolean withFlags) {
        int argc = call.argc() - 2;
        Command<Call> command = call.commandTable().lookup(call.arg(2));
        if (command instanceof ContainerCommand container && argc >= 2) {
            command = container.subcommand(call.arg(3));
        }
        if (command == null) {
            throw new RedisError("ERR Invalid command specified");
        }
        CommandSpec spec = command.spec();
        if (spec.firstKey() <= 0 && !spec.has(CommandFlag.MOVABLE_KEYS)) {
            throw new RedisError("ERR The command has no key arguments");
        }
        if (!spec.acceptsArgc(argc)) {
            throw new RedisError("ERR Invalid number of arguments specified for command");
        }
        List<Integer> positions = spec.keyPositions(argc);
        if (positions.isEmpty()) {
            if (spec.has(CommandFlag.NO_MANDATORY_KEYS)) {
                return Reply.EMPTY_ARRAY;
            }
            throw new RedisError("ERR Invalid arguments specified for command");
        }
        List<Reply> out = new ArrayList<>();
        for (int p : positions) {
            Reply key = Reply.bulk(call.arg(p + 2));
            out.add(withFlags ? Reply.array(key, CommandInfo.statusSet(CommandInfo.keyFlags(spec))) : key);
        }
        return Reply.array(out);
    }
}
