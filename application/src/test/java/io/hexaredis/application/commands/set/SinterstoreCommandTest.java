package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.set.RedisSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SinterstoreCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void storesTheIntersectionReplacingAnyValueAndItsTtl() {
        run("SADD", "a", "1", "2", "x");
        run("SADD", "b", "2", "x", "y");
        h.keyspace.db(0).set(b("dst"), b("old"), h.clock.millis() + 10_000);
        assertEquals("(integer) 2", run("SINTERSTORE", "dst", "a", "b"));
        assertEquals(KeyTable.NO_EXPIRY, h.keyspace.db(0).expireAt(b("dst")));
        assertEquals("(integer) 2", run("SCARD", "dst"));
        h.assertEffects("SADD a 1 2 x", "SADD b 2 x y", "SINTERSTORE dst a b");
    }

    @Test
    void anIntersectionOfIntegersIsStoredAsAnIntset() {
        h.config.set("set-max-intset-entries", "1");
        run("SADD", "a", "1", "2", "3");
        assertEquals("hashtable", h.keyspace.db(0).get(b("a"), RedisSet.class, h.clock.millis()).encoding());
        run("SADD", "b", "3", "z");
        run("SINTERSTORE", "dst", "a", "b");
        assertEquals("intset", h.keyspace.db(0).get(b("dst"), RedisSet.class, h.clock.millis()).encoding());
    }

    @Test
    void anEmptyIntersectionDeletesTheDestination() {
        h.run("SADD", "a", "1");
        h.run("SADD", "b", "2");
        h.run("SET", "dst", "x");
        h.clearRecords();
        assertEquals("(integer) 0", ReplyText.of(h.run("SINTERSTORE", "dst", "a", "b")));
        h.run("SADD", "dst", "1");
        assertEquals("(integer) 0", ReplyText.of(h.run("SINTERSTORE", "dst", "a", "missing")));
        assertEquals("(integer) 0", ReplyText.of(h.run("SINTERSTORE", "dst", "a", "missing")));
        h.run("SINTERSTORE", "dst", "a", "a");
        assertEquals(List.of("del dst", "sadd dst", "del dst", "sinterstore dst"), h.notifications);
    }

    @Test
    void nothingToDeleteIsNotPropagated() {
        run("SADD", "a", "1");
        h.clearEffects();
        run("SINTERSTORE", "dst", "a", "missing");
        h.assertEffects();
    }

    @Test
    void everySourceIsTypeChecked() {
        run("SET", "k", "x");
        run("SADD", "a", "1");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SINTERSTORE", "dst", "missing", "k"));
    }

    @Test
    void anExpiredDestinationIsReportedExpiredBeforeTheResultReplacesIt() {
        run("SADD", "a", "1");
        h.keyspace.db(0).set(b("dst"), b("old"), h.clock.millis() + 10);
        h.clock.advance(10);
        h.clearRecords();
        assertEquals("(integer) 1", run("SINTERSTORE", "dst", "a"));
        h.assertNotifications("expired dst", "sinterstore dst");
        h.assertEffects("DEL dst", "SINTERSTORE dst a");
    }

    @Test
    void anEmptyResultDeletesAnExpiredDestinationAsDel() {
        run("SADD", "a", "1");
        h.keyspace.db(0).set(b("dst"), b("old"), h.clock.millis() + 10);
        h.clock.advance(10);
        h.clearRecords();
        assertEquals("(integer) 0", run("SINTERSTORE", "dst", "a", "missing"));
        h.assertNotifications("del dst");
        h.assertEffects("SINTERSTORE dst a missing");
    }
}
