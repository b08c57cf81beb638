package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import io.hexaredis.domain.set.RedisSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaddCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    private String encoding(String key) {
        return h.keyspace.db(0).get(key.getBytes(StandardCharsets.UTF_8), RedisSet.class, h.clock.millis()).encoding();
    }

    @Test
    void repliesHowManyMembersWereNewAndPropagatesOnlyChanges() {
        assertEquals("(integer) 2", run("SADD", "s", "a", "b", "a"));
        assertEquals("(integer) 0", run("SADD", "s", "a"));
        assertEquals("(integer) 2", run("SCARD", "s"));
        h.assertEffects("SADD s a b a");
    }

    @Test
    void integersMakeAnIntsetUntilTheConfiguredLimitOrAString() {
        h.config.set("set-max-intset-entries", "3");
        run("SADD", "ints", "3", "1", "2");
        assertEquals("intset", encoding("ints"));
        assertEquals("1~ \"1\" 2~ \"2\" 3~ \"3\"", run("SMEMBERS", "ints"));
        run("SADD", "ints", "4");
        assertEquals("hashtable", encoding("ints"));
        run("SADD", "mixed", "1", "a");
        assertEquals("hashtable", encoding("mixed"));
        run("SADD", "strings", "a");
        assertEquals("hashtable", encoding("strings"));
    }

    @Test
    void notifiesSaddOnlyWhenSomethingWasAdded() {
        h.run("SADD", "s", "a");
        h.run("SADD", "s", "a");
        assertEquals(List.of("sadd s"), h.notifications);
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "k", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SADD", "k", "a"));
    }
}
