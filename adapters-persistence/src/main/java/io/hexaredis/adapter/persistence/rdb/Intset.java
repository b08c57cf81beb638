package io.hexaredis.adapter.persistence.rdb;

import static io.hexaredis.adapter.persistence.rdb.Listpack.signedLE;
import static io.hexaredis.adapter.persistence.rdb.Listpack.u32;

import io.hexaredis.domain.bytes.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The intset: a sorted array of integers, all of one width, the encoding of small sets of
 * integers.
 *
 * <p>Redis: intset.c. Layout (little-endian):
 * <pre>
 *   encoding:u32 (2, 4 or 8: bytes per integer)  length:u32  integer ... integer (ascending)
 * </pre>
 */
public final class Intset {

    private Intset() {}

    /** The members, as decimal text, in ascending order. */
    public static List<byte[]> decode(byte[] is) {
        if (is.length < 8) {
            throw new IllegalArgumentException("intset shorter than its header");
        }
        long width = u32(is, 0);
        if (width != 2 && width != 4 && width != 8) {
            throw new IllegalArgumentException("invalid intset encoding " + width);
        }
        long length = u32(is, 4);
        if (8 + length * width != is.length) {
            throw new IllegalArgumentException("intset of " + length + " integers of " + width + " bytes has " + is.length + " bytes");
        }
        List<byte[]> out = new ArrayList<>((int) length);
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < length; i++) {
            long v = signedLE(is, 8 + i * (int) width, (int) width);
            if (i > 0 && v <= previous) {
                throw new IllegalArgumentException("intset not in ascending order at " + i);
            }
            previous = v;
            out.add(Numbers.toBytes(v));
        }
        return out;
    }

    /** An intset of {@code values} (any order, no duplicates), in the narrowest width that holds them. */
    public static byte[] encode(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int width = 2;
        for (long v : sorted) {
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                width = 8;
            } else if ((v < Short.MIN_VALUE || v > Short.MAX_VALUE) && width < 4) {
                width = 4;
            }
        }
        byte[] out = new byte[8 + sorted.length * width];
        out[0] = (byte) width;
        for (int i = 0; i < 4; i++) {
            out[4 + i] = (byte) (sorted.length >>> (8 * i));
        }
        for (int n = 0; n < sorted.length; n++) {
            for (int i = 0; i < width; i++) {
                out[8 + n * width + i] = (byte) (sorted[n] >>> (8 * i));
            }
        }
        return out;
    }
}
