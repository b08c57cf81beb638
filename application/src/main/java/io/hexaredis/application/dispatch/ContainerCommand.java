package io.hexaredis.application.dispatch;

import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A command made of subcommands (CONFIG GET, CLIENT LIST, OBJECT ENCODING...): Redis 7's container
 * commands, whose table entry holds a subcommand table. Each subcommand is a {@link Command} with
 * its own spec, named {@code container|sub}; the dispatcher resolves it before checking arity.
 * Some containers also run by themselves, without a subcommand (COMMAND lists every command).
 */
public final class ContainerCommand implements Command<Call> {

    private final CommandSpec spec;
    private final Map<String, Command<Call>> subcommands = new LinkedHashMap<>();
    private final Command<Call> withoutSubcommand;

    public ContainerCommand(CommandSpec spec, List<Command<Call>> subcommands) {
        this(spec, subcommands, null);
    }

    /** A container that {@code withoutSubcommand} runs when it is called alone (COMMAND). */
    public ContainerCommand(CommandSpec spec, List<Command<Call>> subcommands, Command<Call> withoutSubcommand) {
        this.spec = spec;
        this.withoutSubcommand = withoutSubcommand;
        for (Command<Call> sub : subcommands) {
            this.subcommands.put(sub.spec().shortName(), sub);
        }
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    /** The subcommand named by {@code word}, or null. */
    public Command<Call> subcommand(byte[] word) {
        return subcommands.get(ByteStrings.lowerAscii(word));
    }

    public Map<String, Command<Call>> subcommands() {
        return subcommands;
    }

    /** Redis's error for a subcommand it does not know. */
    public RedisError unknownSubcommand(byte[] word) {
        String text = new String(word, java.nio.charset.StandardCharsets.UTF_8);
        if (text.length() > 128) {
            text = text.substring(0, 128);
        }
        return new RedisError("ERR unknown subcommand '" + text + "'. Try "
                + spec.name().toUpperCase(Locale.ROOT) + " HELP.");
    }

    @Override
    public Reply execute(Call call) {
        if (withoutSubcommand != null) {
            return withoutSubcommand.execute(call);
        }
        throw new IllegalStateException("the dispatcher runs the subcommand of " + spec.name());
    }
}
