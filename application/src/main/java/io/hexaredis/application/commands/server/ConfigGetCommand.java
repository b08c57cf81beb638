package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CONFIG GET parameter [parameter ...]
 *
 * <p>Redis: configGetCommand() in config.c. Answers a map of every parameter matching one of the
 * glob patterns, each once; since 7.0 several patterns may be given. A name without glob
 * characters is answered under the name as typed, a pattern under the names and aliases it
 * matches; hidden parameters (key-load-delay...) answer their exact name only.
 */
final class ConfigGetCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("config|get", -3,
                    CommandFlag.ADMIN, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).syntax("parameter [parameter ...]")
            .summary("Get the values of configuration parameters")
            .complexity("O(N) when N is the number of configuration parameters provided").since("2.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        List<byte[]> patterns = new ArrayList<>();
        for (int i = 2; i < call.argc(); i++) {
            patterns.add(call.arg(i));
        }
        List<Reply> out = new ArrayList<>();
        for (Map.Entry<String, String> e : call.server().config().matching(patterns).entrySet()) {
            out.add(Reply.bulk(e.getKey()));
            out.add(Reply.bulk(e.getValue()));
        }
        return Reply.map(out);
    }
}
