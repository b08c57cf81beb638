package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Database;

/**
 * GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds |
 * PERSIST]
 *
 * <p>GET that also sets or removes the key's TTL. The order of checks is Redis's: options (syntax
 * error), then nil for a missing key, then the key's type (WRONGTYPE), and only then the expiry
 * ("invalid expire time in 'getex' command"): a bad expiry on a missing key answers nil.
 *
 * <p>GETEX itself is never propagated: an expiry becomes {@code PEXPIREAT key <ms>}, PERSIST on a
 * key that had a TTL becomes {@code PERSIST key}, and an EXAT or PXAT already in the past deletes
 * the key (after answering its value) and becomes {@code DEL key}. On a replica the master
 * decides when keys die, so there the past time is set like any other.
 *
 * <p>Redis: getexCommand() in t_string.c.
 */
final class GetexCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("getex", -2, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.STRING)
            .syntax("key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]")
            .summary("Get the value of a key and optionally set its expiration").complexity("O(1)").since("6.2.0");

    private static final byte[] PEXPIREAT = ByteStrings.ascii("PEXPIREAT");
    private static final byte[] PERSIST = ByteStrings.ascii("PERSIST");
    private static final byte[] DEL = ByteStrings.ascii("DEL");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        ExtendedArguments args = ExtendedArguments.forGetex(call, 2);
        byte[] key = call.arg(1);
        long now = call.now();
        Database db = call.db();
        byte[] value = db.getString(key, now);
        if (value == null) {
            return Reply.NIL;
        }
        long expireAt = args.hasExpiry() ? args.expireAtMillis(now, SPEC.name()) : 0;
        if (args.hasExpiry() && args.expiry.absolute && expireAt <= now && !call.keyspace().masterControlsExpiry()) {
            db.delete(key, now);
            call.propagateAs(DEL, key);
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
        } else if (args.hasExpiry()) {
            db.setExpire(key, expireAt);
            call.propagateAs(PEXPIREAT, key, Numbers.toBytes(expireAt));
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "expire", key);
        } else if (args.persist && db.persist(key)) {
            call.propagateAs(PERSIST, key);
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "persist", key);
        }
        return Reply.bulk(value);
    }
}
