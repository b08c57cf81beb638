package io.hexaredis.application.commands.server;

import io.hexaredis.application.config.ConfigException;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CONFIG SET parameter value [parameter value ...]
 *
 * <p>Redis: configSetCommand() in config.c. Since 7.0 several parameters change at once, and
 * atomically: if any name or value is refused, nothing changes, and the error names the first
 * problem (see {@link io.hexaredis.application.config.Config#set}). An odd number of words is a
 * syntax error. dir and dbfilename are protected: they change only where enable-protected-configs
 * allows it, since pointing them elsewhere lets a client write files anywhere.
 */
final class ConfigSetCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("config|set", -4,
                    CommandFlag.ADMIN, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).syntax("parameter value [parameter value ...]")
            .summary("Set configuration parameters to the given values")
            .complexity("O(N) when N is the number of configuration parameters provided").since("2.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.argc() % 2 != 0) {
            throw RedisError.SYNTAX;
        }
        List<Map.Entry<String, String>> changes = new ArrayList<>();
        for (int i = 2; i < call.argc(); i += 2) {
            changes.add(new SimpleEntry<>(text(call.arg(i)), text(call.arg(i + 1))));
        }
        boolean protectedAllowed = ProtectedAction.allowed(
                call.server().config().get("enable-protected-configs"), call.session());
        try {
            call.server().config().set(changes, false, protectedAllowed);
        } catch (ConfigException e) {
            return Reply.error(e.line());
        }
        return Reply.OK;
    }

    private static String text(byte[] arg) {
        return new String(arg, StandardCharsets.UTF_8);
    }
}
