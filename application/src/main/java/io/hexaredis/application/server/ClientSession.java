package io.hexaredis.application.server;

import io.hexaredis.domain.bytes.Bytes;

/**
 * The state of one connected client: Redis's {@code client} struct, minus the buffers (those belong
 * to the transport adapter's connection).
 *
 * <p>Lifecycle: created by the transport when a connection is accepted and registered with
 * {@link Clients}; used by the dispatcher for every command the client sends; unregistered when the
 * connection closes. Everything here is touched only by the event-loop thread.
 */
public final class ClientSession {

    private final long id;
    private final String address;
    private final String localAddress;
    private final int fd;
    private final long createdMillis;
    private final ClientOutput output;

    private int protocol = 2;
    private int db;
    private boolean authenticated;
    private Bytes name;
    private String libName = "";
    private String libVersion = "";
    private long lastInteractionMillis;
    private String lastCommand = "NULL";
    private ReplyMode replyMode = ReplyMode.ON;
    private boolean closing;
    private boolean replica;
    private boolean master;
    private MultiState multi;
    private final Subscriptions subscriptions = new Subscriptions();
    private final java.util.List<WatchedKeys.Watch> watches = new java.util.ArrayList<>(0);
    private boolean blocked;
    private boolean watchDirty;
    private boolean noEvict;
    private boolean denyBlocking;
    private long totalCommands;
    private long writeOffset;

    /**
     * Whether replies reach the client (CLIENT REPLY; Redis's CLIENT_REPLY_OFF, CLIENT_REPLY_SKIP and
     * CLIENT_REPLY_SKIP_NEXT flags). The transport moves the state on after each command's reply:
     * <pre>
     *   ON         replies are sent
     *   OFF        nothing is sent until CLIENT REPLY ON
     *   SKIP_NEXT  set by CLIENT REPLY SKIP: its own reply is dropped, then SKIP
     *   SKIP       the reply of this command is dropped, then ON
     * </pre>
     */
    public enum ReplyMode { ON, OFF, SKIP, SKIP_NEXT }

    public ClientSession(long id, String address, String localAddress, int fd, long now, ClientOutput output) {
        this.id = id;
        this.address = address;
        this.localAddress = localAddress;
        this.fd = fd;
        this.createdMillis = now;
        this.lastInteractionMillis = now;
        this.output = output;
    }

    public long id() {
        return id;
    }

    /** "ip:port" of the peer. */
    public String address() {
        return address;
    }

    /** "ip:port" of our side of the connection. */
    public String localAddress() {
        return localAddress;
    }

    public int fd() {
        return fd;
    }

    public long createdMillis() {
        return createdMillis;
    }

    public ClientOutput output() {
        return output;
    }

    /** 2 or 3: the RESP version chosen with HELLO (Redis's {@code c->resp}). */
    public int protocol() {
        return protocol;
    }

    public void setProtocol(int protocol) {
        this.protocol = protocol;
    }

    public int db() {
        return db;
    }

    public void selectDb(int db) {
        this.db = db;
    }

    public boolean authenticated() {
        return authenticated;
    }

    public void setAuthenticated(boolean authenticated) {
        this.authenticated = authenticated;
    }

    /** The CLIENT SETNAME name, or null. */
    public Bytes name() {
        return name;
    }

    public void setName(Bytes name) {
        this.name = name;
    }

    public String libName() {
        return libName;
    }

    public void setLibName(String libName) {
        this.libName = libName;
    }

    public String libVersion() {
        return libVersion;
    }

    public void setLibVersion(String libVersion) {
        this.libVersion = libVersion;
    }

    public long lastInteractionMillis() {
        return lastInteractionMillis;
    }

    public void touch(long now) {
        this.lastInteractionMillis = now;
    }

    /** The last command run, as CLIENT LIST's {@code cmd=} shows it ("get", "client|list"). */
    public String lastCommand() {
        return lastCommand;
    }

    public void setLastCommand(String lastCommand) {
        this.lastCommand = lastCommand;
        totalCommands++;
    }

    public long totalCommands() {
        return totalCommands;
    }

    /**
     * The replication offset right after this client's last command that was propagated (Redis's
     * {@code c->woff}): what WAIT waits for the replicas to acknowledge.
     */
    public long writeOffset() {
        return writeOffset;
    }

    public void setWriteOffset(long writeOffset) {
        this.writeOffset = writeOffset;
    }

    public ReplyMode replyMode() {
        return replyMode;
    }

    public void setReplyMode(ReplyMode replyMode) {
        this.replyMode = replyMode;
    }

    /** Set when the connection is to close after its pending replies (QUIT, CLIENT KILL). */
    public boolean closing() {
        return closing;
    }

    public void markClosing() {
        this.closing = true;
    }

    /** This connection is a replica of ours (it sent PSYNC/SYNC). */
    public boolean isReplica() {
        return replica;
    }

    public void setReplica(boolean replica) {
        this.replica = replica;
    }

    /** This session applies the stream of our master (Redis's CLIENT_MASTER flag). */
    public boolean isMaster() {
        return master;
    }

    public void setMaster(boolean master) {
        this.master = master;
    }

    /** Between MULTI and EXEC/DISCARD (Redis's CLIENT_MULTI flag). */
    public boolean inMulti() {
        return multi != null;
    }

    /** The commands queued since MULTI, or null outside a transaction (Redis's {@code c->mstate}). */
    public MultiState multi() {
        return multi;
    }

    /** Starts (with a new state) or ends (with null) a transaction. */
    public void setMulti(MultiState multi) {
        this.multi = multi;
    }

    /** The keys this client WATCHes (Redis's {@code c->watched_keys}). */
    public java.util.List<WatchedKeys.Watch> watches() {
        return watches;
    }

    /** A watched key changed: the next EXEC fails (Redis's CLIENT_DIRTY_CAS flag). */
    public boolean watchDirty() {
        return watchDirty;
    }

    public void setWatchDirty(boolean watchDirty) {
        this.watchDirty = watchDirty;
    }

    /** The channels, patterns and shard channels this client is subscribed to. */
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    /** Subscribed to at least one channel or pattern (Redis's CLIENT_PUBSUB flag). */
    public boolean inPubSub() {
        return subscriptions.count() > 0;
    }

    public boolean blocked() {
        return blocked;
    }

    public void setBlocked(boolean blocked) {
        this.blocked = blocked;
    }

    /** CLIENT NO-EVICT ON: the client is never closed to reclaim memory. */
    public boolean noEvict() {
        return noEvict;
    }

    public void setNoEvict(boolean noEvict) {
        this.noEvict = noEvict;
    }

    /**
     * Set while the client runs commands that must not block: EXEC running its queue, a script
     * (Redis's CLIENT_DENY_BLOCKING). A blocking command then answers as if its timeout had passed.
     */
    public void setDenyBlocking(boolean denyBlocking) {
        this.denyBlocking = denyBlocking;
    }

    /** True unless blocking is denied or the client is in MULTI. */
    public boolean mayBlock() {
        return !denyBlocking && multi == null;
    }

    /** The flags field of CLIENT LIST (networking.c getClientInfoString()). */
    public String flags() {
        StringBuilder f = new StringBuilder();
        if (replica) {
            f.append('S');
        }
        if (master) {
            f.append('M');
        }
        if (inPubSub()) {
            f.append('P');
        }
        if (multi != null) {
            f.append('x');
        }
        if (blocked) {
            f.append('b');
        }
        if (closing) {
            f.append('c'); // close after reply
        }
        if (noEvict) {
            f.append('e');
        }
        return f.length() == 0 ? "N" : f.toString();
    }
}
