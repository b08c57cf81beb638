package io.hexaredis.adapter.persistence.rdb;

import static io.hexaredis.adapter.persistence.rdb.Listpack.need;
import static io.hexaredis.adapter.persistence.rdb.Listpack.signedLE;
import static io.hexaredis.adapter.persistence.rdb.Listpack.slice;
import static io.hexaredis.adapter.persistence.rdb.Listpack.u32;

import io.hexaredis.domain.bytes.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The ziplist: the compact list encoding of Redis 2.6 to 6.2, found in RDB files those versions
 * wrote (small lists, hashes and sorted sets, and quicklist nodes). Redis 7 converts every ziplist
 * it loads to a listpack; this server only reads them.
 *
 * <p>Redis: ziplist.c. Layout (numbers little-endian unless said otherwise):
 * <pre>
 *   zlbytes:u32  zltail:u32  zllen:u16  entry ... entry  FF
 *   entry = prevlen encoding [data]
 *   prevlen: 1 byte (0..253), or FE followed by a u32
 *
 *   00LLLLLL                        string of up to 63 bytes
 *   01LLLLLL LLLLLLLL               string of up to 16383 bytes (length big-endian)
 *   10000000 L:u32 (big-endian)     longer string
 *   11000000 i16 | 11010000 i32 | 11100000 i64 | 11110000 i24 | 11111110 i8
 *   1111xxxx                        xxxx from 0001 to 1101: the integer xxxx - 1 (0..12)
 * </pre>
 */
public final class Ziplist {

    private static final int END = 0xFF;

    private Ziplist() {}

    /** The elements of a ziplist, integers as their decimal text. */
    public static List<byte[]> decode(byte[] zl) {
        if (zl.length < 11) {
            throw new IllegalArgumentException("ziplist shorter than its header");
        }
        if (u32(zl, 0) != zl.length) {
            throw new IllegalArgumentException("ziplist header says " + u32(zl, 0) + " bytes, blob has " + zl.length);
        }
        int count = (zl[8] & 0xff) | (zl[9] & 0xff) << 8;
        List<byte[]> out = new ArrayList<>(count == 0xffff ? 16 : count);
        int p = 10;
        while (true) {
            need(zl, p, 1);
            if ((zl[p] & 0xff) == END) {
                if (p != zl.length - 1) {
                    throw new IllegalArgumentException("ziplist end marker before the end of the blob");
                }
                break;
            }
            p += (zl[p] & 0xff) < 254 ? 1 : 5;
            need(zl, p, 1);
            int b = zl[p] & 0xff;
            switch (b >>> 6) {
                case 0 -> {
                    int len = b & 0x3f;
                    need(zl, p + 1, len);
                    out.add(slice(zl, p + 1, len));
                    p += 1 + len;
                }
                case 1 -> {
                    need(zl, p, 2);
                    int len = (b & 0x3f) << 8 | (zl[p + 1] & 0xff);
                    need(zl, p + 2, len);
                    out.add(slice(zl, p + 2, len));
                    p += 2 + len;
                }
                case 2 -> {
                    need(zl, p, 5);
                    long len = (zl[p + 1] & 0xffL) << 24 | (zl[p + 2] & 0xffL) << 16 | (zl[p + 3] & 0xffL) << 8
                            | (zl[p + 4] & 0xffL);
                    if (len > zl.length) {
                        throw new IllegalArgumentException("ziplist string length " + len + " past the end");
                    }
                    need(zl, p + 5, (int) len);
                    out.add(slice(zl, p + 5, (int) len));
                    p += 5 + (int) len;
                }
                default -> {
                    int width = switch (b) {
                        case 0xC0 -> 2;
                        case 0xD0 -> 4;
                        case 0xE0 -> 8;
                        case 0xF0 -> 3;
                        case 0xFE -> 1;
                        default -> 0;
                    };
                    if (width > 0) {
                        need(zl, p + 1, width);
                        out.add(Numbers.toBytes(signedLE(zl, p + 1, width)));
                        p += 1 + width;
                    } else if (b >= 0xF1 && b <= 0xFD) {
                        out.add(Numbers.toBytes((b & 0x0f) - 1));
                        p += 1;
                    } else {
                        throw new IllegalArgumentException("invalid ziplist encoding 0x" + Integer.toHexString(b) + " at " + p);
                    }
                }
            }
        }
        if (count != 0xffff && count != out.size()) {
            throw new IllegalArgumentException("ziplist header says " + count + " elements, found " + out.size());
        }
        return out;
    }
}
