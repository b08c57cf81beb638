package io.hexaredis.adapter.persistence.rdb;

import io.hexaredis.domain.bytes.Numbers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where an RDB stream is read from: a byte source that keeps the running CRC64 and the offset, and
 * knows the format's length and string encodings.
 *
 * <p>Redis: rio.c plus the low-level readers of rdb.c (rdbLoadType, rdbLoadLenByRef,
 * rdbGenericLoadStringObject, rdbLoadMillisecondTime, rdbLoadDoubleValue). It never reads past
 * what it is asked for, so an RDB image can be followed by more data in the same stream (the
 * commands after the RDB preamble of an AOF); the caller provides the buffering.
 */
public final class RdbInput {

    /** Strings longer than this are refused as corrupt rather than allocated. */
    static final long MAX_STRING = Integer.MAX_VALUE - 8;

    private final InputStream in;
    private long crc;
    private long offset;

    public RdbInput(InputStream in) {
        this.in = in;
    }

    /** One byte, 0..255. */
    public int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw eof();
        }
        crc = Crc64.update(crc, b);
        offset++;
        return b;
    }

    public byte[] readBytes(long n) throws IOException {
        if (n < 0 || n > MAX_STRING) {
            throw corrupt("invalid length " + n);
        }
        byte[] b = in.readNBytes((int) n); // reads in chunks: a damaged huge length hits EOF, not OOM
        if (b.length < n) {
            offset += b.length;
            throw eof();
        }
        crc = Crc64.update(crc, b, 0, b.length);
        offset += n;
        return b;
    }

    /** A length (rdbLoadLen()); a special string encoding here is corruption. */
    public long readLen() throws IOException {
        int first = readByte();
        if ((first >>> 6) == RdbFormat.ENCVAL) {
            throw corrupt("unexpected string encoding where a length was expected");
        }
        return readLenAfter(first);
    }

    /** A length that must fit in an int (element counts, blob sizes). */
    public int readCount() throws IOException {
        long n = readLen();
        if (n > Integer.MAX_VALUE) {
            throw corrupt("count " + n + " is too large");
        }
        return (int) n;
    }

    /** A string in any of its encodings (rdbGenericLoadStringObject()). */
    public byte[] readString() throws IOException {
        int first = readByte();
        if ((first >>> 6) != RdbFormat.ENCVAL) {
            return readBytes(readLenAfter(first));
        }
        switch (first & 0x3f) {
            case RdbFormat.ENC_INT8:
                return Numbers.toBytes((byte) readByte());
            case RdbFormat.ENC_INT16:
                return Numbers.toBytes((short) (readByte() | readByte() << 8));
            case RdbFormat.ENC_INT32:
                return Numbers.toBytes(readIntLE());
            case RdbFormat.ENC_LZF:
                long clen = readLen();
                long len = readLen();
                if (len > MAX_STRING) {
                    throw corrupt("invalid LZF length " + len);
                }
                byte[] compressed = readBytes(clen);
                try {
                    return Lzf.decompress(compressed, (int) len);
                } catch (IllegalArgumentException e) {
                    throw corrupt("invalid LZF compressed string: " + e.getMessage());
                }
            default:
                throw corrupt("unknown string encoding " + (first & 0x3f));
        }
    }

    /** A string that must be text (AUX fields, module names). */
    public String readText() throws IOException {
        return new String(readString(), StandardCharsets.UTF_8);
    }

    public int readIntLE() throws IOException {
        return readByte() | readByte() << 8 | readByte() << 16 | readByte() << 24;
    }

    public long readLongLE() throws IOException {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (long) readByte() << (8 * i);
        }
        return v;
    }

    public double readBinaryDouble() throws IOException {
        return Double.longBitsToDouble(readLongLE());
    }

    public float readBinaryFloat() throws IOException {
        return Float.intBitsToFloat(readIntLE());
    }

    /** The text score of the old ZSET type: one length byte, with 253..255 for NaN and infinities. */
    public double readTextDouble() throws IOException {
        int len = readByte();
        switch (len) {
            case RdbFormat.SCORE_NAN:
                return Double.NaN;
            case RdbFormat.SCORE_POS_INF:
                return Double.POSITIVE_INFINITY;
            case RdbFormat.SCORE_NEG_INF:
                return Double.NEGATIVE_INFINITY;
            default:
                byte[] text = readBytes(len);
                try {
                    return Double.parseDouble(new String(text, StandardCharsets.US_ASCII));
                } catch (NumberFormatException e) {
                    throw corrupt("invalid score " + new String(text, StandardCharsets.US_ASCII));
                }
        }
    }

    /** The CRC64 of everything read so far. */
    public long crc() {
        return crc;
    }

    /** Bytes read so far: the offset of the next byte. */
    public long offset() {
        return offset;
    }

    public RdbCorruptException corrupt(String what) {
        return new RdbCorruptException("Internal error in RDB reading offset " + offset + ": " + what);
    }

    private RdbCorruptException eof() {
        return new RdbCorruptException("Short read or OOM loading DB. Unrecoverable error, aborting now."
                + " (unexpected end of file at offset " + offset + ")");
    }

    private long readLenAfter(int first) throws IOException {
        int kind = first >>> 6;
        if (kind == RdbFormat.LEN_6BIT) {
            return first & 0x3f;
        }
        if (kind == RdbFormat.LEN_14BIT) {
            return (first & 0x3f) << 8 | readByte();
        }
        if (first == RdbFormat.LEN_32BIT) {
            return ((long) readByte() << 24 | readByte() << 16 | readByte() << 8 | readByte()) & 0xffffffffL;
        }
        if (first == RdbFormat.LEN_64BIT) {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | readByte();
            }
            if (v < 0) {
                throw corrupt("length " + Long.toUnsignedString(v) + " is too large");
            }
            return v;
        }
        throw corrupt("unknown length encoding 0x" + Integer.toHexString(first));
    }
}
