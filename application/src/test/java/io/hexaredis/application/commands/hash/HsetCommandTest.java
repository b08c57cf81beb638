package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import io.hexaredis.domain.hash.RedisHash;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HsetCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    private String encoding(String key) {
        return h.keyspace.db(0).get(key.getBytes(StandardCharsets.UTF_8), RedisHash.class, h.clock.millis()).encoding();
    }

    @Test
    void repliesHowManyFieldsWereNewAndPropagatesTheRequest() {
        assertEquals("(integer) 2", run("HSET", "h", "a", "1", "b", "2"));
        assertEquals("(integer) 1", run("HSET", "h", "a", "9", "c", "3"));
        assertEquals("1# \"a\" => \"9\" 2# \"b\" => \"2\" 3# \"c\" => \"3\"", run("HGETALL", "h"));
        h.assertEffects("HSET h a 1 b 2", "HSET h a 9 c 3");
    }

    @Test
    void rewritingTheSameValueStillCountsAsAWrite() {
        run("HSET", "h", "a", "1");
        h.clearEffects();
        assertEquals("(integer) 0", run("HSET", "h", "a", "1"));
        h.assertEffects("HSET h a 1");
    }

    @Test
    void hmsetRepliesOk() {
        assertEquals("OK", run("HMSET", "h", "a", "1", "b", "2"));
        assertEquals("\"2\"", run("HGET", "h", "b"));
        h.assertEffects("HMSET h a 1 b 2");
    }

    @Test
    void anOddNumberOfWordsIsAWrongNumberOfArguments() {
        assertEquals("(error) ERR wrong number of arguments for 'hset' command", run("HSET", "h", "a", "1", "b"));
        assertEquals("(error) ERR wrong number of arguments for 'hmset' command", run("HMSET", "h", "a", "1", "b"));
        assertEquals("(error) ERR wrong number of arguments for 'hset' command", run("HSET", "h", "a"));
        assertEquals("(integer) 0", run("HLEN", "h"));
        h.assertEffects();
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "s", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HSET", "s", "a", "1"));
    }

    @Test
    void theListpackLimitsComeFromTheConfiguration() {
        h.config.set("hash-max-listpack-entries", "2");
        run("HSET", "small", "a", "1", "b", "2");
        assertEquals("listpack", encoding("small"));
        run("HSET", "small", "c", "3");
        assertEquals("hashtable", encoding("small"));

        h.config.set("hash-max-ziplist-value", "4");
        run("HSET", "long", "f", "1234");
        assertEquals("listpack", encoding("long"));
        run("HSET", "long", "f", "12345");
        assertEquals("hashtable", encoding("long"));
    }

    @Test
    void notifiesHsetEvenWhenNothingIsNew() {
        h.run("HSET", "h", "a", "1");
        h.run("HSET", "h", "a", "1");
        h.run("HMSET", "h", "b", "1");
        assertEquals(List.of("hset h", "hset h", "hset h"), h.notifications);
    }
}
