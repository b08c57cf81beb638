package io.hexaredis.features.steps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.hexaredis.bootstrap.RedisServer;
import io.hexaredis.features.support.RespTestClient;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Steps about replication: a second server following the scenario's server, reached by the client
 * named "replica", and waiting (not sleeping) for the replica to have applied everything.
 */
public class ReplicationSteps {

    private static final String REPLICA = "replica";

    /** {@code Given a replica of the server}: synchronized, its link up, its client "replica" connected. */
    @Given("a replica of the server")
    public void aReplicaOfTheServer() throws IOException {
        World world = World.current();
        RedisServer replica = world.startReplica();
        RespTestClient client = world.connect(REPLICA, replica.port());
        await(() -> info(client).contains("master_link_status:up"), () -> "the replica never synchronized: " + info(client));
    }

    /** {@code When the replica has caught up}: it applied the master's whole stream so far. */
    @When("the replica has caught up")
    public void theReplicaHasCaughtUp() {
        World world = World.current();
        RespTestClient replica = world.client(REPLICA);
        RespTestClient master = world.client("replication-observer");
        await(() -> field(info(replica), "slave_repl_offset") == field(info(master), "master_repl_offset")
                        && info(replica).contains("master_link_status:up"),
                () -> "the replica is behind: " + info(replica) + "\nmaster: " + info(master));
    }

    private static String info(RespTestClient client) {
        try {
            return new String(client.call("INFO".getBytes(), "replication".getBytes()).bytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long field(String info, String name) {
        for (String line : info.split("\r\n")) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1));
            }
        }
        return -1;
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> why) {
        long deadline = System.nanoTime() + RespTestClient.TIMEOUT_MILLIS * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                assertTrue(condition.getAsBoolean(), why.get());
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
