package io.hexaredis.features.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.protocol.ProtocolVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lettuce 7 with its default settings: on connect it sends HELLO 3 (so the connection speaks
 * RESP3), PING, CLIENT SETINFO and CLIENT MAINT_NOTIFICATIONS. Redis 7.0 knows neither of the last
 * two and answers "unknown subcommand", which Lettuce tolerates; so must we. One RedisClient serves
 * the whole class: it takes seconds to start and stop.
 */
class LettuceInteropTest {

    private static InteropServer server;
    private static RedisClient client;

    @BeforeAll
    static void start() {
        server = InteropServer.start();
        client = RedisClient.create(uri());
    }

    private static RedisURI uri() {
        return RedisURI.builder().withHost(InteropServer.HOST).withPort(server.port())
                .withTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theDefaultHandshakeNegotiatesResp3AndCommandsWork() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            assertTrue(redis.clientInfo().contains(" resp=3"), "the connection should speak RESP3");
            assertEquals("PONG", redis.ping());
            assertEquals("OK", redis.set("lettuce:key", "value"));
            assertEquals("value", redis.get("lettuce:key"));
            assertNull(redis.get("lettuce:missing"));
            assertEquals("hello", redis.echo("hello"));
        }
    }

    @Test
    void clientSubcommandsAnswerAsLettuceExpects() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            long id = redis.clientId();
            assertTrue(id > 0);
            assertEquals("OK", redis.clientSetname("lettuce-conn"));
            assertEquals("lettuce-conn", redis.clientGetname());
            String list = redis.clientList();
            assertTrue(list.contains("id=" + id + " ") && list.contains(" name=lettuce-conn "), list);
            assertEquals("OK", redis.select(3));
            assertTrue(redis.clientInfo().contains(" db=3 "));
        }
    }

    @Test
    void errorsBecomeRedisCommandExecutionExceptions() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommandExecutionException e = assertThrows(RedisCommandExecutionException.class,
                    () -> connection.sync().select(99));
            assertEquals("ERR DB index is out of range", e.getMessage());
            assertEquals("PONG", connection.sync().ping(), "the connection stays usable");
        }
    }

    @Test
    void pipelinedAsyncCommandsAllComplete() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisAsyncCommands<String, String> async = connection.async();
            connection.setAutoFlushCommands(false);
            List<RedisFuture<String>> sets = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                sets.add(async.set("pipelined:" + i, Integer.toString(i)));
            }
            connection.flushCommands();
            assertTrue(LettuceFutures.awaitAll(Duration.ofSeconds(10), sets.toArray(new RedisFuture[0])));
            List<RedisFuture<String>> gets = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                gets.add(async.get("pipelined:" + i));
            }
            connection.flushCommands();
            assertTrue(LettuceFutures.awaitAll(Duration.ofSeconds(10), gets.toArray(new RedisFuture[0])));
            for (int i = 0; i < 1000; i++) {
                assertEquals(Integer.toString(i), gets.get(i).toCompletableFuture().join());
            }
        }
    }

    @Test
    void aPasswordIsSentInsideHello() {
        Assumptions.assumeTrue(!InteropServer.isExternal(), "needs a server of its own with requirepass");
        try (InteropServer secured = InteropServer.start("--requirepass", "s3cret")) {
            RedisURI uri = RedisURI.builder().withHost(InteropServer.HOST).withPort(secured.port())
                    .withPassword("s3cret".toCharArray()).withTimeout(Duration.ofSeconds(10)).build();
            try (StatefulRedisConnection<String, String> connection = client.connect(uri)) {
                RedisCommands<String, String> redis = connection.sync();
                assertEquals("OK", redis.set("k", "v"));
                assertTrue(redis.clientInfo().contains(" resp=3"));
            }
            RedisURI wrong = RedisURI.builder().withHost(InteropServer.HOST).withPort(secured.port())
                    .withPassword("nope".toCharArray()).withTimeout(Duration.ofSeconds(10)).build();
            // The cause is usually the WRONGPASS reply, but Lettuce sometimes reports its own teardown instead.
            assertThrows(RedisConnectionException.class, () -> client.connect(wrong));
        }
    }

    @Test
    void aClientConfiguredForResp2SpeaksResp2() {
        RedisClient resp2 = RedisClient.create(uri());
        resp2.setOptions(ClientOptions.builder().protocolVersion(ProtocolVersion.RESP2).build());
        try (StatefulRedisConnection<String, String> connection = resp2.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            assertTrue(redis.clientInfo().contains(" resp=2"));
            assertEquals("OK", redis.set("resp2", "v"));
            assertEquals("v", redis.get("resp2"));
        } finally {
            resp2.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
