package io.hexaredis.features.steps;

import io.hexaredis.bootstrap.RedisServer;
import io.hexaredis.bootstrap.ServerComponent;
import io.hexaredis.bootstrap.ServerConfig;
import io.hexaredis.features.support.ControllableClock;
import io.hexaredis.features.support.RespTestClient;
import io.hexaredis.features.support.RespValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one scenario: a real server, started from bootstrap on an ephemeral port with its
 * own directory and a controllable clock, and the named clients connected to it.
 *
 * <p>Step classes share it through {@link #current()}: Cucumber runs the scenarios of this module
 * one after another, and the hooks in {@link Hooks} create and discard a world per scenario.
 */
public final class World {

    private static World current;

    private final ControllableClock clock = new ControllableClock();
    private final Path dir;
    private final List<String> extraArgs = new ArrayList<>();
    private final Map<String, RespTestClient> clients = new LinkedHashMap<>();
    private RedisServer server;
    private final List<RedisServer> replicas = new ArrayList<>();
    private RespValue lastReply;
    private Path configFile;

    private World() {
        try {
            dir = Files.createTempDirectory("hexaredis-feature");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static World current() {
        if (current == null) {
            current = new World();
        }
        return current;
    }

    static void discard() {
        if (current != null) {
            current.stop();
            current = null;
        }
    }

    public ControllableClock clock() {
        return clock;
    }

    public Path dir() {
        return dir;
    }

    /** Configuration arguments for the server, in redis-server's {@code --name value} form. */
    public void configure(List<String> args) {
        if (server != null) {
            throw new IllegalStateException("configure the server before the first client connects");
        }
        extraArgs.addAll(args);
    }

    /**
     * Starts the server from a redis.conf with {@code content} (in the scenario's directory),
     * followed by the usual arguments, as {@code redis-server redis.conf --port ...} does.
     */
    public void useConfigFile(String content) {
        if (server != null) {
            throw new IllegalStateException("configure the server before the first client connects");
        }
        configFile = dir.resolve("redis.conf");
        try {
            Files.writeString(configFile, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The config file the server was started with, or null. */
    public Path configFile() {
        return configFile;
    }

    /** The running server, started on first use. */
    public RedisServer server() {
        if (server == null) {
            start();
        }
        return server;
    }

    public void start() {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--save", ""));
        args.addAll(extraArgs);
        if (configFile != null) {
            args.add(0, configFile.toString());
        }
        try {
            server = ServerComponent.build(ServerConfig.fromArgs(args.toArray(new String[0])), clock).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (keeping its directory) and forgets the clients; for restart scenarios. */
    public void stopServer() {
        closeClients();
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /**
     * Starts another server on the same clock, in a directory of its own, following this one
     * (replication scenarios); it stops with the scenario.
     */
    public RedisServer startReplica() {
        try {
            Path replicaDir = Files.createDirectories(dir.resolve("replica" + replicas.size()));
            List<String> args = List.of("--port", "0", "--bind", "127.0.0.1", "--dir", replicaDir.toString(), "--save", "",
                    "--replicaof", "127.0.0.1 " + server().port());
            RedisServer replica = ServerComponent.build(ServerConfig.fromArgs(args.toArray(new String[0])), clock).start();
            replicas.add(replica);
            return replica;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connects client {@code name} to the server listening on {@code port} (a replica). */
    public RespTestClient connect(String name, int port) {
        try {
            RespTestClient client = new RespTestClient(port);
            clients.put(name, client);
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client called {@code name}, connecting it on first use ("the client" is "default"). */
    public RespTestClient client(String name) {
        return clients.computeIfAbsent(name, n -> {
            try {
                return new RespTestClient(server().port());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Closes the connection of client {@code name} and waits until the server has seen it go, so
     * that what the scenario does next happens after the disconnection.
     */
    public void disconnect(String name) throws IOException, InterruptedException {
        RespTestClient client = clients.remove(name);
        if (client == null) {
            return;
        }
        int before = server().state().clients().size();
        client.close();
        long deadline = System.nanoTime() + RespTestClient.TIMEOUT_MILLIS * 1_000_000L;
        while (server().state().clients().size() >= before && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    public RespValue lastReply() {
        return lastReply;
    }

    public void setLastReply(RespValue reply) {
        this.lastReply = reply;
    }

    private void closeClients() {
        for (RespTestClient c : clients.values()) {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        clients.clear();
    }

    private void stop() {
        closeClients();
        for (RedisServer replica : replicas) {
            replica.close();
        }
        replicas.clear();
        stopServer();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
