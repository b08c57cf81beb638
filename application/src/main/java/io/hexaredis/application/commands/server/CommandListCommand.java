package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Glob;
import io.hexaredis.domain.error.RedisError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * COMMAND LIST [FILTERBY &lt;MODULE module-name | ACLCAT category | PATTERN pattern&gt;]
 *
 * <p>Redis: commandListCommand() in server.c. The names of every command and subcommand
 * ("config|get"), or of those a filter selects: the commands of a module (none here, there are
 * no modules), the commands in an ACL category (given without the '@'), or the names matching a
 * glob pattern.
 */
final class CommandListCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("command|list", -2, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).syntax("[FILTERBY <MODULE module-name | ACLCAT category | PATTERN pattern>]")
            .summary("Get an array of Redis command names")
            .complexity("O(N) where N is the total number of Redis commands").since("7.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        String filter = null;
        byte[] value = null;
        if (call.argc() == 5 && ByteStrings.equalsIgnoreCase(call.arg(2), "filterby")) {
            for (String f : new String[] {"module", "aclcat", "pattern"}) {
                if (ByteStrings.equalsIgnoreCase(call.arg(3), f)) {
                    filter = f;
                }
            }
            value = call.arg(4);
        }
        if (call.argc() != 2 && filter == null) {
            throw RedisError.SYNTAX;
        }
        List<Reply> out = new ArrayList<>();
        for (Command<Call> c : CommandInfo.withSubcommands(call.commandTable())) {
            String name = c.spec().name();
            boolean selected = filter == null
                    || filter.equals("aclcat") && AclCategories.of(c.spec(), c instanceof io.hexaredis.application.dispatch.ContainerCommand)
                            .contains("@" + new String(value, StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT))
                    || filter.equals("pattern") && Glob.matchesIgnoreCase(value, name.getBytes(StandardCharsets.UTF_8));
            if (selected) {
                out.add(Reply.bulk(name));
            }
        }
        return Reply.array(out);
    }
}
