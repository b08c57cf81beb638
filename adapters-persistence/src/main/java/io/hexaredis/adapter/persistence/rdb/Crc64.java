package io.hexaredis.adapter.persistence.rdb;

/**
 * The CRC-64 Redis appends to RDB files and DUMP payloads: the "Jones" polynomial
 * {@code 0xad93d23594c935a9}, bits reflected in and out, initial value 0, no final xor. Its check
 * value is {@code crc64("123456789") = 0xe9c6d914c4b8d9ca}.
 *
 * <p>Redis: crc64.c (and crcspeed.c, which computes it eight bytes at a time). This implementation
 * uses the same idea, "slicing by 8": eight tables of 256 entries, so that the checksum costs about
 * one table lookup per byte and keeps up with the disk.
 */
public final class Crc64 {

    private static final long POLY_REFLECTED = Long.reverse(0xad93d23594c935a9L);
    private static final long[][] TABLES = new long[8][256];

    static {
        for (int n = 0; n < 256; n++) {
            long crc = n;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLY_REFLECTED : crc >>> 1;
            }
            TABLES[0][n] = crc;
        }
        for (int n = 0; n < 256; n++) {
            long crc = TABLES[0][n];
            for (int t = 1; t < 8; t++) {
                crc = TABLES[0][(int) (crc & 0xff)] ^ (crc >>> 8);
                TABLES[t][n] = crc;
            }
        }
    }

    private Crc64() {}

    /** Continues {@code crc} over {@code len} bytes of {@code b} from {@code off}. */
    public static long update(long crc, byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (end - i >= 8) {
            crc ^= (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                    | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48
                    | (b[i + 7] & 0xffL) << 56;
            crc = TABLES[7][(int) (crc & 0xff)] ^ TABLES[6][(int) ((crc >>> 8) & 0xff)]
                    ^ TABLES[5][(int) ((crc >>> 16) & 0xff)] ^ TABLES[4][(int) ((crc >>> 24) & 0xff)]
                    ^ TABLES[3][(int) ((crc >>> 32) & 0xff)] ^ TABLES[2][(int) ((crc >>> 40) & 0xff)]
                    ^ TABLES[1][(int) ((crc >>> 48) & 0xff)] ^ TABLES[0][(int) (crc >>> 56)];
            i += 8;
        }
        for (; i < end; i++) {
            crc = TABLES[0][(int) ((crc ^ b[i]) & 0xff)] ^ (crc >>> 8);
        }
        return crc;
    }

    public static long update(long crc, int b) {
        return TABLES[0][(int) ((crc ^ b) & 0xff)] ^ (crc >>> 8);
    }

    /** The checksum of {@code b} from scratch. */
    public static long of(byte[] b) {
        return update(0, b, 0, b.length);
    }
}
