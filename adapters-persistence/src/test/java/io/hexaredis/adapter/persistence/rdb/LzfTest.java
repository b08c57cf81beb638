package io.hexaredis.adapter.persistence.rdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LzfTest {

    private static byte[] roundTrip(byte[] in) {
        byte[] out = new byte[in.length + in.length / 16 + 64];
        int n = Lzf.compress(in, 0, in.length, out, out.length);
        assertTrue(n > 0, "compressed into the generous buffer");
        return Lzf.decompress(java.util.Arrays.copyOf(out, n), in.length);
    }

    @Test
    void repetitiveTextShrinksAndComesBackIdentical() {
        byte[] in = "hello hello hello hello hello hello hello hello world".repeat(50).getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[in.length];
        int n = Lzf.compress(in, 0, in.length, out, in.length - 4);
        assertTrue(n > 0 && n < in.length / 10, "compressed to " + n);
        assertArrayEquals(in, Lzf.decompress(java.util.Arrays.copyOf(out, n), in.length));
    }

    @Test
    void aRunOfOneByteUsesOverlappingReferences() {
        byte[] in = new byte[100_000];
        java.util.Arrays.fill(in, (byte) 'x');
        assertArrayEquals(in, roundTrip(in));
    }

    @Test
    void randomDataOfManySizesRoundTrips() {
        Random r = new Random(42);
        for (int size : new int[] {1, 2, 3, 4, 31, 32, 33, 64, 264, 265, 1000, 8191, 8192, 8193, 70_000}) {
            byte[] random = new byte[size];
            r.nextBytes(random);
            assertArrayEquals(random, roundTrip(random), "random " + size);
            byte[] mixed = new byte[size];
            for (int i = 0; i < size; i++) {
                mixed[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : 'a' + (i % 7));
            }
            assertArrayEquals(mixed, roundTrip(mixed), "mixed " + size);
        }
    }

    @Test
    void aHashTableReusedAcrossInputsNeverProducesAWrongMatch() {
        Random r = new Random(11);
        int[] table = Lzf.newTable();
        for (int n = 0; n < 2000; n++) {
            byte[] in = new byte[21 + r.nextInt(200)];
            for (int i = 0; i < in.length; i++) {
                in[i] = (byte) ('a' + r.nextInt(n % 2 == 0 ? 3 : 26));
            }
            byte[] out = new byte[in.length * 2 + 16];
            int c = Lzf.compress(in, 0, in.length, out, out.length, table);
            assertArrayEquals(in, Lzf.decompress(java.util.Arrays.copyOf(out, c), in.length), "input " + n);
        }
    }

    @Test
    void incompressibleDataDoesNotFitInFourBytesLessAndReportsZero() {
        byte[] in = new byte[100];
        new Random(1).nextBytes(in);
        assertEquals(0, Lzf.compress(in, 0, in.length, new byte[96], 96));
    }

    @Test
    void damagedStreamsAreRefusedNotTrusted() {
        assertThrows(IllegalArgumentException.class, () -> Lzf.decompress(new byte[] {5, 'a'}, 6));
        assertThrows(IllegalArgumentException.class, () -> Lzf.decompress(new byte[] {0, 'a', 0x20, 0x05}, 4));
        assertThrows(IllegalArgumentException.class, () -> Lzf.decompress(new byte[] {1, 'a', 'b'}, 3));
    }
}
