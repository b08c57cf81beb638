package io.hexaredis.domain.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EffectCodecTest {

    private static byte[][] argv(String... words) {
        byte[][] argv = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            argv[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return argv;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void anEffectIsAnArrayOfBulkStringsAndItsLengthIsKnownBeforeEncoding() {
        byte[][] set = argv("SET", "key", "value");
        byte[] encoded = EffectCodec.encode(set);
        assertEquals("*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n", new String(encoded, StandardCharsets.US_ASCII));
        assertEquals(encoded.length, EffectCodec.encodedLength(set));
    }

    @Test
    void theDecoderReadsBackWhatWasEncodedAndTellsItsExactBytes() {
        EffectCodec.Decoder decoder = new EffectCodec.Decoder();
        byte[] stream = EffectCodec.encode(argv("SET", "k", "v"));
        decoder.feed(stream, 0, stream.length);
        byte[][] effect = decoder.next();
        assertArrayEquals(argv("SET", "k", "v"), effect);
        assertArrayEquals(stream, decoder.lastBytes());
        assertNull(decoder.next());
        assertEquals(0, decoder.buffered());
    }

    @Test
    void effectsFedOneByteAtATimeComeOutWholeAndInOrder() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        EffectCodec.encode(argv("SELECT", "0"), stream);
        EffectCodec.encode(argv("SET", "binary\r\nkey", ""), stream);
        EffectCodec.encode(argv("PING"), stream);
        byte[] all = stream.toByteArray();
        EffectCodec.Decoder decoder = new EffectCodec.Decoder();
        List<String> seen = new ArrayList<>();
        int counted = 0;
        for (byte b : all) {
            decoder.feed(new byte[] {b}, 0, 1);
            byte[][] effect;
            while ((effect = decoder.next()) != null) {
                seen.add(String.join(" ", new String(effect[0], StandardCharsets.UTF_8), Integer.toString(effect.length)));
                counted += decoder.lastBytes().length;
            }
        }
        assertEquals(List.of("SELECT 2", "SET 3", "PING 1"), seen);
        assertEquals(all.length, counted);
    }

    @Test
    void randomSplitsOfALargeStreamDecodeToTheSameEffects() {
        Random random = new Random(7);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        List<byte[][]> written = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] value = new byte[random.nextInt(40_000)];
            random.nextBytes(value);
            byte[][] effect = {bytes("SET"), bytes("key" + i), value};
            written.add(effect);
            EffectCodec.encode(effect, stream);
        }
        byte[] all = stream.toByteArray();
        EffectCodec.Decoder decoder = new EffectCodec.Decoder();
        List<byte[][]> read = new ArrayList<>();
        int p = 0;
        while (p < all.length) {
            int n = Math.min(all.length - p, 1 + random.nextInt(70_000));
            decoder.feed(all, p, n);
            p += n;
            byte[][] effect;
            while ((effect = decoder.next()) != null) {
                read.add(effect);
            }
        }
        assertEquals(written.size(), read.size());
        for (int i = 0; i < written.size(); i++) {
            assertArrayEquals(written.get(i), read.get(i));
        }
    }

    @Test
    void aLoneNewlineIsAnEmptyEffectWhoseByteCounts() {
        EffectCodec.Decoder decoder = new EffectCodec.Decoder();
        decoder.feed(bytes("\n*1\r\n$4\r\nPING\r\n"), 0, 15);
        assertEquals(0, decoder.next().length);
        assertEquals(1, decoder.lastBytes().length);
        assertArrayEquals(argv("PING"), decoder.next());
    }

    @Test
    void aStreamThatIsNotArraysOfBulkStringsIsRefused() {
        EffectCodec.Decoder inline = new EffectCodec.Decoder();
        inline.feed(bytes("PING\r\n"), 0, 6);
        assertThrows(EffectCodec.MalformedEffectException.class, inline::next);
        EffectCodec.Decoder notBulk = new EffectCodec.Decoder();
        notBulk.feed(bytes("*1\r\n:1\r\n"), 0, 8);
        assertThrows(EffectCodec.MalformedEffectException.class, notBulk::next);
        EffectCodec.Decoder badLength = new EffectCodec.Decoder();
        badLength.feed(bytes("*1\r\n$x\r\n"), 0, 8);
        assertThrows(EffectCodec.MalformedEffectException.class, badLength::next);
    }
}
