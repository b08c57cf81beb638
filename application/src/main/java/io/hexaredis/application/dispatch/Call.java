package io.hexaredis.application.dispatch;

import io.hexaredis.application.blocking.BlockedClient;
import io.hexaredis.application.blocking.BlockedClients;
import io.hexaredis.application.blocking.BlockedOperation;
import io.hexaredis.application.pubsub.PubSub;
import io.hexaredis.application.replication.Replication;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.application.server.KeyspaceNotifier;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.bytes.Bytes;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.CommandContext;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.keyspace.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One command being executed for one client: the context every application command receives.
 *
 * <p>Redis passes {@code client *c} to a command and reads {@code c->argv}, {@code c->db} and the
 * server globals from it. This object is that view: the request's words, the client's session,
 * the keyspace and the server state, the command's time, and the effects the command asked to
 * propagate. One instance per client is reused for each of its commands.
 */
public final class Call implements CommandContext {

    private final ClientSession session;
    private final ServerState server;
    private final KeyspaceNotifier notifier;
    private final CommandTable table;
    private final CommandDispatcher dispatcher;
    private final PubSub pubsub;
    private final Replication replication;
    private byte[][] argv;
    private long now;
    private List<byte[][]> propagateAs;
    private boolean toReplicas;
    private BlockedClients<Call> blocking;

    Call(ClientSession session, ServerState server, KeyspaceNotifier notifier, CommandTable table,
            CommandDispatcher dispatcher, PubSub pubsub, Replication replication) {
        this.replication = replication;
        this.session = session;
        this.server = server;
        this.notifier = notifier;
        this.table = table;
        this.dispatcher = dispatcher;
        this.pubsub = pubsub;
    }

    void attach(BlockedClients<Call> blockedClients) {
        this.blocking = blockedClients;
    }

    void prepare(byte[][] argv, long now) {
        this.argv = argv;
        this.now = now;
        this.propagateAs = null;
        this.toReplicas = false;
    }

    @Override
    public int argc() {
        return argv.length;
    }

    @Override
    public byte[] arg(int i) {
        return argv[i];
    }

    /** The whole request (Redis's {@code c->argv}); element 0 is the command name. */
    public byte[][] argv() {
        return argv;
    }

    /** Argument {@code i} read as a strict 64-bit integer, or "not an integer" error. */
    public long longArg(int i) {
        return Numbers.parseLong(argv[i]);
    }

    @Override
    public Database db() {
        return server.keyspace().db(session.db());
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public void propagateAs(byte[]... effectArgv) {
        if (propagateAs == null) {
            propagateAs = new ArrayList<>(2);
        }
        propagateAs.add(effectArgv);
    }

    /**
     * The request goes to the replicas as it is, though it changed no data (PUBLISH: subscribers of
     * the replicas get the message too). Redis: forceCommandPropagation(c, PROPAGATE_REPL).
     */
    public void propagateToReplicas() {
        toReplicas = true;
    }

    boolean propagatesToReplicas() {
        return toReplicas;
    }

    /** What the command asked to propagate instead of its request, or null. */
    List<byte[][]> propagateOverrides() {
        return propagateAs;
    }

    @Override
    public void notifyKeyspaceEvent(NotifyType type, String event, byte[] key) {
        notifier.notify(type, event, key, session.db());
    }

    /** A notification for a key of database {@code db}, which need not be the selected one (MOVE, COPY DB). */
    public void notifyKeyspaceEvent(NotifyType type, String event, byte[] key, int db) {
        notifier.notify(type, event, key, db);
    }

    public ClientSession session() {
        return session;
    }

    public ServerState server() {
        return server;
    }

    /** The command table (COMMAND, COMMAND INFO...). */
    public CommandTable commandTable() {
        return table;
    }

    /** The dispatcher, for commands that run other commands (EXEC). */
    public CommandDispatcher dispatcher() {
        return dispatcher;
    }

    /** Channels, patterns and their subscribers. */
    public PubSub pubsub() {
        return pubsub;
    }

    /** Both roles of this server in replication: its replicas and stream, its master and link. */
    public Replication replication() {
        return replication;
    }

    public Keyspace keyspace() {
        return server.keyspace();
    }

    /** The registry of blocked clients (INFO, CLIENT UNBLOCK). */
    public BlockedClients<Call> blocking() {
        return blocking;
    }

    /**
     * False where a blocking command must answer at once as if its timeout had passed: inside
     * MULTI/EXEC and scripts (Redis's CLIENT_DENY_BLOCKING and CLIENT_MULTI flags).
     */
    public boolean mayBlock() {
        return session.mayBlock();
    }

    /**
     * Parks this client on {@code keys} of its database until one holds a non-empty value of
     * {@code type}, then runs {@code operation} (Redis's blockForKeys()). Returns the reply the
     * command gives now: none; the client's reply comes later through its output.
     *
     * @param timeoutAt Unix ms after which the client gets {@code timeoutReply}; 0 waits forever
     */
    public Reply block(List<byte[]> keys, ValueType type, long timeoutAt, Reply timeoutReply,
            BlockedOperation<Call> operation) {
        LinkedHashSet<Bytes> unique = new LinkedHashSet<>();
        for (byte[] key : keys) {
            unique.add(Bytes.of(key));
        }
        blocking.block(new BlockedClient<>(session, this, session.db(), List.copyOf(unique), type, timeoutAt,
                operation, timeoutReply));
        return Reply.NONE;
    }
}
