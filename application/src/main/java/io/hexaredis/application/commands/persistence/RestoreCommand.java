package io.hexaredis.application.commands.persistence;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.persistence.SnapshotStore;
import java.util.Arrays;

/**
 * RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]
 *
 * <p>Redis: restoreCommand() in cluster.c. Creates {@code key} from a DUMP payload, after checking
 * its RDB version and CRC64. {@code ttl} is in milliseconds, 0 for none; with ABSTTL it is a Unix
 * time in milliseconds. An existing key is an error (BUSYKEY) unless REPLACE. IDLETIME and FREQ
 * set the LRU/LFU hints of the key; this server keeps no such statistics and accepts them for
 * compatibility.
 *
 * <p>Checks come in Redis's order: options, then BUSYKEY, then the TTL, then the payload. REPLACE
 * deletes the old key as stored, even one whose time has passed (no "expired" event). A TTL
 * already in the past creates nothing (and deletes the replaced key, propagated as DEL). A relative
 * TTL is propagated as an absolute one: the request is rewritten with the expiry time and ABSTTL,
 * so replicas and the AOF get the same deadline.
 */
final class RestoreCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("restore", -4, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 1, 1).group(CommandGroup.GENERIC).since("2.6.0")
            .syntax("key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]")
            .complexity("O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where"
                    + " N is the number of Redis objects composing the value and M their average size.")
            .summary("Creates a key from the serialized representation of a value.");

    static final RedisError BUSYKEY = new RedisError("BUSYKEY Target key name already exists.");
    static final RedisError INVALID_TTL = new RedisError("ERR Invalid TTL value, must be >= 0");
    static final RedisError INVALID_IDLETIME = new RedisError("ERR Invalid IDLETIME value, must be >= 0");
    static final RedisError INVALID_FREQ = new RedisError("ERR Invalid FREQ value, must be >= 0 and <= 255");
    static final RedisError BAD_PAYLOAD = new RedisError("ERR DUMP payload version or checksum are wrong");
    static final RedisError BAD_DATA = new RedisError("ERR Bad data format");

    private static final byte[] DEL = ByteStrings.ascii("DEL");
    private static final byte[] ABSTTL_WORD = ByteStrings.ascii("ABSTTL");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        boolean replace = false;
        boolean absttl = false;
        for (int j = 4; j < call.argc(); j++) {
            byte[] opt = call.arg(j);
            boolean more = j + 1 < call.argc();
            if (ByteStrings.equalsIgnoreCase(opt, "replace")) {
                replace = true;
            } else if (ByteStrings.equalsIgnoreCase(opt, "absttl")) {
                absttl = true;
            } else if (ByteStrings.equalsIgnoreCase(opt, "idletime") && more) {
                if (call.longArg(++j) < 0) {
                    throw INVALID_IDLETIME;
                }
            } else if (ByteStrings.equalsIgnoreCase(opt, "freq") && more) {
                long freq = call.longArg(++j);
                if (freq < 0 || freq > 255) {
                    throw INVALID_FREQ;
                }
            } else {
                throw RedisError.SYNTAX;
            }
        }
        byte[] key = call.arg(1);
        Database db = call.db();
        if (!replace && db.exists(key, call.now())) {
            throw BUSYKEY;
        }
        long ttl = call.longArg(2);
        if (ttl < 0) {
            throw INVALID_TTL;
        }
        SnapshotStore snapshots = call.server().persistence().snapshots();
        byte[] payload = call.arg(3);
        if (!snapshots.isValidDump(payload)) {
            throw BAD_PAYLOAD;
        }
        Object value = snapshots.restore(payload);
        if (value == null) {
            throw BAD_DATA;
        }
        boolean deleted = replace && db.deleteAsStored(key);
        long expireAt = ttl == 0 ? KeyTable.NO_EXPIRY : absttl ? ttl : ttl + call.now();
        if (expireAt != KeyTable.NO_EXPIRY && expireAt <= call.now() && !call.keyspace().masterControlsExpiry()) {
            if (deleted) {
                call.propagateAs(DEL, key);
                call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
            }
            return Reply.OK;
        }
        db.set(key, value, expireAt);
        if (expireAt != KeyTable.NO_EXPIRY && !absttl) {
            byte[][] argv = Arrays.copyOf(call.argv(), call.argc() + 1);
            argv[2] = Numbers.toBytes(expireAt);
            argv[call.argc()] = ABSTTL_WORD;
            call.propagateAs(argv);
        }
        call.notifyKeyspaceEvent(NotifyType.GENERIC, "restore", key);
        return Reply.OK;
    }
}
