package io.hexaredis.application.server;

import io.hexaredis.domain.command.Reply;

/**
 * The way back to a client, for what is not the reply of the command it just sent: messages of a
 * channel it subscribed to, the reply of a blocked command once it unblocks, and closing the
 * connection (CLIENT KILL, QUIT, protocol errors). The transport adapter implements it for each
 * connection. Redis: addReply() on another client than the current one, and freeClientAsync().
 */
public interface ClientOutput {

    /** Queues {@code reply} for the client; written out before the event loop sleeps again. */
    void send(Reply reply);

    /** Closes the connection once what was queued so far is written. */
    void closeAfterReply();

    /** Closes the connection now (CLIENT KILL). */
    void kill();

    /**
     * The client was blocked and is not any more (its reply was just sent): the connection may go
     * on with the requests it received meanwhile, soon, but not from inside the command that
     * unblocked it. Redis: queueClientForReprocessing() in blocked.c.
     */
    default void unblocked() {}

    /** Bytes queued and not yet written (the "omem" of CLIENT LIST, output buffer limits). */
    long pendingBytes();

    /** The transport's buffers as CLIENT LIST reports them; none for a client without a socket. */
    default Buffers buffers() {
        return Buffers.NONE;
    }

    /**
     * The buffer fields of a CLIENT LIST line: {@code qbuf qbuf-free rbs rbp omem} and {@code events}.
     *
     * @param queryBuffer     bytes received and not yet run as commands
     * @param queryBufferFree room left in the query buffer before it must grow
     * @param replyBufferSize capacity of the reply buffer
     * @param replyBufferPeak the most bytes the reply buffer has held
     * @param replyBytes      reply bytes waiting for the socket
     * @param writePending    the socket was full and the client waits to be written to ("rw" events)
     */
    record Buffers(long queryBuffer, long queryBufferFree, long replyBufferSize, long replyBufferPeak,
            long replyBytes, boolean writePending) {
        public static final Buffers NONE = new Buffers(0, 0, 0, 0, 0, false);
    }
}
