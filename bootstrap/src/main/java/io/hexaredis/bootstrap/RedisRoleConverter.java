package io.hexaredis.bootstrap;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.function.BooleanSupplier;

/**
 * The role character of a Redis log line ({@code pid:M} or {@code pid:S}): M for a master, S for
 * a replica, as serverLogRaw() writes it. The server tells its role once it is built.
 */
public final class RedisRoleConverter extends ClassicConverter {

    private static volatile BooleanSupplier replica = () -> false;

    /** The running server's way to say whether it is a replica now. */
    static void follow(BooleanSupplier isReplica) {
        replica = isReplica;
    }

    @Override
    public String convert(ILoggingEvent event) {
        return replica.getAsBoolean() ? "S" : "M";
    }
}
