package io.hexaredis.adapter.resp.codec;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Feeds bytes to a {@link RespDecoder} the way the connection does: append what "arrived" to the
 * read buffer, decode every complete request, compact, repeat. The outcome is the requests decoded
 * and, if the input broke the protocol, the error line; bytes after an error are not looked at,
 * since the connection closes there.
 */
final class DecoderFeed {

    /** What a whole input decoded to. */
    record Outcome(List<List<String>> requests, String error) {}

    private DecoderFeed() {}

    static Outcome whole(RespDecoder decoder, byte[] input) {
        return inChunks(decoder, input, new int[] {input.length});
    }

    static Outcome byteByByte(RespDecoder decoder, byte[] input) {
        int[] sizes = new int[input.length];
        java.util.Arrays.fill(sizes, 1);
        return inChunks(decoder, input, sizes);
    }

    /** Chunks of random sizes (1 to 64 bytes, or sometimes up to 4096), from a seeded source. */
    static Outcome randomSplits(RespDecoder decoder, byte[] input, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> sizes = new ArrayList<>();
        for (int left = input.length; left > 0; ) {
            int n = Math.min(left, 1 + random.nextInt(random.nextInt(8) == 0 ? 4096 : 64));
            sizes.add(n);
            left -= n;
        }
        return inChunks(decoder, input, sizes.stream().mapToInt(Integer::intValue).toArray());
    }

    static Outcome inChunks(RespDecoder decoder, byte[] input, int[] sizes) {
        ByteBuffer buf = ByteBuffer.allocate(Math.max(16, input.length));
        List<List<String>> requests = new ArrayList<>();
        int offset = 0;
        for (int size : sizes) {
            buf.put(input, offset, size);
            offset += size;
            buf.flip();
            try {
                while (true) {
                    int before = buf.position();
                    byte[][] argv = decoder.decode(buf);
                    if (argv == null) {
                        break;
                    }
                    if (buf.position() == before) {
                        throw new AssertionError("a request was returned without consuming input");
                    }
                    if (argv.length > 0) {
                        requests.add(words(argv));
                    }
                }
            } catch (ProtocolException e) {
                return new Outcome(requests, e.line());
            }
            buf.compact();
        }
        return new Outcome(requests, null);
    }

    /** Each argument as ISO-8859-1 text: one char per byte, so binary data compares exactly. */
    static List<String> words(byte[][] argv) {
        List<String> words = new ArrayList<>(argv.length);
        for (byte[] arg : argv) {
            words.add(new String(arg, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return words;
    }
}
