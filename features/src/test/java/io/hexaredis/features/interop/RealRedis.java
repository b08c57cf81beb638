package io.hexaredis.features.interop;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import redis.clients.jedis.Jedis;

/**
 * A real redis-server 7.0 run as a process on a free port, in a directory of its own, for the
 * interoperability tests that need the real thing on the other end (replication both ways). Tests
 * skip, saying so, where redis-server is not installed; CI installs the Debian package
 * redis-server.
 */
final class RealRedis implements AutoCloseable {

    static final ExternalTool SERVER = ExternalTool.find("redis-server");
    static final ExternalTool SENTINEL = ExternalTool.find("redis-sentinel");

    private final Process process;
    private final Path dir;
    private final int port;

    private RealRedis(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** Starts redis-server with {@code args} ({@code --name value} words) and waits until it answers PING. */
    static RealRedis start(String... args) {
        try {
            Path dir = Files.createTempDirectory("real-redis");
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(SERVER.path().toString(), "--port", Integer.toString(port),
                    "--bind", InteropServer.HOST, "--dir", dir.toString(), "--save", "", "--appendonly", "no",
                    "--logfile", dir.resolve("redis.log").toString()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout").toFile()).start();
            RealRedis redis = new RealRedis(process, dir, port);
            redis.awaitPing();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts redis-sentinel monitoring the master at {@code masterPort} as {@code name}, with a
     * quorum of 1 and short timeouts: down after 1 s, failover timeout 10 s.
     */
    static RealRedis sentinel(String name, int masterPort) {
        try {
            Path dir = Files.createTempDirectory("real-sentinel");
            int port = freePort();
            Path conf = dir.resolve("sentinel.conf");
            Files.writeString(conf, "port " + port + "\n"
                    + "bind " + InteropServer.HOST + "\n"
                    + "dir " + dir + "\n"
                    + "logfile " + dir.resolve("redis.log") + "\n"
                    + "sentinel monitor " + name + " " + InteropServer.HOST + " " + masterPort + " 1\n"
                    + "sentinel down-after-milliseconds " + name + " 1000\n"
                    + "sentinel failover-timeout " + name + " 10000\n"
                    + "sentinel parallel-syncs " + name + " 1\n");
            Process process = new ProcessBuilder(SENTINEL.path().toString(), conf.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout").toFile()).start();
            RealRedis sentinel = new RealRedis(process, dir, port);
            sentinel.awaitPing();
            return sentinel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitPing() {
        for (int i = 0; i < 200; i++) {
            try (Jedis j = client()) {
                if ("PONG".equals(j.ping())) {
                    return;
                }
            } catch (RuntimeException notYet) {
                sleep(25);
            }
        }
        throw new AssertionError("redis-server did not start on port " + port + ": " + log());
    }

    int port() {
        return port;
    }

    Jedis client() {
        return new Jedis(InteropServer.HOST, port, 5000);
    }

    /** Its log, for assertion messages. */
    String log() {
        try {
            File log = dir.resolve("redis.log").toFile();
            return log.exists() ? Files.readString(log.toPath()) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
