package io.hexaredis.application.server;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one-line description of a client that CLIENT LIST, CLIENT INFO and the server log print.
 *
 * <p>Redis: getClientInfoString() in networking.c. The fields and their order are those of Redis
 * 7.0 (lib-name and lib-ver came in 7.2 and are not printed):
 * <pre>
 *   id addr laddr fd name age idle flags db sub psub ssub multi qbuf qbuf-free argv-mem multi-mem
 *   rbs rbp obl oll omem tot-mem events cmd user redir resp
 * </pre>
 * Redis keeps replies in a fixed buffer plus a list of blocks (obl, oll, omem); this server has one
 * growable reply buffer per client, reported as the list: {@code oll} is 1 while bytes wait to be
 * written and {@code omem} counts them, which is what output buffer limits look at in Redis too.
 * {@code tot-mem} is an estimate: the buffers' capacity, the arguments, and the session itself.
 */
public final class ClientInfo {

    private static final long SESSION_BYTES = 1024; // rough size of the session and its connection objects

    private ClientInfo() {}

    /**
     * The line for {@code s}, without the trailing newline.
     *
     * @param argvMem bytes of the arguments of the command the client is running (0 when idle)
     */
    public static String line(ClientSession s, long now, long argvMem) {
        ClientOutput.Buffers b = s.output().buffers();
        long omem = b.replyBytes();
        StringBuilder sb = new StringBuilder(256);
        sb.append("id=").append(s.id())
                .append(" addr=").append(s.address())
                .append(" laddr=").append(s.localAddress())
                .append(" fd=").append(s.fd())
                .append(" name=").append(s.name() == null ? "" : new String(s.name().bytes(), StandardCharsets.UTF_8))
                .append(" age=").append((now - s.createdMillis()) / 1000)
                .append(" idle=").append((now - s.lastInteractionMillis()) / 1000)
                .append(" flags=").append(s.flags())
                .append(" db=").append(s.db())
                .append(" sub=").append(s.subscriptions().channels().size())
                .append(" psub=").append(s.subscriptions().patterns().size())
                .append(" ssub=").append(s.subscriptions().shardChannels().size())
                .append(" multi=").append(s.inMulti() ? s.multi().queued().size() : -1)
                .append(" qbuf=").append(b.queryBuffer())
                .append(" qbuf-free=").append(b.queryBufferFree())
                .append(" argv-mem=").append(argvMem)
                .append(" multi-mem=0")
                .append(" rbs=").append(b.replyBufferSize())
                .append(" rbp=").append(b.replyBufferPeak())
                .append(" obl=0")
                .append(" oll=").append(omem > 0 ? 1 : 0)
                .append(" omem=").append(omem)
                .append(" tot-mem=").append(b.queryBuffer() + b.queryBufferFree() + b.replyBufferSize() + argvMem + SESSION_BYTES)
                .append(" events=").append(b.writePending() ? "rw" : "r")
                .append(" cmd=").append(s.lastCommand())
                .append(" user=default")
                .append(" redir=-1") // client-side caching redirection: tracking is not enabled
                .append(" resp=").append(s.protocol());
        return sb.toString();
    }

    /**
     * The type CLIENT LIST TYPE and CLIENT KILL TYPE filter on (getClientType()): "master",
     * "replica", "pubsub" or "normal".
     */
    public static String type(ClientSession s) {
        if (s.isMaster()) {
            return "master";
        }
        if (s.isReplica()) {
            return "replica";
        }
        if (s.inPubSub()) {
            return "pubsub";
        }
        return "normal";
    }

    /**
     * The type named by a TYPE argument (getClientTypeByName(), case-insensitive; "slave" is the old
     * name of "replica"), or null.
     */
    public static String typeByName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "normal" -> "normal";
            case "slave", "replica" -> "replica";
            case "pubsub" -> "pubsub";
            case "master" -> "master";
            default -> null;
        };
    }
}
