package io.hexaredis.adapter.persistence.rdb;

import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.persistence.KeyspaceImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a whole RDB image: header, auxiliary fields, every database, EOF and checksum.
 *
 * <p>Redis: rdbSaveRio() and rdbSaveKeyValuePair() in rdb.c. Who calls it: the snapshot store, for
 * SAVE and BGSAVE (to a temporary file), for the base of an AOF rewrite, and for a full resync to
 * a replica (to a socket): the sink is any {@link OutputStream}. Keys are written in the order the
 * image gives them; each key is its optional expiry, its type byte, the key string, then the value.
 * The checksum is computed while writing and appended after EOF (or 0 when rdbchecksum is off, which
 * tells the loader not to check).
 */
public final class RdbWriter implements KeyspaceImage.Visitor {

    /** The auxiliary fields of the header: when and by what the file was made. */
    public record Aux(long ctimeSeconds, long usedMemory, boolean aofBase) {}

    private final RdbOutput out;
    private final boolean checksum;
    private final Aux aux;

    public RdbWriter(OutputStream sink, boolean compress, boolean checksum, Aux aux) {
        this.out = new RdbOutput(sink, compress);
        this.checksum = checksum;
        this.aux = aux;
    }

    /** Writes the image and flushes the sink; the sink is left open. */
    public long write(KeyspaceImage image) throws IOException {
        out.write(RdbFormat.MAGIC);
        out.write(String.format("%04d", RdbFormat.VERSION).getBytes(StandardCharsets.US_ASCII));
        auxField("redis-ver", ServerState.REDIS_VERSION.getBytes(StandardCharsets.US_ASCII));
        auxField("redis-bits", 64);
        auxField("ctime", aux.ctimeSeconds());
        auxField("used-mem", aux.usedMemory());
        auxField("aof-base", aux.aofBase() ? 1 : 0);
        image.accept(this);
        out.writeByte(RdbFormat.OPCODE_EOF);
        long crc = checksum ? out.crc() : 0;
        out.writeLongLE(crc);
        out.flush();
        return out.written();
    }

    @Override
    public void database(int index, long size, long expires) throws IOException {
        out.writeByte(RdbFormat.OPCODE_SELECTDB);
        out.writeLen(index);
        out.writeByte(RdbFormat.OPCODE_RESIZEDB);
        out.writeLen(size);
        out.writeLen(expires);
    }

    @Override
    public void entry(byte[] key, Object value, long expireAt) throws IOException {
        if (expireAt != KeyTable.NO_EXPIRY) {
            out.writeByte(RdbFormat.OPCODE_EXPIRETIME_MS);
            out.writeLongLE(expireAt);
        }
        out.writeByte(RdbValueWriter.typeOf(value));
        out.writeString(key);
        RdbValueWriter.write(out, value);
    }

    private void auxField(String name, byte[] value) throws IOException {
        out.writeByte(RdbFormat.OPCODE_AUX);
        out.writeString(name.getBytes(StandardCharsets.US_ASCII));
        out.writeString(value);
    }

    private void auxField(String name, long value) throws IOException {
        out.writeByte(RdbFormat.OPCODE_AUX);
        out.writeString(name.getBytes(StandardCharsets.US_ASCII));
        out.writeString(value);
    }
}
