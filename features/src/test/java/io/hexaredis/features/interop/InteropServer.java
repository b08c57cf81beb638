package io.hexaredis.features.interop;

import io.hexaredis.bootstrap.RedisServer;
import io.hexaredis.bootstrap.ServerComponent;
import io.hexaredis.bootstrap.ServerConfig;
import io.hexaredis.domain.time.SystemClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The server an interoperability test talks to: a real hexaredis started from bootstrap on an
 * ephemeral port, in its own directory, on the system clock (real clients measure real time).
 *
 * <p>Run with {@code -Dinterop.port=6379} to point the same tests at another server, such as a real
 * redis-server 7.0: the way to check that a test expects what Redis does.
 */
final class InteropServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    private final RedisServer server;
    private final Path dir;
    private final int port;

    private InteropServer(RedisServer server, Path dir, int port) {
        this.server = server;
        this.dir = dir;
        this.port = port;
    }

    /** Starts a server with {@code args} added to its command line (redis-server's {@code --name value}). */
    static InteropServer start(String... args) {
        String external = System.getProperty("interop.port");
        if (external != null) {
            return new InteropServer(null, null, Integer.parseInt(external));
        }
        try {
            Path dir = Files.createTempDirectory("hexaredis-interop");
            List<String> all = new ArrayList<>(List.of("--port", "0", "--bind", HOST, "--dir", dir.toString(), "--save", ""));
            all.addAll(List.of(args));
            RedisServer server = ServerComponent.build(ServerConfig.fromArgs(all.toArray(new String[0])), new SystemClock()).start();
            return new InteropServer(server, dir, server.port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the tests run against another server ({@code -Dinterop.port}): it cannot be configured. */
    static boolean isExternal() {
        return System.getProperty("interop.port") != null;
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
