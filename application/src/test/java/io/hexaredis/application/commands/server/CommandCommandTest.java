package io.hexaredis.application.commands.server;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.commands.StandardCommands;
import io.hexaredis.domain.command.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandCommandTest {

    private final CommandHarness h = new CommandHarness();

    /** A reply as nested lists of texts, maps and sets flattened as RESP2 shows them. */
    private static Object tree(Reply r) {
        List<Reply> items = r instanceof Reply.Array a ? a.items() : r instanceof Reply.SetReply s ? s.items()
                : r instanceof Reply.MapReply m ? m.keysAndValues() : null;
        if (items == null) {
            return text(r);
        }
        List<Object> out = new ArrayList<>();
        for (Reply i : items) {
            out.add(tree(i));
        }
        return out;
    }

    @Test
    void countIsTheNumberOfTopLevelCommands() {
        assertEquals(Long.toString(StandardCommands.table().size()), text(h.run("COMMAND", "COUNT")));
        assertEquals(StandardCommands.table().size(), ((Reply.Array) h.run("COMMAND")).items().size());
    }

    @Test
    void infoDescribesACommandInRedis7Format() {
        assertEquals("[[get, 2, [readonly, fast], 1, 1, 1, [@read, @string, @fast], [], "
                        + "[[flags, [RO, access], begin_search, [type, index, spec, [index, 1]], "
                        + "find_keys, [type, range, spec, [lastkey, 0, keystep, 1, limit, 0]]]], []]]",
                tree(h.run("COMMAND", "INFO", "get")).toString());
    }

    @Test
    void infoOfAContainerListsItsSubcommandsAndUnknownNamesAreNil() {
        String config = tree(h.run("COMMAND", "INFO", "config")).toString();
        assertTrue(config.startsWith("[[config, -2, [], 0, 0, 0, [@slow], [], [], [[config|get, -3, "
                + "[admin, noscript, loading, stale], 0, 0, 0, [@admin, @slow, @dangerous], [], [], []], "), config);
        assertEquals("[null, [config|set, -4, [admin, noscript, loading, stale], 0, 0, 0, [@admin, @slow, @dangerous], [], [], []]]",
                tree(h.run("COMMAND", "INFO", "nosuch", "CONFIG|SET")).toString());
        assertEquals("[[time, 1, [loading, stale, fast], 0, 0, 0, [@fast], [], [], []], "
                        + "[info, -1, [loading, stale], 0, 0, 0, [@slow, @dangerous], [], [], []], "
                        + "[lastsave, 1, [loading, stale, fast], 0, 0, 0, [@admin, @fast, @dangerous], [], [], []]]",
                tree(h.run("COMMAND", "INFO", "time", "info", "lastsave")).toString());
    }

    @Test
    void listNamesCommandsAndSubcommandsAndFilters() {
        List<?> all = (List<?>) tree(h.run("COMMAND", "LIST"));
        assertTrue(all.contains("get") && all.contains("config|get") && all.contains("command|docs"), all.toString());
        assertEquals("[config, config|get, config|set, config|resetstat, config|rewrite, config|help]",
                tree(h.run("COMMAND", "LIST", "FILTERBY", "PATTERN", "conf*")).toString());
        List<?> admin = (List<?>) tree(h.run("COMMAND", "LIST", "filterby", "aclcat", "admin"));
        assertTrue(admin.containsAll(List.of("config|get", "config|set", "config|resetstat", "config|rewrite", "debug",
                "lastsave", "shutdown", "client|kill", "client|list", "psync", "replconf", "replicaof", "role", "slaveof", "sync")), admin.toString());
        assertTrue(!admin.contains("get") && !admin.contains("config|help"), admin.toString());
        assertEquals("[]", tree(h.run("COMMAND", "LIST", "FILTERBY", "MODULE", "x")).toString());
        assertEquals("-ERR syntax error", text(h.run("COMMAND", "LIST", "FILTERBY", "foo")));
        assertEquals("-ERR syntax error", text(h.run("COMMAND", "LIST", "FILTERBY", "foo", "bar")));
    }

    @Test
    void getKeysFindsTheKeysOrSaysWhyNot() {
        assertEquals("[a]", tree(h.run("COMMAND", "GETKEYS", "SET", "a", "b")).toString());
        assertEquals("[[a, [RW, update]]]", tree(h.run("COMMAND", "GETKEYSANDFLAGS", "set", "a", "b")).toString());
        assertEquals("-ERR Invalid command specified", text(h.run("COMMAND", "GETKEYS", "foo", "bar")));
        assertEquals("-ERR The command has no key arguments", text(h.run("COMMAND", "GETKEYS", "ping", "x")));
        assertEquals("-ERR The command has no key arguments", text(h.run("COMMAND", "GETKEYS", "config", "get", "x")));
        assertEquals("-ERR Invalid number of arguments specified for command", text(h.run("COMMAND", "GETKEYS", "set", "a")));
        assertEquals("-ERR wrong number of arguments for 'command|getkeys' command", text(h.run("COMMAND", "GETKEYS", "get")));
    }

    @Test
    void docsDescribeArgumentsAndSubcommands() {
        assertEquals("[get, [summary, Get the value of a key, since, 1.0.0, group, string, complexity, O(1), "
                + "arguments, [[name, key, type, key, key_spec_index, 0]]]]",
                tree(h.run("COMMAND", "DOCS", "get")).toString().replace(h.dispatcher.table().lookup("get").spec().summary(),
                        "Get the value of a key"));
        assertEquals("[time, [summary, Return the current server time, since, 2.6.0, group, server, complexity, O(1)]]",
                tree(h.run("COMMAND", "DOCS", "time", "nosuch")).toString());
        String config = tree(h.run("COMMAND", "DOCS", "config")).toString();
        assertTrue(config.contains("subcommands, [config|get, [summary, Get the values of configuration parameters"), config);
        assertTrue(config.contains("arguments, [[name, parameter_value, type, block, flags, [multiple], arguments, "
                + "[[name, parameter, type, string], [name, value, type, string]]]]"), config);
    }

    @Test
    void helpListsTheSubcommands() {
        List<Reply> lines = ((Reply.Array) h.run("COMMAND", "HELP")).items();
        assertEquals(new Reply.Status("COMMAND <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"), lines.get(0));
        assertEquals(21, lines.size());
        assertEquals("-ERR unknown subcommand 'foo'. Try COMMAND HELP.", text(h.run("COMMAND", "foo")));
    }
}
