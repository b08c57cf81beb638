package io.hexaredis.features.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * redis-benchmark, pipelining 16 requests per write over 50 connections: a short run of its tests
 * of every data type must complete each one without an error reply (redis-benchmark prints "Error
 * from server" for one). It is how the server's speed is measured against Redis (see shared/bench),
 * so it has to work first.
 */
class RedisBenchmarkInteropTest {

    private static final ExternalTool BENCHMARK = ExternalTool.find("redis-benchmark");

    /** The tests redis-benchmark runs for {@code -t}, with the names it prints for them. */
    private static final String TESTS = "ping,set,get,incr,lpush,rpush,lpop,rpop,sadd,hset,spop,zadd,mset";
    private static final String[] NAMES = {"PING_INLINE", "PING_MBULK", "SET", "GET", "INCR", "LPUSH", "RPUSH",
        "LPOP", "RPOP", "SADD", "HSET", "SPOP", "ZADD", "MSET (10 keys)"};

    @Test
    void aPipelinedRunOfEveryDataTypeCompletesWithoutErrors() {
        Assumptions.assumeTrue(BENCHMARK.installed(), BENCHMARK.missingReason());
        try (InteropServer server = InteropServer.start()) {
            ExternalTool.Result result = BENCHMARK.run(null, "-h", InteropServer.HOST, "-p", Integer.toString(server.port()),
                    "-q", "-n", "2000", "-P", "16", "-t", TESTS);
            String output = result.stdout() + result.stderr();
            assertEquals(0, result.exitCode(), output);
            assertFalse(output.contains("Error from server"), output);
            assertFalse(output.contains("ERR"), output);
            for (String test : NAMES) {
                assertTrue(Pattern.compile("(?m)^" + Pattern.quote(test) + ": [0-9.]+ requests per second")
                                .matcher(output.replace('\r', '\n')).find(),
                        test + " did not finish:\n" + output);
            }
        }
    }
}
