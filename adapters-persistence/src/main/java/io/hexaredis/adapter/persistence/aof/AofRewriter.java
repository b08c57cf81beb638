package io.hexaredis.adapter.persistence.aof;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.hash.RedisHash;
import io.hexaredis.domain.list.RedisList;
import io.hexaredis.domain.set.RedisSet;
import io.hexaredis.domain.zset.RedisSortedSet;
import io.hexaredis.domain.zset.Scores;
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
 * branch per type (streams are not written yet). ZADD scores are the text Redis writes: the
 * listpack's own for a compact set (an integer when integral), {@code %.17g} for a skip list.
 */
final class AofRewriter implements KeyspaceImage.Visitor {

    static final int ITEMS_PER_COMMAND = 64;
    private static final byte[] SELECT = ascii("SELECT");
    private static final byte[] SET = ascii("SET");
    private static final byte[] PEXPIREAT = ascii("PEXPIREAT");
    private static final byte[] RPUSH = ascii("RPUSH");
    private static final byte[] SADD = ascii("SADD");
    private static final byte[] HSET = ascii("HSET");
    private static final byte[] ZADD = ascii("ZADD");

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
        } else if (value instanceof RedisList list) {
            Batch batch = new Batch(RPUSH, key, 1);
            list.forEach(batch::add);
            batch.flush();
        } else if (value instanceof RedisSet set) {
            Batch batch = new Batch(SADD, key, 1);
            set.forEach(batch::add);
            batch.flush();
        } else if (value instanceof RedisHash hash) {
            Batch batch = new Batch(HSET, key, 2);
            hash.forEach((field, v) -> {
                batch.add(field);
                batch.add(v);
            });
            batch.flush();
        } else if (value instanceof RedisSortedSet zset) {
            Batch batch = new Batch(ZADD, key, 2);
            boolean listpack = RedisSortedSet.LISTPACK.equals(zset.encoding());
            zset.forEach((member, score) -> {
                String text = listpack ? Scores.listpackText(score) : Numbers.formatDouble(score);
                batch.add(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                batch.add(member);
            });
            batch.flush();
        } else {
            String type = value instanceof RedisValue v ? v.type().word() : value.getClass().getName();
            throw new IOException("values of type " + type + " cannot be rewritten by this server yet");
        }
        if (expireAt != KeyTable.NO_EXPIRY) {
            emit(PEXPIREAT, key, Numbers.toBytes(expireAt));
        }
    }

    /** One command per {@value #ITEMS_PER_COMMAND} items (or pairs): RPUSH key e1 e2 ... */
    private final class Batch {
        private final byte[] command;
        private final byte[] key;
        private final int itemWidth;
        private final java.util.List<byte[]> items = new java.util.ArrayList<>();
        private IOException failure;

        Batch(byte[] command, byte[] key, int itemWidth) {
            this.command = command;
            this.key = key;
            this.itemWidth = itemWidth;
        }

        void add(byte[] item) {
            items.add(item);
            if (items.size() == ITEMS_PER_COMMAND * itemWidth) {
                try {
                    flush();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        void flush() throws IOException {
            if (failure != null) {
                throw failure;
            }
            if (items.isEmpty()) {
                return;
            }
            byte[][] argv = new byte[items.size() + 2][];
            argv[0] = command;
            argv[1] = key;
            for (int i = 0; i < items.size(); i++) {
                argv[i + 2] = items.get(i);
            }
            items.clear();
            emit(argv);
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
