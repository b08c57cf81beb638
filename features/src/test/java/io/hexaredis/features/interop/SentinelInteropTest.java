package io.hexaredis.features.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * A real redis-sentinel watching a master and two replicas of this server: when the master goes
 * away, Sentinel promotes a replica (MULTI, SLAVEOF NO ONE, CONFIG REWRITE, CLIENT KILL, EXEC),
 * and points the other one at it (it continues by partial resynchronization). (That Sentinel also
 * turns the old master into a replica when it comes back was checked by hand: it takes Sentinel's
 * ten-second INFO period, too long for the build.) Sentinel learns everything from INFO (the
 * replication section, run_id) and from its hello messages on {@code __sentinel__:hello}. Skipped,
 * saying why, where redis-sentinel is not installed.
 */
class SentinelInteropTest {

    private static final String NAME = "mymaster";

    @BeforeEach
    void needsSentinel() {
        Assumptions.assumeTrue(RealRedis.SENTINEL.installed(),
                "redis-sentinel not installed: install the Debian package redis-sentinel to run this test");
        Assumptions.assumeFalse(InteropServer.isExternal(), "the sentinel test starts its own servers");
    }

    @Test
    void sentinelPromotesAReplicaOfOursWhenTheMasterGoesAway() {
        InteropServer master = InteropServer.start();
        int masterPort = master.port();
        try (Jedis m = client(masterPort)) {
            m.set("before", "failover");
            try (InteropServer b = InteropServer.start("--replicaof", InteropServer.HOST + " " + masterPort);
                    InteropServer c = InteropServer.start("--replicaof", InteropServer.HOST + " " + masterPort);
                    Jedis jb = client(b.port());
                    Jedis jc = client(c.port())) {
                await(() -> jb.info("replication").contains("master_link_status:up")
                        && jc.info("replication").contains("master_link_status:up"), "replicas synchronized");
                try (RealRedis sentinel = RealRedis.sentinel(NAME, masterPort); Jedis s = sentinel.client()) {
                    await(() -> s.sentinelReplicas(NAME).size() == 2, "sentinel found both replicas");
                    master.close();

                    await(() -> Integer.parseInt(s.sentinelGetMasterAddrByName(NAME).get(1)) != masterPort,
                            "sentinel failed over: " + sentinel.log());
                    int promoted = Integer.parseInt(s.sentinelGetMasterAddrByName(NAME).get(1));
                    int otherPort = promoted == b.port() ? c.port() : b.port();
                    // Sentinel closes the normal clients of the servers it reconfigures (CLIENT KILL TYPE
                    // normal): each check below uses a connection of its own.
                    await(() -> "master".equals(fresh(promoted, j -> j.role().get(0))), "the replica was promoted");
                    assertEquals("OK", fresh(promoted, j -> j.set("after", "failover")));
                    await(() -> "failover".equals(fresh(otherPort, j -> j.get("after"))),
                            "the other replica follows the new master: " + sentinel.log());
                    assertEquals("failover", fresh(otherPort, j -> j.get("before")));
                    Object masterPortOfOther = fresh(otherPort, j -> j.role().get(2));
                    assertEquals((Object) (long) promoted, masterPortOfOther);
                    assertTrue(fresh(promoted, j -> j.info("stats")).contains("sync_partial_ok:1"));

                }
            }
        }
    }

    private static <T> T fresh(int port, java.util.function.Function<Jedis, T> query) {
        try (Jedis j = client(port)) {
            return query.apply(j);
        }
    }

    private static Jedis client(int port) {
        return new Jedis(InteropServer.HOST, port, 5000);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // a server restarting, a sentinel still learning: try again
            }
            RealRedis.sleep(50);
        }
        throw new AssertionError("not reached within 30 s: " + what);
    }
}
