package io.hexaredis.adapter.persistence.rdb;

import io.hexaredis.domain.bytes.Numbers;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an RDB stream is written: a buffered byte sink that keeps the running CRC64 and knows the
 * format's length and string encodings.
 *
 * <p>Redis: rio.c (a rio with {@code update_cksum}) plus the low-level writers of rdb.c
 * (rdbSaveType, rdbSaveLen, rdbSaveRawString, rdbSaveMillisecondTime, rdbSaveBinaryDoubleValue).
 * The underlying stream may be a file, a socket or memory; it is only written when the buffer
 * fills or on {@link #flush}.
 */
public final class RdbOutput {

    private final OutputStream out;
    private final boolean compress;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private long crc;
    private long written;
    private byte[] lzfScratch = new byte[0];
    private int[] lzfTable;

    /** {@code compress}: use LZF for long strings (the rdbcompression setting). */
    public RdbOutput(OutputStream out, boolean compress) {
        this.out = out;
        this.compress = compress;
    }

    public void writeByte(int b) throws IOException {
        if (pos == buf.length) {
            drain();
        }
        buf[pos++] = (byte) b;
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        if (len > buf.length - pos) {
            drain();
            if (len > buf.length) {
                crc = Crc64.update(crc, b, off, len);
                out.write(b, off, len);
                written += len;
                return;
            }
        }
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
    }

    /** A length in the variable-size encoding (rdbSaveLen()). */
    public void writeLen(long len) throws IOException {
        if (len < 0) {
            throw new IllegalArgumentException("negative length " + len);
        }
        if (len < (1 << 6)) {
            writeByte((RdbFormat.LEN_6BIT << 6) | (int) len);
        } else if (len < (1 << 14)) {
            writeByte((RdbFormat.LEN_14BIT << 6) | (int) (len >>> 8));
            writeByte((int) len & 0xff);
        } else if (len <= 0xffffffffL) {
            writeByte(RdbFormat.LEN_32BIT);
            writeIntBE((int) len);
        } else {
            writeByte(RdbFormat.LEN_64BIT);
            writeIntBE((int) (len >>> 32));
            writeIntBE((int) len);
        }
    }

    /**
     * A string, in the smallest of its encodings (rdbSaveRawString()): as an integer when it is a
     * short canonical number, LZF-compressed when long and compressible, else length and bytes.
     */
    public void writeString(byte[] s) throws IOException {
        if (s.length <= 11 && writeAsInteger(s)) {
            return;
        }
        if (compress && s.length > 20 && writeCompressed(s)) {
            return;
        }
        writeLen(s.length);
        write(s);
    }

    /** A string from a number, as rdbSaveLongLongAsStringObject() writes it. */
    public void writeString(long value) throws IOException {
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            writeEncodedInteger(value);
        } else {
            byte[] digits = Numbers.toBytes(value);
            writeLen(digits.length);
            write(digits);
        }
    }

    /** An 8-byte little-endian integer (rdbSaveMillisecondTime()). */
    public void writeLongLE(long v) throws IOException {
        for (int i = 0; i < 8; i++) {
            writeByte((int) (v >>> (8 * i)));
        }
    }

    /** An IEEE 754 double, 8 bytes little-endian (rdbSaveBinaryDoubleValue()). */
    public void writeBinaryDouble(double d) throws IOException {
        writeLongLE(Double.doubleToRawLongBits(d));
    }

    /** Passes the buffered bytes to the underlying stream and flushes it. */
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** The CRC64 of everything written so far. */
    public long crc() {
        return Crc64.update(crc, buf, 0, pos);
    }

    /** Bytes written so far. */
    public long written() {
        return written + pos;
    }

    private boolean writeAsInteger(byte[] s) throws IOException {
        if (s.length == 0 || !Numbers.isLong(s)) {
            return false;
        }
        long value = Numbers.parseLong(s);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            return false;
        }
        if (!java.util.Arrays.equals(Numbers.toBytes(value), s)) {
            return false; // "+1", "01" and "-0" must come back as they were
        }
        writeEncodedInteger(value);
        return true;
    }

    private void writeEncodedInteger(long value) throws IOException {
        int prefix = RdbFormat.ENCVAL << 6;
        if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            writeByte(prefix | RdbFormat.ENC_INT8);
            writeByte((int) value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            writeByte(prefix | RdbFormat.ENC_INT16);
            writeByte((int) value);
            writeByte((int) (value >>> 8));
        } else {
            writeByte(prefix | RdbFormat.ENC_INT32);
            for (int i = 0; i < 4; i++) {
                writeByte((int) (value >>> (8 * i)));
            }
        }
    }

    private boolean writeCompressed(byte[] s) throws IOException {
        int limit = s.length - 4;
        if (lzfScratch.length < limit) {
            lzfScratch = new byte[Math.max(limit, Math.min(lzfScratch.length * 2, 1 << 20))];
        }
        if (lzfTable == null) {
            lzfTable = Lzf.newTable();
        }
        int clen = Lzf.compress(s, 0, s.length, lzfScratch, limit, lzfTable);
        if (clen == 0) {
            return false;
        }
        writeByte((RdbFormat.ENCVAL << 6) | RdbFormat.ENC_LZF);
        writeLen(clen);
        writeLen(s.length);
        write(lzfScratch, 0, clen);
        if (lzfScratch.length > (1 << 20)) {
            lzfScratch = new byte[0]; // do not keep a huge buffer after a huge string
        }
        return true;
    }

    private void writeIntBE(int v) throws IOException {
        writeByte(v >>> 24);
        writeByte(v >>> 16);
        writeByte(v >>> 8);
        writeByte(v);
    }

    private void drain() throws IOException {
        if (pos > 0) {
            crc = Crc64.update(crc, buf, 0, pos);
            out.write(buf, 0, pos);
            written += pos;
            pos = 0;
        }
    }
}
