package io.hexaredis.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.features.support.RespTestClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What survives kill -9: the server runs as its own process (the jar the reactor built), is killed
 * without warning in the middle of its work, and started again on the same directory.
 *
 * <ul>
 *   <li>With appendfsync always, every write the client saw acknowledged is there after the
 *       restart: the AOF is written and synced before the reply is sent.
 *   <li>A save that is killed half-way leaves the previous RDB file exactly as it was.
 * </ul>
 */
class CrashRecoveryTest {

    private static final Path JAR = Path.of("..", "bootstrap", "target", "hexaredis.jar").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void needsTheJar() {
        Assumptions.assumeTrue(Files.isRegularFile(JAR),
                "bootstrap/target/hexaredis.jar not built (run the reactor's package phase): crash tests not run");
    }

    @org.junit.jupiter.api.AfterEach
    void killLeftovers() {
        for (Process p : started) {
            p.destroyForcibly();
        }
    }

    private record Server(Process process, int port) {}

    private Server start(String... args) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", JAR.toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--dir", dir.toString(), "--save", ""));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile())).start();
        started.add(p);
        for (int i = 0; i < 300; i++) {
            try (RespTestClient c = new RespTestClient(port)) {
                if (c.run("PING").render().equals("PONG")) {
                    return new Server(p, port);
                }
            } catch (IOException notYet) {
                if (!p.isAlive()) {
                    throw new IOException("server exited:\n" + Files.readString(dir.resolve("server.log")));
                }
                Thread.sleep(50);
            }
        }
        throw new IOException("server did not start:\n" + Files.readString(dir.resolve("server.log")));
    }

    private static void kill9(Server s) throws InterruptedException {
        s.process().destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        assertTrue(s.process().waitFor(10, TimeUnit.SECONDS));
    }

    @Test
    void everyAcknowledgedWriteSurvivesKill9WithAppendfsyncAlways() throws Exception {
        Server server = start("--appendonly", "yes", "--appendfsync", "always");
        int[] acknowledged = {0};
        Thread load = new Thread(() -> {
            try (RespTestClient c = new RespTestClient(server.port())) {
                for (int i = 0; ; i++) {
                    if (!c.call("SET".getBytes(StandardCharsets.US_ASCII), ("key:" + i).getBytes(StandardCharsets.US_ASCII),
                            ("value:" + i).getBytes(StandardCharsets.US_ASCII)).render().equals("OK")) {
                        return;
                    }
                    acknowledged[0] = i + 1;
                }
            } catch (IOException | RuntimeException killed) {
                // the server died under us: what was acknowledged before is what counts
            }
        });
        load.start();
        Thread.sleep(1500);
        kill9(server);
        load.join();
        int acked = acknowledged[0];
        assertTrue(acked > 50, "the load ran (" + acked + " writes acknowledged)");

        Server again = start("--appendonly", "yes", "--appendfsync", "always");
        try (RespTestClient c = new RespTestClient(again.port())) {
            for (int i = 0; i < acked; i++) {
                assertEquals("\"value:" + i + "\"", c.run("GET key:" + i).render(), "acknowledged write " + i);
            }
        }
        kill9(again);
    }

    @Test
    void aSaveKilledHalfWayLeavesThePreviousRdbIntact() throws Exception {
        Server server = start("--rdb-key-save-delay", "2000");
        byte[] previous;
        try (RespTestClient c = new RespTestClient(server.port())) {
            assertEquals("OK", c.run("SET old value").render());
            assertEquals("OK", c.run("SAVE").render());
            previous = Files.readAllBytes(dir.resolve("dump.rdb"));
            for (int i = 0; i < 2000; i++) {
                c.send("SET".getBytes(StandardCharsets.US_ASCII), ("key:" + i).getBytes(StandardCharsets.US_ASCII),
                        "x".repeat(100).getBytes(StandardCharsets.US_ASCII));
            }
            for (int i = 0; i < 2000; i++) {
                c.read();
            }
            assertEquals("Background saving started", c.run("BGSAVE").render());
        }
        Thread.sleep(500); // the save writes one key every 2 ms: it is a quarter done
        assertTrue(Files.list(dir).anyMatch(p -> p.getFileName().toString().startsWith("temp-")),
                "the save is writing its temporary file");
        kill9(server);
        assertArrayEquals(previous, Files.readAllBytes(dir.resolve("dump.rdb")), "the old snapshot is untouched");

        Server again = start();
        try (RespTestClient c = new RespTestClient(again.port())) {
            assertEquals("\"value\"", c.run("GET old").render());
            assertEquals("(nil)", c.run("GET key:0").render());
        }
        kill9(again);
    }
}
