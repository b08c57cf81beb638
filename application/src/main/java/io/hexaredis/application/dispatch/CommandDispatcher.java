package io.hexaredis.application.dispatch;

import io.hexaredis.application.blocking.BlockedClient;
import io.hexaredis.application.blocking.BlockedClients;
import io.hexaredis.application.pubsub.PubSub;
import io.hexaredis.application.replication.Backlog;
import io.hexaredis.application.replication.FullSync;
import io.hexaredis.application.replication.Replicas;
import io.hexaredis.application.replication.Replication;
import io.hexaredis.application.replication.RequestRunner;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.application.server.KeyspaceNotifier;
import io.hexaredis.application.server.MultiState;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.keyspace.KeyspaceListener;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs one request of one client: finds the command, applies the checks every command shares,
 * executes it, and propagates its effect.
 *
 * <p>Redis: processCommand() and call() in server.c. The checks come in processCommand()'s order,
 * and only here, so commands never repeat them:
 * <ol>
 *   <li>unknown command (or subcommand of a container command);
 *   <li>arity, from the command's spec;
 *   <li>authentication, when requirepass is set ({@code -NOAUTH});
 *   <li>replication, for write commands (and EXEC of a transaction with one): not enough good
 *       replicas for min-replicas-to-write ({@code -NOREPLICAS}), a read-only replica
 *       ({@code -READONLY}); the master's own stream is never refused;
 *   <li>the pub/sub context: a RESP2 client with subscriptions may only (un)subscribe, PING, QUIT
 *       and RESET, because every reply it reads could be a message;
 *   <li>a replica whose master link is down with replica-serve-stale-data no
 *       ({@code -MASTERDOWN}), for commands without the STALE flag;
 *   <li>MULTI: between MULTI and EXEC, commands are queued, not run ({@code +QUEUED}); a request
 *       refused by one of the checks above marks the transaction failed (EXECABORT at EXEC).
 * </ol>
 * Then call(): the time is read once, the command runs, and if it was a write command and the
 * keyspace's change counter moved, its request (or the deterministic form it asked for) is
 * propagated to replicas and the AOF.
 */
public final class CommandDispatcher implements RequestRunner {

    private final CommandTable table;
    private final ServerState server;
    private final Keyspace keyspace;
    private final Propagator propagator;
    private final PubSub pubsub;
    private final KeyspaceNotifier notifier;
    private final Replication replication;
    private Call masterCall;
    private final BlockedClients<Call> blocked;
    private int nesting; // dispatch() calls in progress: EXEC and scripts dispatch their commands

    public CommandDispatcher(CommandTable table, ServerState server, Propagator propagator, PubSub pubsub,
            KeyspaceNotifier notifier, Replication replication) {
        this.replication = replication;
        replication.replica().setRunner(this);
        this.table = table;
        this.server = server;
        this.keyspace = server.keyspace();
        this.propagator = propagator;
        this.pubsub = pubsub;
        this.notifier = notifier;
        this.blocked = new BlockedClients<>(keyspace);
        keyspace.setListener(new KeyspaceListener() {
            @Override
            public void keyModified(Database db, byte[] key) {
                server.watchedKeys().touch(db.id(), key);
                blocked.signalKeyAsReady(db.id(), key);
            }

            @Override
            public void keyAdded(Database db, byte[] key) {
                notifier.notify(NotifyType.NEW, "new", key, db.id());
            }

            @Override
            public void keyExpired(Database db, byte[] key) {
                server.stats().expiredKeys++;
                server.watchedKeys().touch(db.id(), key);
                propagator.propagate(db.id(), new byte[][] {DEL, key});
                notifier.notify(NotifyType.EXPIRED, "expired", key, db.id());
            }

            @Override
            public void databaseReplaced(Database db) {
                server.watchedKeys().touchDatabase(db.id());
                blocked.signalDatabase(db.id());
            }
        });
    }

    /** A dispatcher whose replication is a master without replicas (for tests of other commands). */
    public CommandDispatcher(CommandTable table, ServerState server, Propagator propagator, PubSub pubsub,
            KeyspaceNotifier notifier) {
        this(table, server, propagator, pubsub, notifier, standalone(server));
    }

    private static Replication standalone(ServerState server) {
        Replicas replicas = new Replicas(server.clock(), server.outputBufferLimits());
        return new Replication(server, new Backlog(replicas, server.config().getLong("repl-backlog-size")), replicas,
                new FullSync());
    }

    /** A dispatcher with a pub/sub registry of its own (for tests that only watch notifications). */
    public CommandDispatcher(CommandTable table, ServerState server, Propagator propagator, KeyspaceNotifier notifier) {
        this(table, server, propagator, new PubSub(server.outputBufferLimits(), server.clock()::millis), notifier);
    }

    private static final byte[] DEL = "DEL".getBytes(StandardCharsets.US_ASCII);

    /** Commands that run at once inside MULTI instead of being queued (processCommand()'s list). */
    private static final Set<String> NOT_QUEUED = Set.of("exec", "discard", "multi", "watch", "quit", "reset");

    /** Commands a RESP2 client may send while subscribed. */
    private static final Set<String> ALLOWED_IN_PUBSUB = Set.of("ping", "subscribe", "ssubscribe", "unsubscribe",
            "sunsubscribe", "psubscribe", "punsubscribe", "quit", "reset");

    public CommandTable table() {
        return table;
    }

    /** A new session's command context; the transport creates one per connection. */
    public Call newCall(ClientSession session) {
        Call call = new Call(session, server, notifier, table, this, pubsub, replication);
        call.attach(blocked);
        return call;
    }

    /**
     * Runs a request of a client that is no connection: the master client of a replica, whose
     * stream replication applies (RequestRunner).
     */
    @Override
    public Reply run(ClientSession client, byte[][] argv) {
        if (masterCall == null || masterCall.session() != client) {
            masterCall = newCall(client);
        }
        return dispatch(masterCall, argv);
    }

    /** Executes {@code argv} for the client of {@code call} and returns its reply. */
    public Reply dispatch(Call call, byte[][] argv) {
        ClientSession session = call.session();
        long now = server.clock().millis();
        session.touch(now);
        Command<Call> command = table.lookup(argv[0]);
        if (command == null) {
            return rejectInMulti(session, unknownCommand(argv));
        }
        if (command instanceof ContainerCommand container && argv.length >= 2) {
            Command<Call> sub = container.subcommand(argv[1]);
            if (sub == null) {
                return rejectInMulti(session, container.unknownSubcommand(argv[1]).line());
            }
            command = sub;
        }
        CommandSpec spec = command.spec();
        if (!spec.acceptsArgc(argv.length)) {
            server.stats().commandRejected(spec.name());
            return rejectInMulti(session, "ERR wrong number of arguments for '" + spec.name() + "' command");
        }
        if (!spec.has(CommandFlag.NO_AUTH) && authRequired(session)) {
            server.stats().commandRejected(spec.name());
            return rejectInMulti(session, RedisError.NOAUTH.line());
        }
        String root = rootName(spec);
        if (spec.isWrite() || (root.equals("exec") && queuesWrite(session))) {
            String refusal = replication.writeRefusal(session);
            if (refusal != null) {
                server.stats().commandRejected(spec.name());
                return rejectExecOrInMulti(session, root, refusal);
            }
        }
        if (session.inPubSub() && session.protocol() == 2 && !ALLOWED_IN_PUBSUB.contains(root)) {
            server.stats().commandRejected(spec.name());
            return rejectInMulti(session, "ERR Can't execute '" + spec.name()
                    + "': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context");
        }
        if (!spec.has(CommandFlag.STALE) || (root.equals("exec") && queuesNonStale(session))) {
            String refusal = replication.staleRefusal();
            if (refusal != null) {
                server.stats().commandRejected(spec.name());
                return rejectExecOrInMulti(session, root, refusal);
            }
        }
        if (session.inMulti() && !NOT_QUEUED.contains(root)) {
            if (spec.has(CommandFlag.NO_MULTI)) {
                server.stats().commandRejected(spec.name());
                return rejectInMulti(session, "ERR Command not allowed inside a transaction");
            }
            session.multi().queue(argv);
            return Reply.QUEUED;
        }
        Reply reply;
        nesting++;
        try {
            reply = call(call, command, argv, now);
        } finally {
            nesting--;
        }
        if (nesting == 0 && blocked.hasReadyKeys()) {
            // Redis: handleClientsBlockedOnKeys() after the whole command (a whole EXEC, a whole
            // script), never between the commands it runs.
            blocked.handleClientsBlockedOnKeys(this::serveBlocked, server.clock().millis());
        }
        return reply;
    }

    // ---- blocked clients (blocked.c) ----

    /** The clients parked by blocking commands (INFO's blocked_clients, CLIENT UNBLOCK). */
    public BlockedClients<Call> blockedClients() {
        return blocked;
    }

    /**
     * Serves one blocked client whose key is ready, as call() would run its command: at the
     * current time, with its effect propagated in the non-blocking form the operation asks for
     * (a served BLPOP is replicated as LPOP).
     */
    private Reply serveBlocked(BlockedClient<Call> client, byte[] key) {
        Call call = client.context();
        call.prepare(call.argv(), server.clock().millis());
        announceWrites(call, call.argv());
        Reply reply;
        try {
            reply = client.operation().serve(call, key);
        } catch (RedisError e) {
            reply = Reply.error(e.line());
        }
        List<byte[][]> overrides = call.propagateOverrides();
        if (overrides != null) {
            for (byte[][] effect : overrides) {
                propagator.propagate(client.db(), effect);
            }
        }
        return reply;
    }

    /**
     * Releases the blocked clients whose timeout has passed; the event loop calls it on every
     * turn (Redis: handleBlockedClientsTimeout() in blockedBeforeSleep(), and clientsCron()).
     */
    public void handleBlockedClientsTimeout() {
        blocked.handleTimeouts(server.clock().millis());
    }

    /** Unix ms of the earliest blocked-client timeout, 0 if none: the event loop wakes up for it. */
    public long nextBlockedTimeout() {
        return blocked.nextTimeout();
    }

    /**
     * EXEC: runs the queued commands one after the other, atomically (nothing else runs on the
     * event loop meanwhile), and answers the array of their replies. Redis: execCommand() in
     * multi.c. Effects are propagated wrapped in MULTI/EXEC, and only if the transaction wrote.
     */
    public Reply execTransaction(Call call) {
        ClientSession session = call.session();
        MultiState multi = session.multi();
        if (multi == null) {
            return Reply.error("ERR EXEC without MULTI");
        }
        long now = server.clock().millis();
        if (!session.watches().isEmpty()
                && server.watchedKeys().anyExpiredSinceWatch(session, keyspace::db, now)) {
            session.setWatchDirty(true);
        }
        session.setMulti(null);
        boolean watchFailed = session.watchDirty();
        server.watchedKeys().unwatchAll(session);
        if (multi.failed()) {
            return Reply.error("EXECABORT Transaction discarded because of previous errors.");
        }
        if (watchFailed) {
            return Reply.NIL_ARRAY;
        }
        List<Reply> replies = new ArrayList<>(multi.queued().size());
        Call inner = newCall(session); // EXEC's own context stays as it is
        propagator.beginTransaction();
        session.setDenyBlocking(true); // a blocking command inside MULTI answers as if it timed out
        try {
            for (MultiState.Queued q : multi.queued()) {
                replies.add(call(inner, resolve(q.argv()), q.argv(), now));
            }
        } finally {
            session.setDenyBlocking(false);
            propagator.endTransaction();
        }
        return Reply.array(replies);
    }

    /** EXEC of a transaction with a write command counts as a write (Redis's {@code mstate.cmd_flags}). */
    private boolean queuesWrite(ClientSession session) {
        if (!session.inMulti()) {
            return false;
        }
        for (MultiState.Queued q : session.multi().queued()) {
            Command<Call> c = resolve(q.argv());
            if (c != null && c.spec().isWrite()) {
                return true;
            }
        }
        return false;
    }

    /** EXEC of a transaction with a command refused on a stale replica is refused too. */
    private boolean queuesNonStale(ClientSession session) {
        if (!session.inMulti()) {
            return false;
        }
        for (MultiState.Queued q : session.multi().queued()) {
            Command<Call> c = resolve(q.argv());
            if (c != null && !c.spec().has(CommandFlag.STALE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A client disconnected (the application's part of freeClient() in networking.c): a replica is
     * one no more, and its transaction, watches and subscriptions are forgotten.
     */
    public void disconnected(ClientSession session) {
        replication.clientClosed(session);
        clearClientState(session);
    }

    /**
     * Forgets a client's transaction, watches and subscriptions, without telling it: when it
     * disconnects (freeClient()) and on RESET (clearClientConnectionState() in networking.c).
     */
    public void clearClientState(ClientSession session) {
        if (session.blocked()) {
            blocked.remove(session);
        }
        server.watchedKeys().unwatchAll(session);
        pubsub.forget(session);
        session.setMulti(null);
    }

    /**
     * While a background save runs, lets it copy every value this command may change in place.
     * Every argument counts as a possible key, not only the spec's key positions: commands with
     * movable keys (LMPOP, ZUNIONSTORE...) name theirs after a count. An argument that is not a
     * key at most costs the copy of a key of the same name; a missed key would corrupt the image.
     */
    private void announceWrites(Call call, byte[][] argv) {
        if (keyspace.snapshotGuard() == null) {
            return;
        }
        for (int i = 1; i < argv.length; i++) {
            call.db().beforeChange(argv[i]);
        }
    }

    /** Redis's call(): run the command, count it, propagate its effect. */
    private Reply call(Call call, Command<Call> command, byte[][] argv, long now) {
        CommandSpec spec = command.spec();
        call.prepare(argv, now);
        call.session().setLastCommand(spec.name());
        if (spec.isWrite()) {
            announceWrites(call, argv);
        }
        long dirtyBefore = keyspace.dirty();
        long offsetBefore = replication.backlog().offset();
        Reply reply;
        long startNanos = server.clock().nanos();
        try {
            reply = command.execute(call);
        } catch (RedisError e) {
            server.stats().failedCalls++;
            reply = Reply.error(e.line());
        }
        server.stats().commandsProcessed++;
        server.stats().commandCalled(spec.name(), (server.clock().nanos() - startNanos) / 1000, reply instanceof Reply.Error);
        if (reply instanceof Reply.Error error) {
            server.stats().errorReplied(error.line());
        }
        List<byte[][]> overrides = call.propagateOverrides();
        int db = call.session().db();
        if (overrides != null) {
            // several effects of one command leave as one MULTI ... EXEC block, as Redis 7.0's
            // propagatePendingCommands() does (SPOP with a count: one SREM per member)
            boolean wrap = overrides.size() > 1 && !propagator.inTransaction();
            if (wrap) {
                propagator.beginTransaction();
            }
            for (byte[][] effect : overrides) {
                propagator.propagate(db, effect);
            }
            if (wrap) {
                propagator.endTransaction();
            }
        } else if (spec.isWrite() && keyspace.dirty() != dirtyBefore) {
            propagator.propagate(db, argv);
        }
        if (call.propagatesToReplicas()) {
            propagator.propagateToReplicas(db, argv);
        }
        if (replication.backlog().offset() != offsetBefore) {
            call.session().setWriteOffset(replication.backlog().offset());
        }
        return reply;
    }

    private Command<Call> resolve(byte[][] argv) {
        Command<Call> command = table.lookup(argv[0]);
        if (command instanceof ContainerCommand container && argv.length >= 2) {
            command = container.subcommand(argv[1]);
        }
        return command;
    }

    private static String rootName(CommandSpec spec) {
        String name = spec.name();
        int bar = name.indexOf('|');
        return bar < 0 ? name : name.substring(0, bar);
    }

    /**
     * True while {@code session} must authenticate before running commands (Redis's authRequired()):
     * it has not, and the default user has a password. The transport also applies the tighter
     * request limits of unauthenticated clients while this holds.
     */
    public boolean authRequired(ClientSession session) {
        return !session.authenticated() && !server.config().get("requirepass").isEmpty();
    }

    /** A refused request; inside MULTI it also dooms the transaction (flagTransaction()). */
    private Reply rejectInMulti(ClientSession session, String errorLine) {
        if (session.inMulti()) {
            session.multi().fail();
        }
        server.stats().rejectedCalls++;
        server.stats().errorReplied(errorLine);
        return Reply.error(errorLine);
    }

    /**
     * A refused EXEC discards its transaction and says why (execCommandAbort() in multi.c:
     * "-EXECABORT Transaction discarded because of: NOREPLICAS ..."); other commands as
     * {@link #rejectInMulti}.
     */
    private Reply rejectExecOrInMulti(ClientSession session, String root, String errorLine) {
        if (!root.equals("exec") || !session.inMulti()) {
            return rejectInMulti(session, errorLine);
        }
        session.setMulti(null);
        server.watchedKeys().unwatchAll(session);
        return rejectInMulti(session, "EXECABORT Transaction discarded because of: " + errorLine);
    }

    /** "ERR unknown command 'x', with args beginning with: 'a' 'b' " as in processCommand(). */
    static String unknownCommand(byte[][] argv) {
        StringBuilder args = new StringBuilder();
        for (int i = 1; i < argv.length && args.length() < 128; i++) {
            String arg = printable(argv[i], 128 - args.length());
            args.append('\'').append(arg).append("' ");
        }
        return "ERR unknown command '" + printable(argv[0], 128) + "', with args beginning with: " + args;
    }

    /** User bytes inside an error line: newlines would break the protocol, so Redis replaces them. */
    private static String printable(byte[] bytes, int max) {
        String s = new String(bytes, 0, Math.min(bytes.length, Math.max(0, max)), StandardCharsets.UTF_8);
        return s.replace('\r', ' ').replace('\n', ' ');
    }
}
