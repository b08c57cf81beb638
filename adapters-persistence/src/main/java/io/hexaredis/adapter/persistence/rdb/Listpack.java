package io.hexaredis.adapter.persistence.rdb;

import io.hexaredis.domain.bytes.Numbers;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The listpack: Redis 7's compact serialized list of strings and integers, the payload of small
 * hashes and sorted sets and of each quicklist node in RDB version 10.
 *
 * <p>Redis: listpack.c. Layout (all multi-byte numbers little-endian):
 * <pre>
 *   total-bytes:u32  num-elements:u16  entry ... entry  FF
 *   entry = encoding [data] backlen
 *
 *   0xxxxxxx                      7-bit unsigned integer
 *   10LLLLLL [L bytes]            string of up to 63 bytes
 *   110xxxxx xxxxxxxx             13-bit signed integer (big-endian bits)
 *   1110LLLL LLLLLLLL [L bytes]   string of up to 4095 bytes
 *   11110000 L:u32 [L bytes]      longer string
 *   11110001 i16 | 11110010 i24 | 11110011 i32 | 11110100 i64
 *   11111111                      end of the listpack
 * </pre>
 * {@code backlen} is the length of encoding plus data, in 1 to 5 bytes of 7 bits each, stored so
 * that it can be read backwards (for reverse iteration). {@code num-elements} is 65535 when the
 * count does not fit.
 */
public final class Listpack {

    private static final int EOF = 0xFF;
    private static final int UNKNOWN_COUNT = 65535;

    private Listpack() {}

    /** The elements of a listpack, integers as their decimal text. */
    public static List<byte[]> decode(byte[] lp) {
        if (lp.length < 7) {
            throw new IllegalArgumentException("listpack shorter than its header");
        }
        long total = u32(lp, 0);
        if (total != lp.length) {
            throw new IllegalArgumentException("listpack header says " + total + " bytes, blob has " + lp.length);
        }
        int count = (lp[4] & 0xff) | (lp[5] & 0xff) << 8;
        List<byte[]> out = new ArrayList<>(count == UNKNOWN_COUNT ? 16 : count);
        int p = 6;
        while (true) {
            need(lp, p, 1);
            int b = lp[p] & 0xff;
            if (b == EOF) {
                if (p != lp.length - 1) {
                    throw new IllegalArgumentException("listpack end marker before the end of the blob");
                }
                break;
            }
            int start = p;
            byte[] element;
            if ((b & 0x80) == 0) {
                element = Numbers.toBytes(b & 0x7f);
                p += 1;
            } else if ((b & 0xC0) == 0x80) {
                int len = b & 0x3f;
                need(lp, p + 1, len);
                element = slice(lp, p + 1, len);
                p += 1 + len;
            } else if ((b & 0xE0) == 0xC0) {
                need(lp, p, 2);
                int v = (b & 0x1f) << 8 | (lp[p + 1] & 0xff);
                if (v >= 1 << 12) {
                    v -= 1 << 13;
                }
                element = Numbers.toBytes(v);
                p += 2;
            } else if ((b & 0xF0) == 0xE0) {
                need(lp, p, 2);
                int len = (b & 0x0f) << 8 | (lp[p + 1] & 0xff);
                need(lp, p + 2, len);
                element = slice(lp, p + 2, len);
                p += 2 + len;
            } else if (b == 0xF0) {
                need(lp, p, 5);
                long len = u32(lp, p + 1);
                if (len > lp.length) {
                    throw new IllegalArgumentException("listpack string length " + len + " past the end");
                }
                need(lp, p + 5, (int) len);
                element = slice(lp, p + 5, (int) len);
                p += 5 + (int) len;
            } else if (b >= 0xF1 && b <= 0xF4) {
                int width = b == 0xF1 ? 2 : b == 0xF2 ? 3 : b == 0xF3 ? 4 : 8;
                need(lp, p, 1 + width);
                element = Numbers.toBytes(signedLE(lp, p + 1, width));
                p += 1 + width;
            } else {
                throw new IllegalArgumentException("invalid listpack encoding 0x" + Integer.toHexString(b) + " at " + p);
            }
            int backlen = backlenSize(p - start);
            need(lp, p, backlen);
            if (decodeBacklen(lp, p + backlen - 1) != p - start) {
                throw new IllegalArgumentException("listpack back length does not match its entry at " + start);
            }
            p += backlen;
            out.add(element);
        }
        if (count != UNKNOWN_COUNT && count != out.size()) {
            throw new IllegalArgumentException("listpack header says " + count + " elements, found " + out.size());
        }
        return out;
    }

    /** A listpack of {@code elements}, each stored as an integer when it is one (lpAppend()). */
    public static byte[] encode(List<byte[]> elements) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + elements.size() * 8);
        out.write(new byte[6], 0, 6);
        byte[] entry = new byte[9];
        for (byte[] e : elements) {
            int len;
            long v = Numbers.parseLongOr(e, Long.MIN_VALUE);
            boolean integer = e.length > 0 && e.length <= Numbers.MAX_LONG_CHARS
                    && (v != Long.MIN_VALUE || Numbers.isLong(e));
            if (integer) {
                len = encodeInteger(v, entry);
                out.write(entry, 0, len);
            } else if (e.length < 64) {
                len = 1 + e.length;
                out.write(0x80 | e.length);
                out.write(e, 0, e.length);
            } else if (e.length < 4096) {
                len = 2 + e.length;
                out.write(0xE0 | e.length >>> 8);
                out.write(e.length & 0xff);
                out.write(e, 0, e.length);
            } else {
                len = 5 + e.length;
                out.write(0xF0);
                writeU32(out, e.length);
                out.write(e, 0, e.length);
            }
            writeBacklen(out, len);
        }
        out.write(EOF);
        byte[] lp = out.toByteArray();
        putU32(lp, 0, lp.length);
        int count = Math.min(elements.size(), UNKNOWN_COUNT);
        lp[4] = (byte) count;
        lp[5] = (byte) (count >>> 8);
        return lp;
    }

    private static int encodeInteger(long v, byte[] b) {
        if (v >= 0 && v <= 127) {
            b[0] = (byte) v;
            return 1;
        }
        if (v >= -4096 && v <= 4095) {
            long u = v < 0 ? (1 << 13) + v : v;
            b[0] = (byte) (0xC0 | (u >>> 8));
            b[1] = (byte) u;
            return 2;
        }
        int width;
        if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            b[0] = (byte) 0xF1;
            width = 2;
        } else if (v >= -(1 << 23) && v <= (1 << 23) - 1) {
            b[0] = (byte) 0xF2;
            width = 3;
        } else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            b[0] = (byte) 0xF3;
            width = 4;
        } else {
            b[0] = (byte) 0xF4;
            width = 8;
        }
        for (int i = 0; i < width; i++) {
            b[1 + i] = (byte) (v >>> (8 * i));
        }
        return 1 + width;
    }

    /** Bytes lpEncodeBacklen() uses for an entry of {@code len} bytes. */
    static int backlenSize(long len) {
        if (len <= 127) {
            return 1;
        }
        if (len < 16383) {
            return 2;
        }
        if (len < 2097151) {
            return 3;
        }
        if (len < 268435455) {
            return 4;
        }
        return 5;
    }

    private static void writeBacklen(ByteArrayOutputStream out, long len) {
        int n = backlenSize(len);
        for (int i = n - 1; i >= 0; i--) {
            int group = (int) (len >>> (7 * i)) & 127;
            out.write(i == n - 1 ? group : group | 128);
        }
    }

    /** Reads a backlen backwards from its last byte at {@code p}. */
    private static long decodeBacklen(byte[] lp, int p) {
        long v = 0;
        int shift = 0;
        do {
            v |= (long) (lp[p] & 127) << shift;
            shift += 7;
        } while ((lp[p--] & 128) != 0 && shift < 35);
        return v;
    }

    static long u32(byte[] b, int p) {
        return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24;
    }

    static long signedLE(byte[] b, int p, int width) {
        long v = 0;
        for (int i = 0; i < width; i++) {
            v |= (b[p + i] & 0xffL) << (8 * i);
        }
        int shift = 64 - 8 * width;
        return v << shift >> shift;
    }

    static byte[] slice(byte[] b, int p, int len) {
        byte[] s = new byte[len];
        System.arraycopy(b, p, s, 0, len);
        return s;
    }

    static void need(byte[] b, int p, int n) {
        if (n < 0 || p < 0 || p + (long) n > b.length) {
            throw new IllegalArgumentException("entry at " + p + " runs past the end of the blob");
        }
    }

    private static void writeU32(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    private static void putU32(byte[] b, int p, long v) {
        for (int i = 0; i < 4; i++) {
            b[p + i] = (byte) (v >>> (8 * i));
        }
    }
}
