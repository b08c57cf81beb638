package io.hexaredis.adapter.persistence.rdb;

import static io.hexaredis.adapter.persistence.rdb.Listpack.need;
import static io.hexaredis.adapter.persistence.rdb.Listpack.slice;
import static io.hexaredis.adapter.persistence.rdb.Listpack.u32;

import java.util.ArrayList;
import java.util.List;

/**
 * The zipmap: the small-hash encoding of Redis before 2.6, still readable in old RDB files.
 *
 * <p>Redis: zipmap.c. Layout:
 * <pre>
 *   zmlen:u8  (len key  len free value [free unused bytes]) ...  FF
 *   len: one byte 0..253, or FE followed by a u32 (little-endian)
 *   zmlen: the number of pairs when below 254, else unknown
 * </pre>
 */
public final class Zipmap {

    private static final int BIGLEN = 254;
    private static final int END = 255;

    private Zipmap() {}

    /** Fields and values, alternating. */
    public static List<byte[]> decode(byte[] zm) {
        List<byte[]> out = new ArrayList<>();
        need(zm, 0, 1);
        int p = 1;
        while (true) {
            need(zm, p, 1);
            if ((zm[p] & 0xff) == END) {
                break;
            }
            int[] cursor = {p};
            int keyLen = length(zm, cursor);
            need(zm, cursor[0], keyLen);
            out.add(slice(zm, cursor[0], keyLen));
            cursor[0] += keyLen;
            int valueLen = length(zm, cursor);
            need(zm, cursor[0], 1);
            int free = zm[cursor[0]++] & 0xff;
            need(zm, cursor[0], valueLen + free);
            out.add(slice(zm, cursor[0], valueLen));
            p = cursor[0] + valueLen + free;
        }
        return out;
    }

    private static int length(byte[] zm, int[] cursor) {
        need(zm, cursor[0], 1);
        int b = zm[cursor[0]] & 0xff;
        if (b < BIGLEN) {
            cursor[0]++;
            return b;
        }
        if (b == BIGLEN) {
            need(zm, cursor[0], 5);
            long len = u32(zm, cursor[0] + 1);
            if (len > zm.length) {
                throw new IllegalArgumentException("zipmap length " + len + " past the end");
            }
            cursor[0] += 5;
            return (int) len;
        }
        throw new IllegalArgumentException("unexpected zipmap end marker inside an entry");
    }
}
