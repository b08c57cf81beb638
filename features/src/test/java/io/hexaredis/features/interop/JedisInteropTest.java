package io.hexaredis.features.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.ClientKillParams;

/**
 * Jedis 8: the plain {@code new Jedis(host, port)} connection, which sends no handshake and speaks
 * RESP2; a RESP3 connection (HELLO 3 first); a JedisPool shared by threads; and Jedis 8's pooled
 * {@code RedisClient}, which sends HELLO 3 and CLIENT SETINFO on each new connection (Redis 7.0 does
 * not know CLIENT SETINFO; Jedis ignores that error).
 */
class JedisInteropTest {

    private static InteropServer server;

    @BeforeAll
    static void start() {
        server = InteropServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPlainConnectionRunsCommandsInResp2() {
        try (Jedis jedis = new Jedis(InteropServer.HOST, server.port())) {
            assertEquals("PONG", jedis.ping());
            assertEquals("hi", jedis.ping("hi"));
            assertEquals("OK", jedis.set("jedis:key", "value"));
            assertEquals("value", jedis.get("jedis:key"));
            assertNull(jedis.get("jedis:missing"));
            assertEquals("echo", jedis.echo("echo"));
            assertEquals("OK", jedis.select(1));
            assertNull(jedis.get("jedis:key"), "database 1 is another keyspace");
            assertTrue(jedis.clientInfo().contains(" db=1 ") && jedis.clientInfo().contains(" resp=2"));
        }
    }

    @Test
    void clientNamesIdsListsAndKills() {
        try (Jedis jedis = new Jedis(InteropServer.HOST, server.port());
                Jedis victim = new Jedis(InteropServer.HOST, server.port())) {
            assertEquals("OK", jedis.clientSetname("jedis-main"));
            assertEquals("jedis-main", jedis.clientGetname());
            long victimId = victim.clientId();
            assertTrue(jedis.clientList().contains("id=" + victimId + " "));
            assertTrue(jedis.clientList(victimId).startsWith("id=" + victimId + " "));
            assertEquals(1, jedis.clientKill(ClientKillParams.clientKillParams().id(Long.toString(victimId))));
            assertThrows(JedisConnectionException.class, victim::ping);
            JedisDataException e = assertThrows(JedisDataException.class, () -> jedis.clientSetname("a name"));
            assertEquals("ERR Client names cannot contain spaces, newlines or special characters.", e.getMessage());
        }
    }

    @Test
    void aResp3ConnectionNegotiatesWithHello() {
        DefaultJedisClientConfig config = DefaultJedisClientConfig.builder().protocol(RedisProtocol.RESP3).build();
        try (Jedis jedis = new Jedis(InteropServer.HOST, server.port(), config)) {
            assertTrue(jedis.clientInfo().contains(" resp=3"));
            assertEquals("OK", jedis.set("jedis:resp3", "3"));
            assertEquals("3", jedis.get("jedis:resp3"));
            assertNull(jedis.get("jedis:nothing"));
        }
    }

    @Test
    void aPoolServesThreadsDoingRealWork() throws Exception {
        try (JedisPool pool = new JedisPool(InteropServer.HOST, server.port())) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        try (Jedis jedis = pool.getResource()) {
                            String key = "pool:" + thread + ":" + i;
                            assertEquals("PONG", jedis.ping());
                            assertEquals("OK", jedis.set(key, Integer.toString(i)));
                            assertEquals(Integer.toString(i), jedis.get(key));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();
            try (Jedis jedis = pool.getResource()) {
                assertEquals("199", jedis.get("pool:3:199"));
            }
        }
    }

    @Test
    void theRedisClientHandshakeIsAccepted() {
        try (redis.clients.jedis.RedisClient client = redis.clients.jedis.RedisClient.create(InteropServer.HOST, server.port())) {
            assertEquals("OK", client.set("jedis:client", "v"));
            assertEquals("v", client.get("jedis:client"));
            assertEquals("PONG", client.ping());
        }
    }

    @Test
    void aPasswordProtectedServerWantsAuth() {
        Assumptions.assumeTrue(!InteropServer.isExternal(), "needs a server of its own with requirepass");
        try (InteropServer secured = InteropServer.start("--requirepass", "s3cret")) {
            try (Jedis anonymous = new Jedis(InteropServer.HOST, secured.port())) {
                JedisDataException e = assertThrows(JedisDataException.class, () -> anonymous.get("k"));
                assertEquals("NOAUTH Authentication required.", e.getMessage());
                assertThrows(JedisDataException.class, () -> anonymous.auth("wrong"));
                assertEquals("OK", anonymous.auth("s3cret"));
                assertEquals("PONG", anonymous.ping());
            }
            DefaultJedisClientConfig config = DefaultJedisClientConfig.builder().password("s3cret").build();
            try (JedisPool pool = new JedisPool(new redis.clients.jedis.HostAndPort(InteropServer.HOST, secured.port()), config);
                    Jedis jedis = pool.getResource()) {
                assertEquals("OK", jedis.set("k", "v"));
                assertEquals("v", jedis.get("k"));
            }
        }
    }
}
