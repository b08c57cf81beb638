package io.hexaredis.application.commands.replication;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.replication.Replication;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import java.nio.charset.StandardCharsets;

/**
 * REPLCONF [option value ...]
 *
 * <p>Redis: replconfCommand() in replication.c. What a replica tells its master before and after
 * PSYNC, as option/value pairs:
 * <ul>
 *   <li>{@code listening-port <port>} and {@code ip-address <ip>}: how INFO and ROLE (and Sentinel)
 *       name the replica;
 *   <li>{@code capa eof}, {@code capa psync2}: it can read a snapshot ended by a mark (diskless),
 *       and "+CONTINUE id"; unknown capabilities are ignored;
 *   <li>{@code rdb-only 0|1}: the snapshot only (redis-cli --rdb);
 *   <li>{@code rdb-filter-only <parts>}: a snapshot without keys ("" or "functions", the only
 *       part Redis 7.0 knows; redis-cli --replica and --functions-rdb);
 *   <li>{@code ack <offset>}: how much of the stream it applied, every second and on request;
 *       never answered;
 *   <li>{@code getack *}: from a master to its replica, "acknowledge now"; answered with an ACK
 *       on the link, not with a reply.
 * </ul>
 * An even number of words is a syntax error; anything else "Unrecognized REPLCONF option".
 */
final class ReplconfCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("replconf", -1, CommandFlag.ADMIN, CommandFlag.NOSCRIPT,
                    CommandFlag.LOADING, CommandFlag.STALE, CommandFlag.ALLOW_BUSY)
            .group(CommandGroup.SERVER).summary("An internal command for configuring the replication stream")
            .complexity("O(1)").since("3.0.0");

    private static final int NET_HOST_STR_LEN = 256; // the longest address Redis accepts

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.argc() % 2 == 0) {
            return Reply.error(RedisError.SYNTAX.line());
        }
        Replication replication = call.replication();
        for (int j = 1; j < call.argc(); j += 2) {
            String option = ByteStrings.lowerAscii(call.arg(j));
            switch (option) {
                case "listening-port" -> replication.announcePort(call.session(), (int) call.longArg(j + 1));
                case "ip-address" -> {
                    byte[] ip = call.arg(j + 1);
                    if (ip.length >= NET_HOST_STR_LEN) {
                        return Reply.error("ERR REPLCONF ip-address provided by replica instance is too long: "
                                + ip.length + " bytes");
                    }
                    replication.announceIp(call.session(), new String(ip, StandardCharsets.ISO_8859_1));
                }
                case "capa" -> replication.announceCapability(call.session(),
                        new String(call.arg(j + 1), StandardCharsets.ISO_8859_1));
                case "ack" -> {
                    if (call.session().isReplica()) {
                        Long offset = parse(call.arg(j + 1));
                        if (offset != null) {
                            replication.ack(call.session(), offset);
                        }
                    }
                    return Reply.NONE;
                }
                case "getack" -> {
                    replication.getAck(call.session());
                    return Reply.NONE;
                }
                case "rdb-filter-only" -> {
                    String error = replication.rdbFilter(call.session(),
                            new String(call.arg(j + 1), StandardCharsets.ISO_8859_1));
                    if (error != null) {
                        return Reply.error(error);
                    }
                }
                case "rdb-only" -> {
                    long v = call.longArg(j + 1);
                    if (v < 0 || v > 1) {
                        return Reply.error("ERR value is out of range, value must between 0 and 1");
                    }
                    replication.rdbOnly(call.session(), v == 1);
                }
                default -> {
                    return Reply.error("ERR Unrecognized REPLCONF option: "
                            + new String(call.arg(j), StandardCharsets.UTF_8));
                }
            }
        }
        return Reply.OK;
    }

    private static Long parse(byte[] number) {
        try {
            return io.hexaredis.domain.bytes.Numbers.parseLong(number);
        } catch (RedisError e) {
            return null;
        }
    }
}
