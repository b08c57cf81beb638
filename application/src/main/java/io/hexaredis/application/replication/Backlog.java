package io.hexaredis.application.replication;

import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.replication.EffectCodec;
import io.hexaredis.domain.replication.ReplicationLog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The master's replication stream and its offset: every effect is encoded once, in the RESP form
 * replicas receive, and the offset grows by its length.
 *
 * <p>Redis: feedReplicationBuffer() and {@code master_repl_offset} in replication.c. Like Redis,
 * a SELECT is emitted before an effect whose database differs from the previous effect's
 * ({@code server.slaveseldb}).
 */
public final class Backlog implements ReplicationLog {

    private long offset;
    private int selectedDb = -1;
    private final ByteArrayOutputStream scratch = new ByteArrayOutputStream(256);

    @Override
    public void append(Effect effect) {
        scratch.reset();
        if (effect.db() != selectedDb) {
            byte[][] select = {"SELECT".getBytes(StandardCharsets.US_ASCII),
                    Integer.toString(effect.db()).getBytes(StandardCharsets.US_ASCII)};
            EffectCodec.encode(select, scratch);
            selectedDb = effect.db();
        }
        EffectCodec.encode(effect.argv(), scratch);
        offset += scratch.size();
    }

    @Override
    public long offset() {
        return offset;
    }
}
