package io.hexaredis.domain.command;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything Redis knows about a command before running it: the data of its entry in the command
 * table.
 *
 * <p>Redis: struct redisCommand in server.h, generated from commands/*.json into commands.def.
 * One record is the single source for arity errors, the MULTI and replica rules, propagation and
 * the COMMAND / COMMAND INFO / COMMAND DOCS replies.
 *
 * <ul>
 *   <li>{@code name}: lower case; a subcommand is named {@code container|sub} ("config|get").
 *   <li>{@code arity}: Redis's signed count, the command name included: {@code 2} means exactly two
 *       words, {@code -3} at least three. For a subcommand the container counts as a word.
 *   <li>{@code firstKey, lastKey, step}: where the keys are in argv (legacy key positions of COMMAND
 *       INFO); {@code lastKey -1} means "up to the last argument", {@code -2} "up to the one before".
 *   <li>{@code syntax}: the argument part of the command's synopsis as Redis documents it, e.g.
 *       {@code key value [NX | XX] [GET]}; COMMAND DOCS derives its argument tree from it.
 * </ul>
 */
public record CommandSpec(
        String name,
        int arity,
        Set<CommandFlag> flags,
        int firstKey,
        int lastKey,
        int step,
        CommandGroup group,
        String summary,
        String complexity,
        String since,
        String syntax) {

    public CommandSpec {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    /** A command with no keys; add them with {@link #keys}. */
    public static CommandSpec of(String name, int arity, CommandFlag... flags) {
        Set<CommandFlag> set = flags.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(flags));
        return new CommandSpec(name, arity, set, 0, 0, 0, CommandGroup.GENERIC, "", "O(1)", "1.0.0", "");
    }

    public CommandSpec keys(int first, int last, int keyStep) {
        return new CommandSpec(name, arity, flags, first, last, keyStep, group, summary, complexity, since, syntax);
    }

    public CommandSpec group(CommandGroup g) {
        return new CommandSpec(name, arity, flags, firstKey, lastKey, step, g, summary, complexity, since, syntax);
    }

    public CommandSpec summary(String s) {
        return new CommandSpec(name, arity, flags, firstKey, lastKey, step, group, s, complexity, since, syntax);
    }

    public CommandSpec complexity(String c) {
        return new CommandSpec(name, arity, flags, firstKey, lastKey, step, group, summary, c, since, syntax);
    }

    public CommandSpec since(String version) {
        return new CommandSpec(name, arity, flags, firstKey, lastKey, step, group, summary, complexity, version, syntax);
    }

    public CommandSpec syntax(String s) {
        return new CommandSpec(name, arity, flags, firstKey, lastKey, step, group, summary, complexity, since, s);
    }

    public boolean has(CommandFlag flag) {
        return flags.contains(flag);
    }

    public boolean isWrite() {
        return flags.contains(CommandFlag.WRITE);
    }

    /** True when {@code argc} words (the name included) satisfy the signed arity. */
    public boolean acceptsArgc(int argc) {
        return arity >= 0 ? argc == arity : argc >= -arity;
    }

    /** For a subcommand, the part after the '|'; otherwise the name. */
    public String shortName() {
        int bar = name.indexOf('|');
        return bar < 0 ? name : name.substring(bar + 1);
    }

    /** The argv positions of the keys for this argc, from the legacy (first, last, step) triple. */
    public List<Integer> keyPositions(int argc) {
        if (firstKey <= 0) {
            return List.of();
        }
        int last = lastKey >= 0 ? lastKey : argc + lastKey;
        Integer[] positions = new Integer[Math.max(0, (Math.min(last, argc - 1) - firstKey) / step + 1)];
        int n = 0;
        for (int i = firstKey; i <= last && i < argc; i += step) {
            positions[n++] = i;
        }
        return List.of(Arrays.copyOf(positions, n));
    }
}
