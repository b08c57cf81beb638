package io.hexaredis.adapter.resp.nio;

import io.hexaredis.adapter.resp.codec.RespDecoder;
import io.hexaredis.adapter.resp.codec.RespLimits;
import io.hexaredis.application.cron.ServerCron;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.application.dispatch.CommandDispatcher;
import io.hexaredis.application.server.ServerState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one thread: it accepts connections, reads requests, runs commands, writes replies
 * and runs the periodic cron, all without locks, because nothing else touches the keyspace.
 *
 * <p>Redis: ae.c and the parts of server.c that drive it (aeMain, beforeSleep, serverCron as a time
 * event). One iteration of {@link #run}:
 * <ol>
 *   <li>select, sleeping at most until the next cron tick (1000/hz ms);
 *   <li>file events: accept new clients, read and process the clients that sent something, resume
 *       writing to clients whose socket drained;
 *   <li>tasks handed over by other threads ({@link #execute}): background work reports back this
 *       way, and never touches the keyspace itself;
 *   <li>the cron, when its tick is due;
 *   <li>beforeSleep(): write the AOF buffer, then the replies produced in this iteration, one
 *       write per client.
 * </ol>
 */
public final class EventLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);

    private final ServerState server;
    private final CommandDispatcher dispatcher;
    private final ServerCron cron;
    private final RespLimits limits;
    private final Selector selector;
    private final List<ServerSocketChannel> listeners = new ArrayList<>();
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final List<Connection> pendingWrites = new ArrayList<>();
    private final List<Connection> unblocked = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Thread thread;
    private Connection current;
    private long nextCronNanos;

    public EventLoop(ServerState server, CommandDispatcher dispatcher, ServerCron cron, RespLimits limits) throws IOException {
        this.server = server;
        this.dispatcher = dispatcher;
        this.cron = cron;
        this.limits = limits;
        this.selector = Selector.open();
        server.config().onChange("proto-max-bulk-len", v -> limits.setMaxBulkLength(Long.parseLong(v)));
        limits.setQueryBufferLimit(server.config().getLong("client-query-buffer-limit"));
        server.config().onChange("client-query-buffer-limit", v -> limits.setQueryBufferLimit(Long.parseLong(v)));
    }

    /**
     * Listens on {@code port} at each address of {@code bind} (the bind setting: space-separated,
     * "*" for every IPv4 address, a leading "-" marks an address that may be missing). Port 0 asks
     * the system for a free port; {@link ServerState#boundPort()} then tells which.
     */
    public void listen(String bind, int port) throws IOException {
        List<InetSocketAddress> addresses = new ArrayList<>();
        boolean wildcard = false;
        for (String word : bind.trim().split("\\s+")) {
            String addr = word.startsWith("-") ? word.substring(1) : word;
            if (addr.equals("*") || addr.equals("::*") || addr.equals("0.0.0.0")) {
                wildcard = true;
            } else if (!addr.isEmpty()) {
                addresses.add(new InetSocketAddress(addr, port));
            }
        }
        if (wildcard) {
            addresses = List.of(new InetSocketAddress(port));
        }
        int bound = port;
        for (InetSocketAddress address : addresses) {
            ServerSocketChannel listener = ServerSocketChannel.open();
            listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            InetSocketAddress target = bound == port ? address : new InetSocketAddress(address.getAddress(), bound);
            listener.bind(target, server.config().getInt("tcp-backlog"));
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
            listeners.add(listener);
            bound = ((InetSocketAddress) listener.getLocalAddress()).getPort();
        }
        server.setBoundPort(bound);
    }

    public ServerState server() {
        return server;
    }

    CommandDispatcher dispatcher() {
        return dispatcher;
    }

    RespLimits limits() {
        return limits;
    }

    /** Runs {@code task} on the event-loop thread soon (the way back for background threads). */
    public void execute(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    /** Asks the loop to stop after the current iteration; returns at once. */
    public void stop() {
        running = false;
        selector.wakeup();
    }

    /** Waits until the loop has stopped and closed its sockets. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        nextCronNanos = server.clock().nanos();
        try {
            while (running) {
                long waitMillis = Math.max(0, Math.min((nextCronNanos - server.clock().nanos()) / 1_000_000,
                        untilNextBlockedTimeout()));
                if (waitMillis == 0) {
                    selector.selectNow();
                } else {
                    selector.select(waitMillis);
                }
                processFileEvents();
                runTasks();
                long nowNanos = server.clock().nanos();
                if (nowNanos - nextCronNanos >= 0) {
                    serverCron();
                    int hz = Math.max(1, Math.min(500, server.config().getInt("hz")));
                    nextCronNanos = nowNanos + 1_000_000_000L / hz;
                }
                dispatcher.handleBlockedClientsTimeout();
                processUnblockedClients();
                beforeSleep();
                if (server.shutdownRequest() != null) {
                    running = false;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Event loop failed", e);
        } finally {
            closeAll();
            stopped.countDown();
        }
    }

    private void processFileEvents() {
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
            SelectionKey key = it.next();
            it.remove();
            if (!key.isValid()) {
                continue;
            }
            if (key.isAcceptable()) {
                acceptTcpHandler((ServerSocketChannel) key.channel());
                continue;
            }
            Connection c = (Connection) key.attachment();
            current = c;
            try {
                if (key.isWritable()) {
                    c.onWritable();
                } else if (key.isReadable()) {
                    c.readQueryFromClient();
                }
            } catch (RuntimeException e) {
                LOG.error("Unexpected error serving client {}; closing it", c.session().address(), e);
                c.close();
            } finally {
                current = null;
            }
        }
    }

    /** acceptTcpHandler() in networking.c: accept every pending connection. */
    private void acceptTcpHandler(ServerSocketChannel listener) {
        while (true) {
            SocketChannel channel;
            try {
                channel = listener.accept();
            } catch (IOException e) {
                LOG.warn("Accepting client connection: {}", e.getMessage());
                return;
            }
            if (channel == null) {
                return;
            }
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
                if (server.clients().size() >= server.config().getInt("maxclients")) {
                    // Redis answers before closing, so the client learns why.
                    channel.write(ByteBuffer.wrap("-ERR max number of clients reached\r\n".getBytes(StandardCharsets.US_ASCII)));
                    channel.close();
                    server.clients().rejected();
                    continue;
                }
                Connection c = new Connection(channel, this, new RespDecoder(limits));
                SelectionKey key = channel.register(selector, SelectionKey.OP_READ, c);
                long id = server.clients().nextId();
                ClientSession session = new ClientSession(id, format((InetSocketAddress) channel.getRemoteAddress()),
                        format((InetSocketAddress) channel.getLocalAddress()), (int) id + 7, server.clock().millis(), c);
                session.setAuthenticated(server.config().get("requirepass").isEmpty());
                c.attach(key, session, dispatcher.newCall(session));
                server.clients().add(session);
                connections.add(c);
            } catch (IOException e) {
                LOG.debug("Setting up client connection: {}", e.getMessage());
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
        }
    }

    private static String format(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return host + ":" + address.getPort();
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Task on the event loop failed", e);
            }
        }
    }

    private void serverCron() {
        try {
            cron.tick();
            closeTimedOutClients();
        } catch (RuntimeException e) {
            LOG.error("Server cron failed", e);
        }
    }

    /** clientsCronHandleTimeout(): close clients idle longer than {@code timeout} seconds. */
    private void closeTimedOutClients() {
        long timeoutSeconds = server.config().getLong("timeout");
        if (timeoutSeconds <= 0) {
            return;
        }
        long now = server.clock().millis();
        for (Connection c : List.copyOf(connections)) {
            ClientSession s = c.session();
            if (!s.isReplica() && !s.isMaster() && !s.blocked() && !s.inPubSub()
                    && now - s.lastInteractionMillis() > timeoutSeconds * 1000) {
                LOG.debug("Closing idle client {}", s.address());
                c.close();
            }
        }
    }

    /**
     * Milliseconds until the earliest timeout of a blocked client, so that select() wakes up in
     * time for it (Redis bounds its sleep by the nearest timer the same way).
     */
    private long untilNextBlockedTimeout() {
        long next = dispatcher.nextBlockedTimeout();
        return next == 0 ? Long.MAX_VALUE : next + 1 - server.clock().millis();
    }

    /**
     * processUnblockedClients() in blocked.c: clients answered after being blocked go on with the
     * requests they sent meanwhile; doing so may unblock others, who are run in turn.
     */
    private void processUnblockedClients() {
        for (int i = 0; i < unblocked.size(); i++) {
            Connection c = unblocked.get(i);
            current = c;
            try {
                c.processUnblocked();
            } catch (RuntimeException e) {
                LOG.error("Unexpected error serving client {}; closing it", c.session().address(), e);
                c.close();
            } finally {
                current = null;
            }
        }
        unblocked.clear();
    }

    void queueUnblocked(Connection c) {
        unblocked.add(c);
    }

    /** beforeSleep(): write the replies of this iteration (handleClientsWithPendingWrites()). */
    private void beforeSleep() {
        try {
            cron.beforeSleep(); // the AOF is written (and synced, with appendfsync always) before any reply
        } catch (RuntimeException e) {
            LOG.error("beforeSleep task failed", e);
        }
        for (int i = 0; i < pendingWrites.size(); i++) {
            pendingWrites.get(i).writeToClient();
        }
        pendingWrites.clear();
    }

    void queueWrite(Connection c) {
        pendingWrites.add(c);
    }

    void closed(Connection c) {
        connections.remove(c);
        dispatcher.disconnected(c.session());
        server.clients().remove(c.session());
    }

    boolean isCurrent(Connection c) {
        return current == c;
    }

    /** True when called on the event-loop thread. */
    public boolean inEventLoop() {
        return Thread.currentThread() == thread;
    }

    private void closeAll() {
        for (Connection c : List.copyOf(connections)) {
            c.writeToClient();
            c.close();
        }
        for (ServerSocketChannel listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                LOG.debug("Closing listener: {}", e.getMessage());
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("Closing selector: {}", e.getMessage());
        }
    }
}
