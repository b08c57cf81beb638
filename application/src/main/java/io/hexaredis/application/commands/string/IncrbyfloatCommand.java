package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.string.RedisString;

/**
 * INCRBYFLOAT key increment
 *
 * <p>Adds a floating point increment with long double precision and stores the result as text
 * ({@code %.17Lf} without trailing zeros: "10.6", "5200"), keeping the TTL, and answers that text.
 * Both the value and the increment may be anything strtold() reads, exponents and hexadecimal
 * included. "value is not a valid float" otherwise, "increment would produce NaN or Infinity"
 * when the sum is not finite.
 *
 * <p>Propagated as {@code SET key <result> KEEPTTL}: the stored text is the effect, so a replica
 * or an AOF replay gets the same bytes whatever its own floating point arithmetic would do.
 *
 * <p>Redis: incrbyfloatCommand() in t_string.c; the arithmetic is {@link RedisString#incrByFloat}.
 */
final class IncrbyfloatCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("incrbyfloat", 3, CommandFlag.WRITE,
                    CommandFlag.DENYOOM, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key increment")
            .summary("Increment the float value of a key by the given amount").complexity("O(1)").since("2.6.0");

    private static final byte[] SET = ByteStrings.ascii("SET");
    private static final byte[] KEEPTTL = ByteStrings.ascii("KEEPTTL");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        byte[] old = call.db().getString(key, call.now());
        byte[] value = RedisString.incrByFloat(old, call.arg(2));
        call.db().setKeepTtl(key, value);
        call.notifyKeyspaceEvent(NotifyType.STRING, "incrbyfloat", key);
        call.propagateAs(SET, key, value, KEEPTTL);
        return Reply.bulk(value);
    }
}
