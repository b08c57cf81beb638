package io.hexaredis.application.dispatch;

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

    public CommandDispatcher(CommandTable table, ServerState server, Propagator propagator, KeyspaceNotifier notifier) {
        this.table = table;
        this.server = server;
        this.keyspace = server.keyspace();
        this.propagator = propagator;
        this.notifier = notifier;
        keyspace.setListener(new KeyspaceListener() {
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
        return new Call(session, server, notifier, table);
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
        return call(call, command, argv, now);
    }

    /** Redis's call(): run the command, count it, propagate its effect. */
    private Reply call(Call call, Command<Call> command, byte[][] argv, long now) {
        CommandSpec spec = command.spec();
        call.prepare(argv, now);
        call.session().setLastCommand(spec.name());
        if (spec.isWrite() && keyspace.snapshotGuard() != null) {
            // A background save is running: let it copy the keys this command may change in place.
            for (int pos : spec.keyPositions(argv.length)) {
                call.db().beforeChange(argv[pos]);
            }
        }
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
