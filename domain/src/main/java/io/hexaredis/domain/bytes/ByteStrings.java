package io.hexaredis.domain.bytes;

import java.nio.charset.StandardCharsets;

/** Small operations on byte strings that Redis does with sds and memcmp. */
public final class ByteStrings {

    private ByteStrings() {}

    /** Redis's sdscmp(): unsigned byte order, a prefix sorts first. */
    public static int compare(byte[] a, byte[] b) {
        return java.util.Arrays.compareUnsigned(a, b);
    }

    /**
     * The hash of a key or member. Not Java's {@code Arrays.hashCode}: its 31-multiplier spreads
     * short keys badly in power-of-two tables. This is FNV-1a finished with a murmur3 mix, so
     * neighbouring keys ("key:1", "key:2") land far apart.
     */
    public static int hash(byte[] bytes) {
        int h = 0x811c9dc5;
        for (byte b : bytes) {
            h ^= b;
            h *= 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** ASCII bytes of server-made text (numbers, status words). */
    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Case-insensitive comparison with an ASCII word, without allocating (option parsing). */
    public static boolean equalsIgnoreCase(byte[] arg, String word) {
        int n = word.length();
        if (arg.length != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int a = arg[i] & 0xff;
            int b = word.charAt(i);
            if (a != b && !(isLetter(a) && (a | 0x20) == (b | 0x20))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Lower-cased ASCII text of a command or option name (for lookups and error messages). */
    public static String lowerAscii(byte[] arg) {
        char[] chars = new char[arg.length];
        for (int i = 0; i < arg.length; i++) {
            int c = arg[i] & 0xff;
            chars[i] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return new String(chars);
    }
}
