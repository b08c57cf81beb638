package io.hexaredis.adapter.persistence.aof;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.keyspace.RedisValue;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.replication.EffectCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a keyspace image as the commands that rebuild it: the base of an AOF when
 * {@code aof-use-rdb-preamble} is no.
 *
 * <p>Redis: rewriteAppendOnlyFileRio() in aof.c. Each database starts with SELECT; a string key
 * becomes SET, followed by PEXPIREAT when it has an expiry. Collections become RPUSH, SADD, HSET and
 * ZADD commands of at most {@value #ITEMS_PER_COMMAND} items each (AOF_REWRITE_ITEMS_PER_CMD), one
 * branch per type, added with the collection types.
 */
final class AofRewriter implements KeyspaceImage.Visitor {

    static final int ITEMS_PER_COMMAND = 64;
    private static final byte[] SELECT = ascii("SELECT");
    private static final byte[] SET = ascii("SET");
    private static final byte[] PEXPIREAT = ascii("PEXPIREAT");

    private final OutputStream out;
    private final ByteArrayOutputStream scratch = new ByteArrayOutputStream(256);

    AofRewriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void database(int index, long size, long expires) throws IOException {
        emit(SELECT, Numbers.toBytes(index));
    }

    @Override
    public void entry(byte[] key, Object value, long expireAt) throws IOException {
        if (value instanceof byte[] s) {
            emit(SET, key, s);
        } else {
            String type = value instanceof RedisValue v ? v.type().word() : value.getClass().getName();
            throw new IOException("values of type " + type + " cannot be rewritten by this server yet");
        }
        if (expireAt != KeyTable.NO_EXPIRY) {
            emit(PEXPIREAT, key, Numbers.toBytes(expireAt));
        }
    }

    private void emit(byte[]... argv) throws IOException {
        scratch.reset();
        EffectCodec.encode(argv, scratch);
        scratch.writeTo(out);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
