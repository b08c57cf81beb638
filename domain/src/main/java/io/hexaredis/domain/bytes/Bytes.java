package io.hexaredis.domain.bytes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A binary-safe byte string usable as a hash key: equality and hash by content, ordering as
 * Redis's memcmp-based comparisons (unsigned bytes, then length).
 *
 * <p>Redis stores keys, fields and members as sds strings and hashes them by content. Java's
 * {@code byte[]} compares by identity, so hash-based collections of members and fields use this
 * wrapper; the hash is computed once and cached. The array is never copied and must not be
 * changed after wrapping.
 */
public final class Bytes implements Comparable<Bytes> {

    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] bytes;
    private int hash;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Bytes of(byte[] bytes) {
        return new Bytes(bytes);
    }

    /** For server-made text and tests only: user data never passes through {@code String}. */
    public static Bytes ofAscii(String text) {
        return new Bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = ByteStrings.hash(bytes);
            hash = h;
        }
        return h;
    }

    @Override
    public int compareTo(Bytes other) {
        return ByteStrings.compare(bytes, other.bytes);
    }

    /** Readable form for logs and test failures; not for user-visible output. */
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
