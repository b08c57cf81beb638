package io.hexaredis.application.dispatch;

import io.hexaredis.application.blocking.BlockedClient;
import io.hexaredis.application.blocking.BlockedClients;
import io.hexaredis.application.server.ClientSession;
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
import java.util.List;

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
 * </ol>
 * Then call(): the time is read once, the command runs, and if it was a write command and the
 * keyspace's change counter moved, its request (or the deterministic form it asked for) is
 * propagated to replicas and the AOF.
 */
public final class CommandDispatcher {

    private final CommandTable table;
    private final ServerState server;
    private final Keyspace keyspace;
    private final Propagator propagator;
    private final KeyspaceNotifier notifier;
    private final BlockedClients<Call> blocked;
    private int nesting; // dispatch() calls in progress: EXEC and scripts dispatch their commands

    public CommandDispatcher(CommandTable table, ServerState server, Propagator propagator, KeyspaceNotifier notifier) {
        this.table = table;
        this.server = server;
        this.keyspace = server.keyspace();
        this.propagator = propagator;
        this.notifier = notifier;
        this.blocked = new BlockedClients<>(keyspace);
        keyspace.setListener(new KeyspaceListener() {
            @Override
            public void keyModified(Database db, byte[] key) {
                blocked.signalKeyAsReady(db.id(), key);
            }

            @Override
            public void databaseReplaced(Database db) {
                blocked.signalDatabase(db.id());
            }

            @Override
            public void keyExpired(Database db, byte[] key) {
                server.stats().expiredKeys++;
                propagator.propagate(db.id(), new byte[][] {DEL, key});
                notifier.notify(NotifyType.EXPIRED, "expired", key, db.id());
            }
        });
    }

    private static final byte[] DEL = "DEL".getBytes(StandardCharsets.US_ASCII);

    public CommandTable table() {
        return table;
    }

    /** A new session's command context; the transport creates one per connection. */
    public Call newCall(ClientSession session) {
        Call call = new Call(session, server, notifier, table);
        call.attach(blocked);
        return call;
    }

    /** Executes {@code argv} for the client of {@code call} and returns its reply. */
    public Reply dispatch(Call call, byte[][] argv) {
        ClientSession session = call.session();
        long now = server.clock().millis();
        session.touch(now);
        Command<Call> command = table.lookup(argv[0]);
        if (command == null) {
            return reject(unknownCommand(argv));
        }
        if (command instanceof ContainerCommand container && argv.length >= 2) {
            Command<Call> sub = container.subcommand(argv[1]);
            if (sub == null) {
                return reject(container.unknownSubcommand(argv[1]).line());
            }
            command = sub;
        }
        CommandSpec spec = command.spec();
        if (!spec.acceptsArgc(argv.length)) {
            return reject("ERR wrong number of arguments for '" + spec.name() + "' command");
        }
        if (!session.authenticated() && !spec.has(CommandFlag.NO_AUTH) && authRequired()) {
            return reject(RedisError.NOAUTH.line());
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
     * A connection closed: the application forgets what it kept for the client (Redis: the
     * application's part of freeClient(); a blocked client leaves the blocking registry).
     */
    public void clientClosed(ClientSession session) {
        if (session.blocked()) {
            blocked.remove(session);
        }
    }

    /** Redis's call(): run the command, count it, propagate its effect. */
    private Reply call(Call call, Command<Call> command, byte[][] argv, long now) {
        CommandSpec spec = command.spec();
        call.prepare(argv, now);
        call.session().setLastCommand(spec.name());
        long dirtyBefore = keyspace.dirty();
        Reply reply;
        try {
            reply = command.execute(call);
        } catch (RedisError e) {
            server.stats().failedCalls++;
            reply = Reply.error(e.line());
        }
        server.stats().commandsProcessed++;
        if (reply instanceof Reply.Error) {
            server.stats().totalErrorReplies++;
        }
        List<byte[][]> overrides = call.propagateOverrides();
        int db = call.session().db();
        if (overrides != null) {
            for (byte[][] effect : overrides) {
                propagator.propagate(db, effect);
            }
        } else if (spec.isWrite() && keyspace.dirty() != dirtyBefore) {
            propagator.propagate(db, argv);
        }
        return reply;
    }

    private boolean authRequired() {
        return !server.config().get("requirepass").isEmpty();
    }

    private Reply reject(String errorLine) {
        server.stats().rejectedCalls++;
        server.stats().totalErrorReplies++;
        return Reply.error(errorLine);
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
