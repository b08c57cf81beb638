package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.api.Test;

class HgetallCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void repliesAMapInInsertionOrderWhileAListpack() {
        run("HSET", "h", "b", "2", "a", "1");
        run("HSET", "h", "b", "3");
        assertInstanceOf(Reply.MapReply.class, h.run("HGETALL", "h"));
        assertEquals("1# \"b\" => \"3\" 2# \"a\" => \"1\"", run("HGETALL", "h"));
    }

    @Test
    void aMissingKeyIsAnEmptyMap() {
        assertEquals("(empty hash)", run("HGETALL", "missing"));
    }

    @Test
    void aHashtableRepliesEveryPair() {
        h.config.set("hash-max-listpack-entries", "0");
        run("HSET", "h", "a", "1", "b", "2", "c", "3");
        Reply.MapReply map = (Reply.MapReply) h.run("HGETALL", "h");
        assertEquals(6, map.keysAndValues().size());
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "s", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HGETALL", "s"));
    }
}
