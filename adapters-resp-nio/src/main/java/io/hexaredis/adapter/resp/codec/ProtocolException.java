package io.hexaredis.adapter.resp.codec;

/**
 * A request that breaks the protocol. The connection answers the error line and closes: after a
 * framing error nothing that follows can be trusted to start a request.
 */
public final class ProtocolException extends Exception {

    public ProtocolException(String reason) {
        super("ERR Protocol error: " + reason, null, false, false);
    }

    /** The error line sent to the client, without the leading '-'. */
    public String line() {
        return getMessage();
    }
}
