package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.ContainerCommand;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.string.RedisString;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.keyspace.RedisValue;
import java.util.ArrayList;
import java.util.List;

/**
 * OBJECT ENCODING | FREQ | IDLETIME | REFCOUNT key, OBJECT HELP
 *
 * <p>Redis: objectCommand() in object.c, one function behind the five subcommands of the OBJECT
 * container. Each looks at the key without counting as an access (so asking for the idle time
 * does not reset it) and answers nil for a missing key.
 * <ul>
 *   <li>ENCODING: how the value is stored. Strings are "int" (a canonical 64-bit integer), "embstr"
 *       (up to 44 bytes) or "raw"; the other types name their own encoding.
 *   <li>REFCOUNT: 1, except for the integers 0 to 9999, which Redis shares among all keys and
 *       reports with the refcount of a shared object (INT_MAX). (A COPY of one is a private object
 *       in Redis, refcount 1; bytes carry no such history, so here it still reads as shared.)
 *   <li>IDLETIME: seconds since the key was last read or written, on the LRU clock.
 *   <li>FREQ: the LFU counter, tracked only under an LFU maxmemory-policy; this server has no
 *       eviction policy yet, so FREQ answers Redis's error for the other policies.
 * </ul>
 */
final class ObjectCommand {

    static final RedisError NO_LFU = new RedisError("ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.");
    static final int OBJ_SHARED_INTEGERS = 10000;     // the integers Redis keeps as shared objects
    static final int OBJ_SHARED_REFCOUNT = Integer.MAX_VALUE;

    private static final String[] HELP = {
        "OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
        "ENCODING <key>",
        "    Return the kind of internal representation used in order to store the value",
        "    associated with a <key>.",
        "FREQ <key>",
        "    Return the access frequency index of the <key>. The returned integer is",
        "    proportional to the logarithm of the recent access frequency of the key.",
        "IDLETIME <key>",
        "    Return the idle time of the <key>, that is the approximated number of",
        "    seconds elapsed since the last access to the key.",
        "REFCOUNT <key>",
        "    Return the number of references of the value associated with the specified",
        "    <key>.",
        "HELP",
        "    Prints this help.",
    };

    private ObjectCommand() {}

    static ContainerCommand container() {
        CommandSpec spec = CommandSpec.of("object", -2).since("2.2.3").complexity("Depends on subcommand.")
                .summary("A container for object introspection commands");
        return new ContainerCommand(spec, List.of(
                new Subcommand("encoding", "Inspect the internal encoding of a Redis object", "2.2.3",
                        (call, e) -> Reply.bulk(encoding(e.value()))),
                new Subcommand("freq", "Get the logarithmic access frequency counter of a Redis object", "4.0.0",
                        (call, e) -> {
                            throw NO_LFU;
                        }),
                new Subcommand("idletime", "Get the time since a Redis object was last accessed", "2.2.3",
                        (call, e) -> Reply.integer(call.db().idleSeconds(e))),
                new Subcommand("refcount", "Get the number of references to the value of the key", "2.2.3",
                        (call, e) -> Reply.integer(refcount(e.value()))),
                new Help()));
    }

    /** The encoding OBJECT ENCODING reports for a value. */
    static String encoding(Object value) {
        return value instanceof byte[] s ? RedisString.encoding(s) : ((RedisValue) value).encoding();
    }

    private static long refcount(Object value) {
        if (value instanceof byte[] s && s.length <= Numbers.MAX_LONG_CHARS) {
            long n = Numbers.parseLongOr(s, -1);
            if (n >= 0 && n < OBJ_SHARED_INTEGERS) {
                return OBJ_SHARED_REFCOUNT;
            }
        }
        return 1;
    }

    /** What a subcommand answers for a live key. */
    private interface Inspection {
        Reply of(Call call, KeyTable.Entry e);
    }

    /** OBJECT ENCODING|FREQ|IDLETIME|REFCOUNT key: looks the key up (objectCommandLookup()), then inspects it. */
    private static final class Subcommand implements Command<Call> {
        private final CommandSpec spec;
        private final Inspection inspection;

        Subcommand(String name, String summary, String since, Inspection inspection) {
            this.spec = CommandSpec.of("object|" + name, 3, CommandFlag.READONLY).keys(2, 2, 1)
                    .syntax("key").since(since).summary(summary);
            this.inspection = inspection;
        }

        @Override
        public CommandSpec spec() {
            return spec;
        }

        @Override
        public Reply execute(Call call) {
            Database db = call.db();
            KeyTable.Entry e = db.peek(call.arg(2), call.now());
            return e == null ? Reply.NIL : inspection.of(call, e);
        }
    }

    /** OBJECT HELP: one status line per line of text (addReplyHelp()). */
    private static final class Help implements Command<Call> {
        private static final CommandSpec SPEC = CommandSpec.of("object|help", 2, CommandFlag.LOADING, CommandFlag.STALE)
                .since("6.2.0").summary("Show helpful text about the different subcommands");

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public Reply execute(Call call) {
            List<Reply> lines = new ArrayList<>(HELP.length);
            for (String line : HELP) {
                lines.add(Reply.status(line));
            }
            return Reply.array(lines);
        }
    }
}
