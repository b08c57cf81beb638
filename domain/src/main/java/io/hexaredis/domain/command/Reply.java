package io.hexaredis.domain.command;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a command answers, before it is put on the wire.
 *
 * <p>Redis builds replies with the addReply* family in networking.c and decides there, per client,
 * how each kind looks in RESP2 or RESP3 ({@code c->resp}). Here the command returns one of these
 * values and only the RESP encoder of the driving adapter knows the bytes: a {@link MapReply} becomes
 * a {@code %} frame in RESP3 and a flat array in RESP2, a {@link Null} becomes {@code _} in RESP3
 * and {@code $-1} or {@code *-1} in RESP2, depending on whether the command answers a bulk or an
 * array.
 *
 * <p>The canned instances mirror createSharedObjects() in server.c: the replies every command shares.
 */
public sealed interface Reply {

    /** {@code +OK}, {@code +PONG}: a short status line, never user data. */
    record Status(String text) implements Reply {}

    /** {@code -ERR ...}: the whole error line without the minus sign, e.g. "WRONGTYPE Operation ...". */
    record Error(String line) implements Reply {}

    /** {@code :42}. */
    record Int(long value) implements Reply {}

    /** {@code $5 hello}: binary-safe bytes. */
    record Bulk(byte[] bytes) implements Reply {}

    /** Absence: nil bulk or nil array in RESP2, {@code _} in RESP3. */
    record Null(boolean array) implements Reply {}

    /** {@code *n}: an ordered collection of replies. */
    record Array(List<Reply> items) implements Reply {}

    /** RESP3 {@code %n} (key, value, key, value...), a flat array in RESP2. */
    record MapReply(List<Reply> keysAndValues) implements Reply {}

    /** RESP3 {@code ~n}, an array in RESP2. */
    record SetReply(List<Reply> items) implements Reply {}

    /** RESP3 {@code ,3.14}, a bulk string in RESP2 (formatted as Redis formats doubles). */
    record DoubleReply(double value) implements Reply {}

    /** RESP3 {@code #t}/{@code #f}, {@code :1}/{@code :0} in RESP2. */
    record Bool(boolean value) implements Reply {}

    /** RESP3 {@code =n txt:...}, a bulk string in RESP2; {@code format} is three characters. */
    record Verbatim(String format, byte[] text) implements Reply {}

    /** RESP3 {@code >n} out-of-band data (pub/sub messages), an array in RESP2. */
    record Push(List<Reply> items) implements Reply {}

    /**
     * No reply now: the client is blocked and will be answered later, or asked for silence
     * (CLIENT REPLY OFF). The encoder writes nothing for it.
     */
    record None() implements Reply {}

    /**
     * Bytes that already are protocol, written as they are: the replication stream, whose bytes
     * are the encoded effects (domain.replication.EffectCodec) and whose offsets count them, and
     * the framing of a snapshot sent to a replica ({@code $<len>\r\n<rdb>} with no CRLF after it).
     * Never for a command's own answer.
     */
    record Raw(byte[] bytes) implements Reply {}

    Reply OK = new Status("OK");
    Reply PONG = new Status("PONG");
    Reply QUEUED = new Status("QUEUED");
    Reply NIL = new Null(false);
    Reply NIL_ARRAY = new Null(true);
    Reply ZERO = new Int(0);
    Reply ONE = new Int(1);
    Reply EMPTY_ARRAY = new Array(List.of());
    Reply NONE = new None();

    static Reply ok() {
        return OK;
    }

    static Reply nil() {
        return NIL;
    }

    static Reply nilArray() {
        return NIL_ARRAY;
    }

    static Reply integer(long value) {
        return value == 0 ? ZERO : value == 1 ? ONE : new Int(value);
    }

    static Reply bool(boolean value) {
        return new Bool(value);
    }

    static Reply bulk(byte[] bytes) {
        return bytes == null ? NIL : new Bulk(bytes);
    }

    /** A bulk string of server-made text (INFO, CONFIG values); never use it for user data. */
    static Reply bulk(String text) {
        return new Bulk(text.getBytes(StandardCharsets.UTF_8));
    }

    static Reply status(String text) {
        return new Status(text);
    }

    static Reply error(String line) {
        return new Error(line);
    }

    static Reply array(List<Reply> items) {
        return new Array(items);
    }

    static Reply array(Reply... items) {
        return new Array(List.of(items));
    }

    static Reply map(List<Reply> keysAndValues) {
        return new MapReply(keysAndValues);
    }

    static Reply set(List<Reply> items) {
        return new SetReply(items);
    }

    static Reply doubleValue(double value) {
        return new DoubleReply(value);
    }

    /** An array of bulk strings, nil for null elements (MGET). */
    static Reply bulks(List<byte[]> items) {
        Reply[] replies = new Reply[items.size()];
        for (int i = 0; i < replies.length; i++) {
            replies[i] = bulk(items.get(i));
        }
        return new Array(List.of(replies));
    }
}
