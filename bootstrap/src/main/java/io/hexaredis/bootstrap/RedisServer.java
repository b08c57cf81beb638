package io.hexaredis.bootstrap;

import io.hexaredis.adapter.resp.nio.EventLoop;
import io.hexaredis.application.dispatch.CommandDispatcher;
import io.hexaredis.application.dispatch.ReplayClient;
import io.hexaredis.application.persistence.Persistence;
import io.hexaredis.application.replication.MasterConnector;
import io.hexaredis.application.replication.Replication;
import io.hexaredis.application.server.ServerState;
import java.io.IOException;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running server: binds the listening socket, starts the event-loop thread, and stops it.
 * Redis: the start-up half of main() in server.c (initServer, initListeners, aeMain).
 */
@Singleton
public final class RedisServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisServer.class);

    private final ServerState state;
    private final EventLoop loop;
    private final Persistence persistence;
    private final CommandDispatcher dispatcher;
    private final Replication replication;
    private Thread thread;
    private boolean shutdownFinished;

    @Inject
    RedisServer(ServerState state, EventLoop loop, Persistence persistence, CommandDispatcher dispatcher,
            Replication replication, MasterConnector masterConnector) {
        this.state = state;
        this.loop = loop;
        this.persistence = persistence;
        this.dispatcher = dispatcher;
        this.replication = replication;
        replication.replica().setConnector(masterConnector);
        RedisRoleConverter.follow(replication::isReplica);
    }

    /** The data on disk could not be loaded: the server must not start. */
    public static final class LoadFailure extends IOException {
        LoadFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Loads the data from disk (the AOF, or the RDB file), then listens on the configured bind
     * addresses and port, and starts serving.
     *
     * @throws LoadFailure when a data file is damaged (nothing has been overwritten)
     */
    public RedisServer start() throws IOException {
        try {
            persistence.loadDataFromDisk(new ReplayClient(dispatcher, state.clock().millis()));
        } catch (IOException e) {
            throw new LoadFailure(e);
        }
        loop.listen(state.config().get("bind"), state.config().getInt("port"));
        thread = new Thread(loop, "hexaredis-main");
        String replicaOf = state.config().get("replicaof");
        if (!replicaOf.isEmpty()) {
            // replicaof in the config: follow that master as soon as the event loop runs.
            String[] hostPort = replicaOf.split(" ");
            loop.execute(() -> replication.replica().followAtStartup(hostPort[0], Integer.parseInt(hostPort[1])));
        }
        thread.start();
        LOG.info("Ready to accept connections tcp on port {}", state.boundPort());
        return this;
    }

    /** The TCP port the server listens on. */
    public int port() {
        return state.boundPort();
    }

    public ServerState state() {
        return state;
    }

    public EventLoop eventLoop() {
        return loop;
    }

    /** Waits until the event loop stops (SHUTDOWN, or {@link #close}). */
    public void awaitTermination() throws InterruptedException {
        loop.awaitStop();
        finishShutdown();
    }

    @Override
    public void close() {
        if (thread != null) { // a server whose start failed has no loop to stop
            loop.stop();
            try {
                loop.awaitStop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        finishShutdown();
    }

    /** Once the loop has stopped: flush the AOF, and save when save points are set (prepareForShutdown()). */
    private synchronized void finishShutdown() {
        if (shutdownFinished) {
            return;
        }
        shutdownFinished = true;
        replication.replica().shutdown();
        ServerState.ShutdownRequest request = state.shutdownRequest();
        persistence.prepareForShutdown(request != null && request.save(), request != null && request.noSave());
    }
}
