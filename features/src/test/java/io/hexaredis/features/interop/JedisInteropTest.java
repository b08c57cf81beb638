package io.hexaredis.features.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.Response;
import redis.clients.jedis.Transaction;
import redis.clients.jedis.commands.JedisBinaryCommands;
import redis.clients.jedis.commands.JedisCommands;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.ClientKillParams;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.Tuple;
import redis.clients.jedis.util.KeyValue;

/**
 * Jedis 8: the plain {@code new Jedis(host, port)} connection, which sends no handshake and speaks
 * RESP2; a RESP3 connection (HELLO 3 first); a JedisPool shared by threads; and Jedis 8's pooled
 * {@code RedisClient}, which sends HELLO 3 and CLIENT SETINFO on each new connection (Redis 7.0 does
 * not know CLIENT SETINFO; Jedis ignores that error).
 *
 * <p>The data type tests run the same work three ways: on a plain connection, on one borrowed from
 * a JedisPool (both RESP2), and through the pooled RedisClient (RESP3, where HGETALL is a map and
 * SMEMBERS a set on the wire). Each way uses keys of its own, so the ways never see each other's.
 */
class JedisInteropTest {

    private static InteropServer server;
    private static JedisPool pool;
    private static redis.clients.jedis.RedisClient redisClient;

    @BeforeAll
    static void start() {
        server = InteropServer.start();
        pool = new JedisPool(InteropServer.HOST, server.port());
        redisClient = redis.clients.jedis.RedisClient.create(InteropServer.HOST, server.port());
    }

    @AfterAll
    static void stop() {
        if (redisClient != null) {
            redisClient.close();
        }
        if (pool != null) {
            pool.close();
        }
        server.close();
    }

    /** One way of talking to the server, seen through the interfaces Jedis and RedisClient share. */
    private record Client(String prefix, JedisCommands text, JedisBinaryCommands binary, AutoCloseable closer)
            implements AutoCloseable {

        String key(String name) {
            return prefix + ":" + name;
        }

        @Override
        public void close() throws Exception {
            closer.close();
        }
    }

    private static Client open(String how) {
        switch (how) {
            case "plain" -> {
                Jedis jedis = new Jedis(InteropServer.HOST, server.port());
                return new Client(how, jedis, jedis, jedis);
            }
            case "pooled" -> {
                Jedis jedis = pool.getResource(); // close() gives it back to the pool
                return new Client(how, jedis, jedis, jedis);
            }
            case "RedisClient" -> {
                return new Client(how, redisClient, redisClient, () -> {});
            }
            default -> throw new IllegalArgumentException(how);
        }
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "pooled", "RedisClient"})
    void stringsCountAppendSliceAndExpire(String how) throws Exception {
        try (Client c = open(how)) {
            JedisCommands redis = c.text();
            String counter = c.key("counter");
            String text = c.key("text");
            assertEquals(1, redis.incr(counter));
            assertEquals(11, redis.incrBy(counter, 10));
            assertEquals(10, redis.decr(counter));
            assertEquals(10.5, redis.incrByFloat(counter, 0.5));
            assertEquals("10.5", redis.get(counter));
            assertThrows(JedisDataException.class, () -> redis.incr(counter), "10.5 is not an integer");

            assertEquals("OK", redis.mset(c.key("a"), "1", c.key("b"), "2"));
            assertEquals(Arrays.asList("1", "2", null), redis.mget(c.key("a"), c.key("b"), c.key("none")));
            assertEquals(5, redis.append(text, "Hello"));
            assertEquals(11, redis.append(text, " World"));
            assertEquals("World", redis.getrange(text, 6, -1));
            assertEquals(11, redis.setrange(text, 6, "Redis"));
            assertEquals("Hello Redis", redis.get(text));
            assertEquals(11, redis.strlen(text));

            assertEquals(-1, redis.ttl(text));
            assertEquals(1, redis.expire(text, 100));
            long ttl = redis.ttl(text);
            assertTrue(ttl > 95 && ttl <= 100, "ttl " + ttl);
            assertTrue(redis.pttl(text) > 95_000);
            assertEquals(1, redis.persist(text));
            assertEquals(-1, redis.ttl(text));
            assertEquals(-2, redis.ttl(c.key("none")));
            assertEquals("OK", redis.set(text, "short-lived", SetParams.setParams().px(100_000)));
            assertTrue(redis.ttl(text) > 95);
            assertNull(redis.set(text, "ignored", SetParams.setParams().nx()));
            assertEquals("short-lived", redis.getDel(text));
            assertFalse(redis.exists(text));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "pooled", "RedisClient"})
    void scanVisitsEveryKeyAndKeysCanBeTypedAndRenamed(String how) throws Exception {
        try (Client c = open(how)) {
            JedisCommands redis = c.text();
            Set<String> written = new TreeSet<>();
            for (int i = 0; i < 300; i++) {
                written.add(c.key("scan:" + i));
                redis.set(c.key("scan:" + i), Integer.toString(i));
            }
            redis.set(c.key("other"), "not matched");
            Set<String> seen = new TreeSet<>();
            ScanParams params = new ScanParams().match(c.key("scan:*")).count(25);
            String cursor = ScanParams.SCAN_POINTER_START;
            int calls = 0;
            do {
                ScanResult<String> page = redis.scan(cursor, params);
                seen.addAll(page.getResult());
                cursor = page.getCursor();
                calls++;
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
            assertEquals(written, seen);
            assertTrue(calls > 1, "a COUNT of 25 takes several calls for 300 keys");

            redis.rpush(c.key("list"), "x");
            redis.hset(c.key("hash"), "f", "v");
            redis.sadd(c.key("set"), "m");
            redis.zadd(c.key("zset"), 1, "m");
            assertEquals("string", redis.type(c.key("scan:0")));
            assertEquals("list", redis.type(c.key("list")));
            assertEquals("hash", redis.type(c.key("hash")));
            assertEquals("set", redis.type(c.key("set")));
            assertEquals("zset", redis.type(c.key("zset")));
            assertEquals("none", redis.type(c.key("none")));
            assertEquals("OK", redis.rename(c.key("scan:0"), c.key("renamed")));
            assertEquals("0", redis.get(c.key("renamed")));
            assertFalse(redis.exists(c.key("scan:0")));
            JedisDataException e = assertThrows(JedisDataException.class, () -> redis.rename(c.key("none"), c.key("x")));
            assertEquals("ERR no such key", e.getMessage());
            assertEquals(299, redis.del(written.toArray(new String[0])));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "pooled", "RedisClient"})
    void hashesComeBackAsMaps(String how) throws Exception {
        try (Client c = open(how)) {
            JedisCommands redis = c.text();
            String user = c.key("user");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", "Ada");
            fields.put("lang", "en");
            fields.put("visits", "1");
            assertEquals(3, redis.hset(user, fields));
            assertEquals(fields, redis.hgetAll(user));
            assertEquals(4, redis.hincrBy(user, "visits", 3));
            assertEquals("Ada", redis.hget(user, "name"));
            assertEquals(Arrays.asList("Ada", null), redis.hmget(user, "name", "none"));
            assertTrue(redis.hexists(user, "lang"));
            assertEquals(1, redis.hdel(user, "lang", "none"));
            assertEquals(Set.of("name", "visits"), redis.hkeys(user));
            assertEquals(2, redis.hlen(user));
            assertEquals(Map.of(), redis.hgetAll(c.key("none")));
            redis.set(c.key("string"), "v");
            JedisDataException e = assertThrows(JedisDataException.class, () -> redis.hgetAll(c.key("string")));
            assertEquals("WRONGTYPE Operation against a key holding the wrong kind of value", e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "pooled", "RedisClient"})
    void listsRangeAndBlockingPopsWaitForAPushOrTheirTimeout(String how) throws Exception {
        try (Client c = open(how)) {
            JedisCommands redis = c.text();
            String queue = c.key("queue");
            assertEquals(3, redis.rpush(queue, "a", "b", "c"));
            assertEquals(4, redis.lpush(queue, "z"));
            assertEquals(List.of("z", "a", "b", "c"), redis.lrange(queue, 0, -1));
            assertEquals(List.of("a", "b"), redis.lrange(queue, 1, 2));
            assertEquals("z", redis.lpop(queue));
            assertEquals("c", redis.rpop(queue));
            assertEquals(2, redis.llen(queue));
            assertEquals(new KeyValue<>(queue, "a"), redis.blpop(1.0, queue));

            long start = System.nanoTime();
            assertNull(redis.blpop(0.2, c.key("empty")), "nothing to pop: the timeout answers nil");
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waitedMillis >= 150 && waitedMillis < 2000, "waited " + waitedMillis + " ms");

            String jobs = c.key("jobs");
            CompletableFuture<Long> pusher = CompletableFuture.supplyAsync(() -> {
                try (Jedis other = new Jedis(InteropServer.HOST, server.port())) {
                    Thread.sleep(200);
                    return other.rpush(jobs, "job-1");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(List.of(jobs, "job-1"), redis.blpop(5, jobs), "served by the push of another client");
            assertEquals(1, pusher.get(5, TimeUnit.SECONDS));
            assertFalse(redis.exists(jobs), "the list the pop emptied is gone");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "pooled", "RedisClient"})
    void setsIntersectAndUnite(String how) throws Exception {
        try (Client c = open(how)) {
            JedisCommands redis = c.text();
            String a = c.key("set:a");
            String b = c.key("set:b");
            assertEquals(4, redis.sadd(a, "1", "2", "3", "4"));
            assertEquals(0, redis.sadd(a, "1"));
            assertEquals(3, redis.sadd(b, "3", "4", "5"));
            assertEquals(Set.of("1", "2", "3", "4"), redis.smembers(a));
            assertEquals(Set.of("3", "4"), redis.sinter(a, b));
            assertEquals(Set.of("1", "2", "3", "4", "5"), redis.sunion(a, b));
            assertEquals(Set.of("1", "2"), redis.sdiff(a, b));
            assertTrue(redis.sismember(a, "2"));
            assertEquals(1, redis.srem(a, "2"));
            assertEquals(3, redis.scard(a));
            assertEquals(2, redis.sinterstore(c.key("set:both"), a, b));
            assertEquals(Set.of("3", "4"), redis.smembers(c.key("set:both")));
            assertEquals(Set.of(), redis.smembers(c.key("none")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "pooled", "RedisClient"})
    void sortedSetsRankScoreAndPop(String how) throws Exception {
        try (Client c = open(how)) {
            JedisCommands redis = c.text();
            String board = c.key("board");
            Map<String, Double> scores = new LinkedHashMap<>();
            scores.put("ada", 3.0);
            scores.put("bob", 1.5);
            scores.put("cy", 2.0);
            assertEquals(3, redis.zadd(board, scores));
            assertEquals(0, redis.zadd(board, 1.5, "bob"));
            assertEquals(List.of("bob", "cy", "ada"), redis.zrange(board, 0, -1));
            assertEquals(List.of("ada", "cy"), redis.zrevrange(board, 0, 1));
            assertEquals(List.of(new Tuple("bob", 1.5), new Tuple("cy", 2.0), new Tuple("ada", 3.0)),
                    redis.zrangeWithScores(board, 0, -1));
            assertEquals(2.0, redis.zscore(board, "cy"));
            assertNull(redis.zscore(board, "nobody"));
            assertEquals(4.25, redis.zincrby(board, 2.25, "cy"));
            assertEquals(2L, redis.zrank(board, "cy"));
            assertEquals(List.of("bob", "ada"), redis.zrangeByScore(board, 1, 3));
            assertEquals(2, redis.zcount(board, "(1.5", "+inf"));
            assertEquals(new Tuple("bob", 1.5), redis.zpopmin(board));
            assertEquals(2, redis.zcard(board));
            redis.zadd(c.key("other"), 10, "ada");
            assertEquals(2, redis.zunionstore(c.key("union"), board, c.key("other")));
            assertEquals(13.0, redis.zscore(c.key("union"), "ada"));
            assertEquals(1, redis.zrem(board, "ada", "nobody"));
            assertEquals(List.of(new Tuple("cy", 4.25)), redis.zrangeWithScores(board, 0, -1));
        }
    }

    /** Bytes that are not text: a NUL, 0xFF and an invalid UTF-8 sequence, in keys and values alike. */
    private static byte[] binary(String prefix, int variant) {
        byte[] head = prefix.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + 5);
        all[head.length] = 0x00;
        all[head.length + 1] = (byte) 0xff;
        all[head.length + 2] = (byte) 0xc3; // a UTF-8 lead byte with no continuation
        all[head.length + 3] = '\n';
        all[head.length + 4] = (byte) variant;
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "pooled", "RedisClient"})
    void keysAndValuesAreBinarySafe(String how) throws Exception {
        try (Client c = open(how)) {
            JedisBinaryCommands redis = c.binary();
            byte[] key = binary(c.key("bin"), 1);
            byte[] value = binary("value", 2);
            assertEquals("OK", redis.set(key, value));
            assertArrayEquals(value, redis.get(key));
            assertEquals(value.length * 2L, redis.append(key, value));
            assertArrayEquals(Arrays.copyOfRange(value, 5, 10), redis.getrange(key, 5, 9));

            byte[] hash = binary(c.key("binhash"), 3);
            byte[] field = binary("field", 0xfe);
            assertEquals(1, redis.hset(hash, field, value));
            Map<byte[], byte[]> all = redis.hgetAll(hash);
            assertEquals(1, all.size());
            Map.Entry<byte[], byte[]> entry = all.entrySet().iterator().next();
            assertArrayEquals(field, entry.getKey());
            assertArrayEquals(value, entry.getValue());

            byte[] list = binary(c.key("binlist"), 4);
            redis.rpush(list, value, field);
            List<byte[]> range = redis.lrange(list, 0, -1);
            assertArrayEquals(value, range.get(0));
            assertArrayEquals(field, range.get(1));

            byte[] set = binary(c.key("binset"), 5);
            redis.sadd(set, value, field, value);
            assertEquals(2, redis.scard(set));
            assertTrue(redis.sismember(set, field));

            ScanParams params = new ScanParams().match(binary(c.key("bin"), '*')).count(1000);
            Set<String> found = new HashSet<>();
            byte[] cursor = ScanParams.SCAN_POINTER_START_BINARY;
            do {
                ScanResult<byte[]> page = redis.scan(cursor, params);
                page.getResult().forEach(k -> found.add(Arrays.toString(k)));
                cursor = page.getCursorAsBytes();
            } while (!Arrays.equals(cursor, ScanParams.SCAN_POINTER_START_BINARY));
            assertEquals(Set.of(Arrays.toString(key)), found, "the pattern matches the binary key byte for byte");
            assertEquals("string", redis.type(key));
            assertEquals(4, redis.del(key, hash, list, set));
        }
    }

    @Test
    void aTransactionRunsQueuedCommandsTogether() {
        try (Jedis jedis = pool.getResource()) {
            Transaction t = jedis.multi();
            Response<String> set = t.set("tx:counter", "1");
            Response<Long> incr = t.incr("tx:counter");
            Response<Long> push = t.rpush("tx:list", "a", "b");
            Response<String> get = t.get("tx:counter");
            List<Object> replies = t.exec();
            assertEquals(List.of("OK", 2L, 2L, "2"), replies);
            assertEquals("OK", set.get());
            assertEquals(2L, incr.get());
            assertEquals(2L, push.get());
            assertEquals("2", get.get());
        }
    }

    @Test
    void aFailingCommandInsideATransactionDoesNotStopTheOthers() {
        try (Jedis jedis = new Jedis(InteropServer.HOST, server.port())) {
            jedis.set("tx:word", "hello");
            Transaction t = jedis.multi();
            t.incr("tx:word");
            t.append("tx:word", "!");
            List<Object> replies = t.exec();
            assertInstanceOf(JedisDataException.class, replies.get(0));
            assertEquals("ERR value is not an integer or out of range", ((JedisDataException) replies.get(0)).getMessage());
            assertEquals(6L, replies.get(1));
            assertEquals("hello!", jedis.get("tx:word"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"RESP2", "RESP3"})
    void aWatchedKeyChangedByAnotherClientAbortsTheTransaction(String protocol) {
        DefaultJedisClientConfig config = DefaultJedisClientConfig.builder()
                .protocol(RedisProtocol.valueOf(protocol)).build();
        String key = "watched:" + protocol;
        try (Jedis jedis = new Jedis(InteropServer.HOST, server.port(), config);
                Jedis other = new Jedis(InteropServer.HOST, server.port())) {
            assertTrue(jedis.clientInfo().contains(" resp=" + protocol.charAt(4)));
            jedis.set(key, "1");
            assertEquals("OK", jedis.watch(key));
            other.set(key, "changed");
            Transaction t = jedis.multi();
            t.set(key, "mine");
            assertNull(t.exec(), "EXEC answers a null array, which Jedis reports as null");
            assertEquals("changed", jedis.get(key));

            assertEquals("OK", jedis.watch(key));
            Transaction untouched = jedis.multi();
            untouched.set(key, "mine");
            assertEquals(List.of("OK"), untouched.exec(), "nobody touched the key this time");
            assertEquals("mine", jedis.get(key));
        }
    }
}
