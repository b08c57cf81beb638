package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.CommandTable;
import io.hexaredis.application.dispatch.ContainerCommand;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What COMMAND and COMMAND INFO answer about one command, and how the command table is walked.
 *
 * <p>Redis: addReplyCommandInfo() in server.c. Each command is an array of ten entries:
 * <pre>
 *   1) name                      "get", or "config|get" for a subcommand
 *   2) arity                     signed, as in the spec
 *   3) flags                     a set of words: write, readonly, fast...
 *   4) first key, 5) last key, 6) step          the legacy key positions
 *   7) ACL categories            a set: @read, @string, @fast...
 *   8) tips                      a set, empty here
 *   9) key specifications        where the keys are and how they are used
 *  10) subcommands               the same ten entries for each subcommand of a container
 * </pre>
 * The key specifications are derived from the legacy positions: one "range" specification
 * starting at the first key, flagged RO and access for a read-only command, RW and update for a
 * write command.
 */
final class CommandInfo {

    private CommandInfo() {}

    /** Every command and, after each container, its subcommands, in table order. */
    static List<Command<Call>> withSubcommands(CommandTable table) {
        List<Command<Call>> out = new ArrayList<>();
        for (Command<Call> c : table.all()) {
            out.add(c);
            if (c instanceof ContainerCommand container) {
                out.addAll(container.subcommands().values());
            }
        }
        return out;
    }

    /** The command named {@code name}, or the subcommand named "container|sub"; null if none. */
    static Command<Call> lookup(CommandTable table, String name) {
        int bar = name.indexOf('|');
        Command<Call> c = table.lookup(bar < 0 ? name : name.substring(0, bar));
        if (bar < 0 || c == null) {
            return c;
        }
        return c instanceof ContainerCommand container
                ? container.subcommands().get(name.substring(bar + 1).toLowerCase(Locale.ROOT)) : null;
    }

    /** The words of COMMAND INFO's flags, in Redis's order (the CMD_* flag table). */
    static List<String> flagWords(CommandSpec spec) {
        List<String> out = new ArrayList<>();
        for (CommandFlag f : CommandFlag.values()) {
            if (spec.has(f)) {
                out.add(f == CommandFlag.MOVABLE_KEYS ? "movablekeys" : f.word());
            }
        }
        return out;
    }

    static Reply info(Command<Call> command) {
        CommandSpec spec = command.spec();
        boolean container = command instanceof ContainerCommand;
        List<Reply> subcommands = new ArrayList<>();
        if (command instanceof ContainerCommand c) {
            for (Command<Call> sub : c.subcommands().values()) {
                subcommands.add(info(sub));
            }
        }
        return Reply.array(
                Reply.bulk(spec.name()),
                Reply.integer(spec.arity()),
                statusSet(flagWords(spec)),
                Reply.integer(spec.firstKey()),
                Reply.integer(spec.lastKey()),
                Reply.integer(spec.step()),
                statusSet(AclCategories.of(spec, container)),
                Reply.set(List.of()),
                Reply.array(keySpecs(spec)),
                Reply.array(subcommands));
    }

    /** The access flags of the keys of a command: what COMMAND GETKEYSANDFLAGS shows. */
    static List<String> keyFlags(CommandSpec spec) {
        return spec.isWrite() ? List.of("RW", "update") : List.of("RO", "access");
    }

    private static List<Reply> keySpecs(CommandSpec spec) {
        if (spec.firstKey() <= 0) {
            return List.of();
        }
        int lastKey = spec.lastKey() < 0 ? spec.lastKey() : spec.lastKey() - spec.firstKey();
        return List.of(Reply.map(List.of(
                Reply.bulk("flags"), statusSet(keyFlags(spec)),
                Reply.bulk("begin_search"), Reply.map(List.of(
                        Reply.bulk("type"), Reply.bulk("index"),
                        Reply.bulk("spec"), Reply.map(List.of(Reply.bulk("index"), Reply.integer(spec.firstKey()))))),
                Reply.bulk("find_keys"), Reply.map(List.of(
                        Reply.bulk("type"), Reply.bulk("range"),
                        Reply.bulk("spec"), Reply.map(List.of(
                                Reply.bulk("lastkey"), Reply.integer(lastKey),
                                Reply.bulk("keystep"), Reply.integer(spec.step()),
                                Reply.bulk("limit"), Reply.ZERO)))))));
    }

    static Reply statusSet(List<String> words) {
        List<Reply> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(Reply.status(w));
        }
        return Reply.set(out);
    }
}
