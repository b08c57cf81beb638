package io.hexaredis.features.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * redis-benchmark, pipelining 16 requests per write over 50 connections: a short run must complete
 * every test without an error reply. It is how the server's speed is measured against Redis (see
 * shared/bench), so it has to work first.
 */
class RedisBenchmarkInteropTest {

    private static final ExternalTool BENCHMARK = ExternalTool.find("redis-benchmark");

    @Test
    void aPipelinedRunCompletesWithoutErrors() {
        Assumptions.assumeTrue(BENCHMARK.installed(), BENCHMARK.missingReason());
        try (InteropServer server = InteropServer.start()) {
            ExternalTool.Result result = BENCHMARK.run(null, "-h", InteropServer.HOST, "-p", Integer.toString(server.port()),
                    "-q", "-n", "2000", "-P", "16", "-t", "ping,set,get");
            String output = result.stdout() + result.stderr();
            assertEquals(0, result.exitCode(), output);
            assertFalse(output.contains("Error from server"), output);
            for (String test : new String[] {"PING_INLINE", "PING_MBULK", "SET", "GET"}) {
                assertTrue(Pattern.compile("(?m)^" + test + ": [0-9.]+ requests per second").matcher(output.replace('\r', '\n')).find(),
                        test + " did not finish:\n" + output);
            }
        }
    }
}
