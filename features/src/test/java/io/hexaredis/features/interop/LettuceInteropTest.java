package io.hexaredis.features.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyValue;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.protocol.ProtocolVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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

    @Test
    void stringsCountAppendSliceAndExpire() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            assertEquals(1, redis.incr("lettuce:counter"));
            assertEquals(11, redis.incrby("lettuce:counter", 10));
            assertEquals(11.5, redis.incrbyfloat("lettuce:counter", 0.5));
            assertEquals("OK", redis.mset(Map.of("lettuce:a", "1", "lettuce:b", "2")));
            List<KeyValue<String, String>> values = redis.mget("lettuce:a", "lettuce:b", "lettuce:none");
            assertEquals("1", values.get(0).getValue());
            assertEquals("2", values.get(1).getValue());
            assertFalse(values.get(2).hasValue(), "a missing key is an empty KeyValue");
            assertEquals(5, redis.append("lettuce:text", "Hello"));
            assertEquals(11, redis.append("lettuce:text", " World"));
            assertEquals("World", redis.getrange("lettuce:text", 6, -1));
            assertEquals(11, redis.setrange("lettuce:text", 6, "Redis"));
            assertEquals("Hello Redis", redis.get("lettuce:text"));
            assertTrue(redis.expire("lettuce:text", 100));
            long ttl = redis.ttl("lettuce:text");
            assertTrue(ttl > 95 && ttl <= 100, "ttl " + ttl);
            assertTrue(redis.persist("lettuce:text"));
            assertEquals(-1, redis.ttl("lettuce:text"));
            assertEquals("OK", redis.set("lettuce:text", "v", SetArgs.Builder.ex(50)));
            assertTrue(redis.pttl("lettuce:text") > 45_000);
            assertNull(redis.set("lettuce:text", "w", SetArgs.Builder.nx()), "NX on an existing key answers nil");
        }
    }

    @Test
    void aScanIteratorVisitsEveryKeyAndKeysCanBeTypedAndRenamed() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            Set<String> written = new HashSet<>();
            for (int i = 0; i < 300; i++) {
                written.add("lettuce:scan:" + i);
                redis.set("lettuce:scan:" + i, Integer.toString(i));
            }
            Set<String> seen = new HashSet<>();
            ScanIterator<String> keys = ScanIterator.scan(redis, ScanArgs.Builder.matches("lettuce:scan:*").limit(25));
            keys.forEachRemaining(seen::add);
            assertEquals(written, seen);

            redis.rpush("lettuce:typed:list", "x");
            redis.hset("lettuce:typed:hash", "f", "v");
            redis.sadd("lettuce:typed:set", "m");
            redis.zadd("lettuce:typed:zset", 1, "m");
            assertEquals("string", redis.type("lettuce:scan:0"));
            assertEquals("list", redis.type("lettuce:typed:list"));
            assertEquals("hash", redis.type("lettuce:typed:hash"));
            assertEquals("set", redis.type("lettuce:typed:set"));
            assertEquals("zset", redis.type("lettuce:typed:zset"));
            assertEquals("none", redis.type("lettuce:none"));
            assertEquals("OK", redis.rename("lettuce:scan:0", "lettuce:renamed"));
            assertEquals(0, redis.exists("lettuce:scan:0"));
            RedisCommandExecutionException e = assertThrows(RedisCommandExecutionException.class,
                    () -> redis.rename("lettuce:none", "lettuce:x"));
            assertEquals("ERR no such key", e.getMessage());
        }
    }

    @Test
    void hashesListsAndSetsThroughTheSyncApi() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", "Ada");
            fields.put("visits", "1");
            assertEquals(2, redis.hset("lettuce:user", fields));
            assertEquals(fields, redis.hgetall("lettuce:user"), "a RESP3 map becomes a Map");
            assertEquals(5, redis.hincrby("lettuce:user", "visits", 4));
            assertEquals(1, redis.hdel("lettuce:user", "name"));
            assertEquals(Map.of("visits", "5"), redis.hgetall("lettuce:user"));

            assertEquals(3, redis.rpush("lettuce:list", "a", "b", "c"));
            assertEquals(List.of("a", "b", "c"), redis.lrange("lettuce:list", 0, -1));
            assertEquals(KeyValue.just("lettuce:list", "a"), redis.blpop(1, "lettuce:list"));
            assertNull(redis.blpop(0.2, "lettuce:empty"), "the timeout answers nil");

            assertEquals(3, redis.sadd("lettuce:s1", "1", "2", "3"));
            assertEquals(2, redis.sadd("lettuce:s2", "2", "3"));
            assertEquals(Set.of("1", "2", "3"), redis.smembers("lettuce:s1"));
            assertEquals(Set.of("2", "3"), redis.sinter("lettuce:s1", "lettuce:s2"));
            assertTrue(redis.sismember("lettuce:s1", "1"));
        }
    }

    @Test
    void sortedSetsWithScoresAsRespThreeDoubles() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            assertEquals(3, redis.zadd("lettuce:board", ScoredValue.just(3, "ada"), ScoredValue.just(1.5, "bob"),
                    ScoredValue.just(2, "cy")));
            assertEquals(List.of("bob", "cy", "ada"), redis.zrange("lettuce:board", 0, -1));
            assertEquals(List.of(ScoredValue.just(1.5, "bob"), ScoredValue.just(2, "cy"), ScoredValue.just(3, "ada")),
                    redis.zrangeWithScores("lettuce:board", 0, -1));
            assertEquals(2.0, redis.zscore("lettuce:board", "cy"));
            assertNull(redis.zscore("lettuce:board", "nobody"));
            assertEquals(4.25, redis.zincrby("lettuce:board", 2.25, "cy"));
            assertEquals(2L, redis.zrank("lettuce:board", "cy"));
            assertEquals(List.of("ada", "cy"), redis.zrangebyscore("lettuce:board", Range.create(3, 5)));
            assertEquals(ScoredValue.just(1.5, "bob"), redis.zpopmin("lettuce:board"));
            assertEquals(2, redis.zcard("lettuce:board"));
            assertEquals(1, redis.zrem("lettuce:board", "ada"));
            assertEquals(List.of(ScoredValue.just(4.25, "cy")), redis.zrangeWithScores("lettuce:board", 0, -1));
        }
    }

    @Test
    void theAsyncApiCompletesFuturesIncludingABlockingPopServedLater() throws Exception {
        try (StatefulRedisConnection<String, String> connection = client.connect();
                StatefulRedisConnection<String, String> blocking = client.connect()) {
            RedisAsyncCommands<String, String> async = connection.async();
            RedisFuture<String> set = async.set("lettuce:async:k", "v");
            RedisFuture<Long> incr = async.incr("lettuce:async:n");
            RedisFuture<Boolean> hset = async.hset("lettuce:async:h", "f", "v");
            RedisFuture<Map<String, String>> hgetall = async.hgetall("lettuce:async:h");
            RedisFuture<Long> sadd = async.sadd("lettuce:async:s", "a", "b");
            RedisFuture<Set<String>> smembers = async.smembers("lettuce:async:s");
            assertTrue(LettuceFutures.awaitAll(Duration.ofSeconds(10), set, incr, hset, hgetall, sadd, smembers));
            assertEquals("OK", set.get());
            assertEquals(1, incr.get());
            assertEquals(Map.of("f", "v"), hgetall.get());
            assertEquals(Set.of("a", "b"), smembers.get());

            RedisFuture<KeyValue<String, String>> pop = blocking.async().blpop(5, "lettuce:async:jobs");
            Thread.sleep(100);
            assertFalse(pop.isDone(), "BLPOP waits for a push");
            assertEquals(1, async.rpush("lettuce:async:jobs", "job").get(5, TimeUnit.SECONDS));
            assertEquals(KeyValue.just("lettuce:async:jobs", "job"), pop.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void binaryKeysAndValuesWithTheByteArrayCodec() {
        byte[] key = {'l', 't', ':', 0x00, (byte) 0xff, (byte) 0xc3, '\r', '\n'};
        byte[] value = {0x00, (byte) 0xff, 0x01, (byte) 0x80, '\r', '\n', 0x00};
        try (StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE)) {
            RedisCommands<byte[], byte[]> redis = connection.sync();
            assertEquals("OK", redis.set(key, value));
            assertArrayEquals(value, redis.get(key));
            byte[] hash = concat(key, "h");
            redis.hset(hash, value, key);
            Map<byte[], byte[]> all = redis.hgetall(hash);
            assertEquals(1, all.size());
            assertArrayEquals(value, all.keySet().iterator().next());
            assertArrayEquals(key, all.values().iterator().next());
            byte[] list = concat(key, "l");
            redis.rpush(list, value, key);
            List<byte[]> range = redis.lrange(list, 0, -1);
            assertArrayEquals(value, range.get(0));
            assertArrayEquals(key, range.get(1));
            byte[] set = concat(key, "s");
            redis.sadd(set, value, key, value);
            assertEquals(2, redis.scard(set));
            List<String> found = new ArrayList<>();
            ScanIterator.scan(redis, ScanArgs.Builder.matches(concat(key, "*")).limit(100))
                    .forEachRemaining(k -> found.add(Arrays.toString(k)));
            found.sort(null);
            List<String> expected = new ArrayList<>(List.of(Arrays.toString(key), Arrays.toString(hash),
                    Arrays.toString(list), Arrays.toString(set)));
            expected.sort(null);
            assertEquals(expected, found);
            assertEquals(4, redis.del(key, hash, list, set));
        }
    }

    private static byte[] concat(byte[] head, String tail) {
        byte[] t = tail.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + t.length);
        System.arraycopy(t, 0, all, head.length, t.length);
        return all;
    }

    /** Everything a pub/sub listener is told, one line each, in order. */
    private static final class Recorder extends RedisPubSubAdapter<String, String> {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void message(String channel, String message) {
            events.add("message " + channel + " " + message);
        }

        @Override
        public void message(String pattern, String channel, String message) {
            events.add("pmessage " + pattern + " " + channel + " " + message);
        }

        @Override
        public void subscribed(String channel, long count) {
            events.add("subscribed " + channel + " " + count);
        }

        @Override
        public void psubscribed(String pattern, long count) {
            events.add("psubscribed " + pattern + " " + count);
        }

        @Override
        public void unsubscribed(String channel, long count) {
            events.add("unsubscribed " + channel + " " + count);
        }

        @Override
        public void punsubscribed(String pattern, long count) {
            events.add("punsubscribed " + pattern + " " + count);
        }

        String next() throws InterruptedException {
            String event = events.poll(5, TimeUnit.SECONDS);
            assertTrue(event != null, "no pub/sub event within 5 seconds");
            return event;
        }
    }

    @Test
    void aPubSubListenerReceivesWhatAnotherConnectionPublishes() throws Exception {
        Recorder recorder = new Recorder();
        try (StatefulRedisPubSubConnection<String, String> subscriber = client.connectPubSub();
                StatefulRedisConnection<String, String> publisher = client.connect()) {
            subscriber.addListener(recorder);
            subscriber.sync().subscribe("lettuce:news");
            assertEquals("subscribed lettuce:news 1", recorder.next());
            subscriber.sync().psubscribe("lettuce:n*");
            assertEquals("psubscribed lettuce:n* 2", recorder.next());

            assertEquals(2, publisher.sync().publish("lettuce:news", "hello"));
            Set<String> both = Set.of(recorder.next(), recorder.next());
            assertEquals(Set.of("message lettuce:news hello", "pmessage lettuce:n* lettuce:news hello"), both);
            assertEquals(1, publisher.sync().publish("lettuce:nothing-else", "x"));
            assertEquals("pmessage lettuce:n* lettuce:nothing-else x", recorder.next());
            assertEquals(0, publisher.sync().publish("other", "unheard"));

            subscriber.sync().unsubscribe("lettuce:news");
            assertEquals("unsubscribed lettuce:news 1", recorder.next());
            assertEquals(1, publisher.sync().publish("lettuce:news", "pattern only"));
            assertEquals("pmessage lettuce:n* lettuce:news pattern only", recorder.next());
            subscriber.sync().punsubscribe("lettuce:n*");
            assertEquals("punsubscribed lettuce:n* 0", recorder.next());
            assertEquals(0, publisher.sync().publish("lettuce:news", "nobody"));
            assertEquals("PONG", subscriber.sync().ping(), "the connection is usable after unsubscribing");
            assertNull(recorder.events.poll(100, TimeUnit.MILLISECONDS));
        }
    }

    /**
     * A key with a short time to live that nobody reads: only the server's active expiry cycle can
     * delete it, and the "expired" keyspace event says it did.
     */
    @Test
    void anExpiredKeyspaceEventComesFromTheActiveExpiryCycle() throws Exception {
        Recorder recorder = new Recorder();
        try (StatefulRedisPubSubConnection<String, String> subscriber = client.connectPubSub();
                StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            String before = redis.configGet("notify-keyspace-events").get("notify-keyspace-events");
            assertEquals("OK", redis.configSet("notify-keyspace-events", "Ex"));
            try {
                subscriber.addListener(recorder);
                subscriber.sync().subscribe("__keyevent@0__:expired");
                assertEquals("subscribed __keyevent@0__:expired 1", recorder.next());
                long expiredBefore = expiredKeys(redis);
                assertEquals("OK", redis.set("lettuce:short-lived", "v", SetArgs.Builder.px(100)));
                long start = System.nanoTime();
                String event;
                do {
                    event = recorder.events.poll(5, TimeUnit.SECONDS);
                } while (event != null && !event.endsWith(" lettuce:short-lived")
                        && System.nanoTime() - start < 5_000_000_000L);
                assertEquals("message __keyevent@0__:expired lettuce:short-lived", event,
                        "the active expiry cycle should have deleted the key within 5 seconds");
                assertTrue(expiredKeys(redis) > expiredBefore, "INFO stats counts the expired key");
                assertEquals(0, redis.exists("lettuce:short-lived"));
            } finally {
                redis.configSet("notify-keyspace-events", before);
            }
        }
    }

    private static long expiredKeys(RedisCommands<String, String> redis) {
        for (String line : redis.info("stats").split("\r\n")) {
            if (line.startsWith("expired_keys:")) {
                return Long.parseLong(line.substring("expired_keys:".length()));
            }
        }
        throw new AssertionError("INFO stats has no expired_keys");
    }
}
