package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.list.ListEnd;
import io.hexaredis.domain.list.RedisList;
import java.util.ArrayList;
import java.util.List;

/**
 * What the list commands share: creating a list with the configured node size, reading LEFT and
 * RIGHT, and the pop and push steps that several commands (and their blocking twins) perform the
 * same way, notifications and propagation included.
 *
 * <p>Redis: the helpers of t_list.c: createQuicklistObject(), getListPositionFromObjectOrReply(),
 * listPopRangeAndReplyWithKey(), lmoveHandlePush().
 */
final class ListType {

    static final byte[] LPOP = ByteStrings.ascii("LPOP");
    static final byte[] RPOP = ByteStrings.ascii("RPOP");
    static final byte[] LMOVE = ByteStrings.ascii("LMOVE");
    static final byte[] RPOPLPUSH = ByteStrings.ascii("RPOPLPUSH");
    private static final byte[] LEFT = ByteStrings.ascii("left");
    private static final byte[] RIGHT = ByteStrings.ascii("right");

    /** LMPOP and BLMPOP's errors (t_list.c, Redis 7.0). */
    static final RedisError NUMKEYS = new RedisError("ERR numkeys should be greater than 0");
    static final RedisError COUNT = new RedisError("ERR count should be greater than 0");

    private ListType() {}

    /** A new, empty list with the node size of list-max-listpack-size (createQuicklistObject()). */
    static RedisList create(Call call) {
        return new RedisList(call.server().config().getInt("list-max-listpack-size"));
    }

    /** LEFT or RIGHT, any case; a syntax error otherwise (getListPositionFromObjectOrReply()). */
    static ListEnd position(byte[] word) {
        if (ByteStrings.equalsIgnoreCase(word, "left")) {
            return ListEnd.HEAD;
        }
        if (ByteStrings.equalsIgnoreCase(word, "right")) {
            return ListEnd.TAIL;
        }
        throw RedisError.SYNTAX;
    }

    /** "left" or "right", as a served BLMOVE is propagated. */
    static byte[] word(ListEnd where) {
        return where == ListEnd.HEAD ? LEFT : RIGHT;
    }

    static byte[] popCommand(ListEnd where) {
        return where == ListEnd.HEAD ? LPOP : RPOP;
    }

    static String popEvent(ListEnd where) {
        return where == ListEnd.HEAD ? "lpop" : "rpop";
    }

    static String pushEvent(ListEnd where) {
        return where == ListEnd.HEAD ? "lpush" : "rpush";
    }

    /** A strictly positive count argument, or {@code error} (getRangeLongFromObjectOrReply()). */
    static long positive(byte[] arg, RedisError error) {
        long n = Numbers.parseLongOr(arg, -1);
        if (n <= 0) {
            throw error;
        }
        return n;
    }

    /**
     * After elements were taken from {@code key}: notifies the pop, deletes the key if the list is
     * now empty (with its "del" event), and counts the change.
     */
    static void popped(Call call, byte[] key, RedisList list, ListEnd where, long count) {
        call.notifyKeyspaceEvent(NotifyType.LIST, popEvent(where), key);
        if (list.size() == 0) {
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
        }
        call.db().modified(key, count);
    }

    /**
     * Pops up to {@code count} elements from a non-empty list and answers {@code [key, [elements]]}
     * (LMPOP, BLMPOP), propagating the pop as {@code LPOP|RPOP key n} with the number actually
     * popped: listPopRangeAndReplyWithKey().
     */
    static Reply popRangeWithKey(Call call, byte[] key, RedisList list, ListEnd where, long count) {
        long n = Math.min(count, list.size());
        List<Reply> elements = new ArrayList<>((int) Math.min(n, 1024));
        for (long i = 0; i < n; i++) {
            elements.add(Reply.bulk(list.pop(where)));
        }
        popped(call, key, list, where, n);
        call.propagateAs(popCommand(where), key, Numbers.toBytes(n));
        return Reply.array(Reply.bulk(key), Reply.array(elements));
    }

    /**
     * Pushes {@code value} at {@code where} of the list at {@code key}, creating it (lmoveHandlePush());
     * the destination was checked to be a list or missing.
     */
    static void pushMoved(Call call, byte[] key, RedisList dst, ListEnd where, byte[] value) {
        Database db = call.db();
        if (dst == null) {
            dst = create(call);
            dst.push(where, value);
            db.set(key, dst);
        } else {
            dst.push(where, value);
            db.modified(key, 1);
        }
        call.notifyKeyspaceEvent(NotifyType.LIST, pushEvent(where), key);
    }

    /**
     * LMOVE's body, shared by RPOPLPUSH, BLMOVE and BRPOPLPUSH: checks the destination, pops from
     * a non-empty source and pushes on the destination. Returns the moved element.
     */
    static byte[] move(Call call, byte[] src, RedisList source, byte[] dst, ListEnd from, ListEnd to) {
        Database db = call.db();
        RedisList destination = db.get(dst, RedisList.class, call.now());
        byte[] value = source.pop(from);
        pushMoved(call, dst, destination, to, value); // the same list when src is dst: a rotation
        popped(call, src, source, from, 1);
        return value;
    }
}
