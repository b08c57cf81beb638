package io.hexaredis.adapter.persistence.rdb;

/**
 * LZF, the small and fast compression Redis applies to long strings in RDB files.
 *
 * <p>Redis: lzf_c.c and lzf_d.c (Marc Lehmann's liblzf). The compressed stream is a sequence of
 * chunks, each starting with a control byte:
 * <pre>
 *   000LLLLL  &lt;L+1 literal bytes&gt;              a run of 1..32 bytes copied as they are
 *   LLLooooo  oooooooo                          a back reference: copy L+2 bytes (L = 1..6)
 *   111ooooo  LLLLLLLL  oooooooo                the same with L = 7 + the next byte (up to 264 bytes)
 * </pre>
 * where the 13 offset bits {@code o} say how far back the copy starts: distance {@code o + 1}, at
 * most 8192 bytes. A copy may overlap the bytes it produces (a run of one repeated byte is a
 * reference at distance 1).
 *
 * <p>The compressor finds repeats with a hash table of the last position of each 3-byte sequence.
 * It need not produce the same bytes as liblzf (no reader compares them), only a stream every LZF
 * decompressor accepts.
 */
public final class Lzf {

    private static final int HASH_LOG = 14;
    private static final int MAX_LITERAL = 32;
    private static final int MAX_OFFSET = 1 << 13;
    private static final int MAX_REF = (1 << 8) + (1 << 3); // 264 bytes, the longest back reference

    private Lzf() {}

    /**
     * Compresses {@code in[off..off+len)} into {@code out}; returns the compressed length, or 0 if
     * it does not fit in {@code outLimit} bytes (the caller then stores the string uncompressed,
     * as lzf_compress()'s callers in rdb.c do).
     */
    public static int compress(byte[] in, int off, int len, byte[] out, int outLimit) {
        return compress(in, off, len, out, outLimit, newTable());
    }

    /** A hash table for {@link #compress(byte[], int, int, byte[], int, int[])}, reusable by one thread. */
    public static int[] newTable() {
        return new int[1 << HASH_LOG];
    }

    /**
     * Like {@link #compress(byte[], int, int, byte[], int)} with a caller-owned hash table. As in
     * liblzf, the table is never cleared: an entry left by an earlier input is only a candidate,
     * checked against the bytes before use, so it can cost a missed match but never a wrong one.
     * This keeps the cost of compressing many short strings proportional to their length.
     */
    public static int compress(byte[] in, int off, int len, byte[] out, int outLimit, int[] table) {
        int end = off + len;
        int ip = off;
        int op = 0;
        int lit = 0;
        if (outLimit < 1) {
            return 0;
        }
        out[op++] = 0; // control byte of the first literal run, fixed up later
        while (ip + 2 < end) {
            int h = hash(in, ip);
            int ref = table[h];
            table[h] = ip;
            int distance = ip - ref;
            if (ref >= off && ref < ip && distance <= MAX_OFFSET
                    && in[ref] == in[ip] && in[ref + 1] == in[ip + 1] && in[ref + 2] == in[ip + 2]) {
                int maxLen = Math.min(MAX_REF, end - ip);
                int l = 3;
                while (l < maxLen && in[ref + l] == in[ip + l]) {
                    l++;
                }
                if (lit == 0) {
                    op--; // no literals before this reference: drop the empty run's control byte
                } else {
                    out[op - lit - 1] = (byte) (lit - 1);
                }
                int o = distance - 1;
                int encodedLen = l - 2;
                int need = encodedLen < 7 ? 2 : 3;
                if (op + need + 1 > outLimit) {
                    return 0;
                }
                if (encodedLen < 7) {
                    out[op++] = (byte) ((o >>> 8) + (encodedLen << 5));
                } else {
                    out[op++] = (byte) ((o >>> 8) + (7 << 5));
                    out[op++] = (byte) (encodedLen - 7);
                }
                out[op++] = (byte) o;
                ip += l;
                if (ip + 2 < end) {
                    table[hash(in, ip - 1)] = ip - 1;
                }
                out[op++] = 0;
                lit = 0;
            } else {
                if (op + 1 > outLimit) {
                    return 0;
                }
                out[op++] = in[ip++];
                if (++lit == MAX_LITERAL) {
                    out[op - lit - 1] = (byte) (MAX_LITERAL - 1);
                    lit = 0;
                    if (op + 1 > outLimit) {
                        return 0;
                    }
                    out[op++] = 0;
                }
            }
        }
        while (ip < end) {
            if (op + 1 > outLimit) {
                return 0;
            }
            out[op++] = in[ip++];
            if (++lit == MAX_LITERAL) {
                out[op - lit - 1] = (byte) (MAX_LITERAL - 1);
                lit = 0;
                if (op + 1 > outLimit) {
                    return 0;
                }
                out[op++] = 0;
            }
        }
        if (lit == 0) {
            op--;
        } else {
            out[op - lit - 1] = (byte) (lit - 1);
        }
        return op;
    }

    /**
     * Decompresses {@code in} into exactly {@code originalLength} bytes.
     *
     * @throws IllegalArgumentException when the data is not a valid LZF stream of that length
     */
    public static byte[] decompress(byte[] in, int originalLength) {
        byte[] out = new byte[originalLength];
        int ip = 0;
        int op = 0;
        while (ip < in.length) {
            int ctrl = in[ip++] & 0xff;
            if (ctrl < 32) {
                int run = ctrl + 1;
                if (op + run > out.length) {
                    throw new IllegalArgumentException("LZF literal run overflows the output");
                }
                if (ip + run > in.length) {
                    throw new IllegalArgumentException("LZF literal run past the end of the input");
                }
                System.arraycopy(in, ip, out, op, run);
                ip += run;
                op += run;
            } else {
                int len = ctrl >>> 5;
                if (len == 7) {
                    if (ip >= in.length) {
                        throw new IllegalArgumentException("LZF reference past the end of the input");
                    }
                    len += in[ip++] & 0xff;
                }
                if (ip >= in.length) {
                    throw new IllegalArgumentException("LZF reference past the end of the input");
                }
                int ref = op - ((ctrl & 0x1f) << 8) - (in[ip++] & 0xff) - 1;
                len += 2;
                if (ref < 0) {
                    throw new IllegalArgumentException("LZF reference before the start of the output");
                }
                if (op + len > out.length) {
                    throw new IllegalArgumentException("LZF reference overflows the output");
                }
                for (int i = 0; i < len; i++) {
                    out[op++] = out[ref++];
                }
            }
        }
        if (op != out.length) {
            throw new IllegalArgumentException("LZF data decompresses to " + op + " bytes, not " + originalLength);
        }
        return out;
    }

    private static int hash(byte[] in, int i) {
        int v = (in[i] & 0xff) << 16 | (in[i + 1] & 0xff) << 8 | (in[i + 2] & 0xff);
        return (v * 0x9E3779B1) >>> (32 - HASH_LOG);
    }
}
