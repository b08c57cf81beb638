package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * COMMAND DOCS [command-name [command-name ...]]
 *
 * <p>Redis: commandDocsCommand() in server.c. A map from each named command (every command when
 * none is named) to its documentation: summary, since, group, complexity, the argument tree and
 * the subcommands' documentation (see {@link CommandDocs}). Unknown names are left out.
 */
final class CommandDocsCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("command|docs", -2, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).syntax("[command-name [command-name ...]]")
            .summary("Get array of specific Redis command documentation")
            .complexity("O(N) where N is the number of commands to look up").since("7.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        List<Command<Call>> commands = new ArrayList<>();
        if (call.argc() == 2) {
            commands.addAll(call.commandTable().all());
        }
        for (int i = 2; i < call.argc(); i++) {
            Command<Call> c = CommandInfo.lookup(call.commandTable(), new String(call.arg(i), StandardCharsets.UTF_8));
            if (c != null) {
                commands.add(c);
            }
        }
        List<Reply> out = new ArrayList<>();
        for (Command<Call> c : commands) {
            out.add(Reply.bulk(c.spec().name()));
            out.add(CommandDocs.docs(c));
        }
        return Reply.map(out);
    }
}
