package io.hexaredis.application.blocking;

import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.bytes.Bytes;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.ValueType;
import java.util.List;

/**
 * One client waiting for keys: which keys of which database, for what type of value, until when,
 * and what to do when one is ready. Redis: the {@code bpop} state of the client struct
 * ({@code c->bpop.keys}, {@code c->bpop.timeout}, {@code c->btype}).
 *
 * @param <C> the command context of the client, handed back to its {@link BlockedOperation}
 */
public final class BlockedClient<C> {

    private final ClientSession session;
    private final C context;
    private final int db;
    private final List<Bytes> keys;
    private final ValueType type;
    private final long timeoutAt;
    private final BlockedOperation<C> operation;
    private final Reply timeoutReply;
    long order;
    boolean done;

    /**
     * @param keys the keys waited for, without duplicates, in the order given
     * @param timeoutAt Unix ms after which the client gets {@code timeoutReply}; 0 waits forever
     */
    public BlockedClient(ClientSession session, C context, int db, List<Bytes> keys, ValueType type,
            long timeoutAt, BlockedOperation<C> operation, Reply timeoutReply) {
        this.session = session;
        this.context = context;
        this.db = db;
        this.keys = List.copyOf(keys);
        this.type = type;
        this.timeoutAt = timeoutAt;
        this.operation = operation;
        this.timeoutReply = timeoutReply;
    }

    public ClientSession session() {
        return session;
    }

    public C context() {
        return context;
    }

    public int db() {
        return db;
    }

    public List<Bytes> keys() {
        return keys;
    }

    /** The type of value that makes a key ready for this client (Redis's {@code c->btype}). */
    public ValueType type() {
        return type;
    }

    /** Unix ms after which the client times out; 0 for never. */
    public long timeoutAt() {
        return timeoutAt;
    }

    public BlockedOperation<C> operation() {
        return operation;
    }

    /** What the client gets when it times out or CLIENT UNBLOCK ... TIMEOUT releases it. */
    public Reply timeoutReply() {
        return timeoutReply;
    }
}
