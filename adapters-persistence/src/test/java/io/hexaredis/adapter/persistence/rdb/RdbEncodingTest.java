package io.hexaredis.adapter.persistence.rdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The length and string encodings of RDB, byte for byte as rdb.c writes them. */
class RdbEncodingTest {

    private static byte[] written(IOAction action, boolean compress) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RdbOutput out = new RdbOutput(bytes, compress);
        action.run(out);
        out.flush();
        return bytes.toByteArray();
    }

    interface IOAction {
        void run(RdbOutput out) throws IOException;
    }

    private static RdbInput input(byte[] b) {
        return new RdbInput(new ByteArrayInputStream(b));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 00",
        "63, 3f",
        "64, 4040",
        "16383, 7fff",
        "16384, 8000004000",
        "4294967295, 80ffffffff",
        "4294967296, 810000000100000000",
        "1099511627776, 810000010000000000",
    })
    void lengthsUseTheSmallestEncodingAtEachBoundary(long len, String hex) throws IOException {
        byte[] b = written(out -> out.writeLen(len), true);
        assertEquals(hex, HexFormat.of().formatHex(b));
        RdbInput in = input(b);
        assertEquals(len, in.readLen());
        assertEquals(b.length, in.offset());
    }

    @ParameterizedTest
    @CsvSource({
        "0, c000",
        "-1, c0ff",
        "127, c07f",
        "-128, c080",
        "128, c18000",
        "-32768, c10080",
        "32768, c200800000",
        "2147483647, c2ffffff7f",
        "-2147483648, c200000080",
        "2147483648, 0a32313437343833363438",
        "12345678901, 0b3132333435363738393031",
    })
    void shortCanonicalNumbersAreStoredAsIntegers(String text, String hex) throws IOException {
        byte[] b = written(out -> out.writeString(text.getBytes(StandardCharsets.US_ASCII)), true);
        assertEquals(hex, HexFormat.of().formatHex(b));
        assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII), input(b).readString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1", "01", "-0", " 1", "1 ", "0x10", "1.5", ""})
    void nonCanonicalNumbersStayStrings(String text) throws IOException {
        byte[] s = text.getBytes(StandardCharsets.US_ASCII);
        byte[] b = written(out -> out.writeString(s), true);
        assertEquals(s.length, b[0]);
        assertArrayEquals(s, input(b).readString());
    }

    @Test
    void longCompressibleStringsAreLzfEncodedWhenCompressionIsOn() throws IOException {
        byte[] s = "abcabcabcabcabcabcabcabcabcabcabcabcabcabc".getBytes(StandardCharsets.US_ASCII);
        byte[] compressed = written(out -> out.writeString(s), true);
        assertEquals((byte) 0xC3, compressed[0]);
        assertTrue(compressed.length < s.length);
        assertArrayEquals(s, input(compressed).readString());
        byte[] plain = written(out -> out.writeString(s), false);
        assertEquals(s.length, plain[0]);
        assertArrayEquals(s, input(plain).readString());
    }

    @Test
    void twentyBytesAreNeverCompressed() throws IOException {
        byte[] s = "aaaaaaaaaaaaaaaaaaaa".getBytes(StandardCharsets.US_ASCII);
        assertEquals(21, written(out -> out.writeString(s), true).length);
    }

    @Test
    void stringsAcrossTheLengthBoundariesRoundTrip() throws IOException {
        java.util.Random r = new java.util.Random(3);
        for (int len : new int[] {63, 64, 16383, 16384, 70_000}) {
            byte[] s = new byte[len];
            r.nextBytes(s);
            byte[] b = written(out -> out.writeString(s), true);
            assertArrayEquals(s, input(b).readString(), "length " + len);
        }
    }

    @Test
    void aTruncatedStringIsAnErrorNamingTheOffset() {
        byte[] b = {0x05, 'a', 'b'};
        RdbCorruptException e = assertThrows(RdbCorruptException.class, () -> input(b).readString());
        assertTrue(e.getMessage().contains("Short read"), e.getMessage());
    }

    @Test
    void anAbsurdLengthIsRefusedWithoutAllocatingIt() {
        byte[] b = {(byte) 0x81, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        assertThrows(RdbCorruptException.class, () -> input(b).readString());
    }

    @Test
    void binaryDoublesAndMillisecondTimesAreLittleEndian() throws IOException {
        byte[] b = written(out -> {
            out.writeLongLE(0x0102030405060708L);
            out.writeBinaryDouble(1.5);
        }, true);
        assertEquals("0807060504030201000000000000f83f", HexFormat.of().formatHex(b));
        RdbInput in = input(b);
        assertEquals(0x0102030405060708L, in.readLongLE());
        assertEquals(1.5, in.readBinaryDouble());
    }
}
