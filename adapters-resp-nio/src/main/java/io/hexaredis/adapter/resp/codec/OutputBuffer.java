package io.hexaredis.adapter.resp.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The bytes waiting to be written to one client: Redis's reply buffer ({@code c->buf} and
 * {@code c->reply}) as one growable array. Replies are appended during a read batch and the socket
 * is written once, before the event loop sleeps; after a large reply the array shrinks back.
 */
public final class OutputBuffer {

    private static final int INITIAL = 16 * 1024;

    private byte[] buf = new byte[INITIAL];
    private int start;
    private int end;

    public int pending() {
        return end - start;
    }

    /** The size of the array (CLIENT LIST's rbs). */
    public int capacity() {
        return buf.length;
    }

    public void write(int b) {
        ensure(1);
        buf[end++] = (byte) b;
    }

    public void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    public void write(byte[] bytes, int off, int len) {
        ensure(len);
        System.arraycopy(bytes, off, buf, end, len);
        end += len;
    }

    /** Writes the ASCII text of {@code s} (status lines, error lines, numbers). */
    public void writeAscii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[end++] = (byte) s.charAt(i);
        }
    }

    public void writeCrlf() {
        ensure(2);
        buf[end++] = '\r';
        buf[end++] = '\n';
    }

    /** {@code <prefix><n>\r\n}: the header of an integer, bulk, array or map. */
    public void writeHeader(byte prefix, long n) {
        ensure(24);
        buf[end++] = prefix;
        if (n >= 0 && n < 10) {
            buf[end++] = (byte) ('0' + n);
        } else {
            writeLongDigits(n);
        }
        buf[end++] = '\r';
        buf[end++] = '\n';
    }

    private void writeLongDigits(long n) {
        if (n == Long.MIN_VALUE) {
            writeAscii("-9223372036854775808");
            return;
        }
        if (n < 0) {
            buf[end++] = '-';
            n = -n;
        }
        int digits = 1;
        for (long t = n; t >= 10; t /= 10) {
            digits++;
        }
        int p = end + digits;
        end = p;
        do {
            buf[--p] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n != 0);
    }

    /** The pending bytes, for a write to the socket; follow with {@link #consumed}. */
    public ByteBuffer readable() {
        return ByteBuffer.wrap(buf, start, end - start);
    }

    /** Drops {@code n} bytes that were written to the socket. */
    public void consumed(int n) {
        start += n;
        if (start == end) {
            start = 0;
            end = 0;
            if (buf.length > 4 * INITIAL) {
                buf = new byte[INITIAL];
            }
        }
    }

    private void ensure(int n) {
        if (end + n <= buf.length) {
            return;
        }
        if (start > 0 && end - start + n <= buf.length) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
            return;
        }
        long needed = (long) end - start + n;
        long size = Math.max(needed, (long) buf.length * 2);
        if (size > Integer.MAX_VALUE - 16) {
            throw new OutOfMemoryError("reply buffer over 2 GB");
        }
        byte[] grown = new byte[(int) size];
        System.arraycopy(buf, start, grown, 0, end - start);
        end -= start;
        start = 0;
        buf = grown;
    }

    /** True when there is nothing left to write. */
    public boolean isEmpty() {
        return start == end;
    }

    @Override
    public String toString() {
        return new String(Arrays.copyOfRange(buf, start, end), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
