package io.hexaredis.adapter.resp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The decoder faces whatever bytes anyone sends to the port. Whatever they are, decoding must end
 * in requests or a {@link ProtocolException}: no other exception, no endless loop, and the same
 * outcome however the bytes are split across reads.
 *
 * <p>Under {@code mvn test} the fuzz test replays its seed inputs (in the resources folder named
 * after this class); {@code JAZZER_FUZZ=1 mvn test -Dtest=RespDecoderFuzzTest} fuzzes for real.
 * The seeded random test beside it explores on every build, from inputs built of the protocol's
 * own characters, where random bytes would rarely get past the first header.
 */
class RespDecoderFuzzTest {

    private static final int MAX_INPUT = 16 * 1024; // below the 64 KB header and inline limits, where splits matter

    @FuzzTest(maxDuration = "2m")
    void anyBytesDecodeToRequestsOrAProtocolErrorHoweverSplit(FuzzedDataProvider data) {
        boolean authRequired = data.consumeBoolean();
        long maxBulk = data.consumeLong(0, 1L << 20);
        long seed = data.consumeLong();
        byte[] input = data.consumeBytes(MAX_INPUT);
        checkSplitsAgree(input, authRequired, maxBulk, seed);
    }

    @Test
    void seededRandomProtocolLikeInputsDecodeToRequestsOrAProtocolErrorHoweverSplit() {
        SplittableRandom random = new SplittableRandom(20261121);
        for (int i = 0; i < 3000; i++) {
            byte[] input = protocolLike(random, 1 + random.nextInt(300));
            checkSplitsAgree(input, random.nextInt(4) == 0, random.nextInt(8) == 0 ? 20 : 1L << 20, random.nextLong());
        }
    }

    private static void checkSplitsAgree(byte[] input, boolean authRequired, long maxBulk, long seed) {
        DecoderFeed.Outcome whole = DecoderFeed.whole(decoder(authRequired, maxBulk), input);
        assertEquals(whole, DecoderFeed.byteByByte(decoder(authRequired, maxBulk), input));
        assertEquals(whole, DecoderFeed.randomSplits(decoder(authRequired, maxBulk), input, seed));
    }

    private static RespDecoder decoder(boolean authRequired, long maxBulk) {
        RespDecoder d = new RespDecoder(new RespLimits(maxBulk));
        d.setAuthRequired(authRequired);
        return d;
    }

    private static final String[] TOKENS = {
        "*", "$", "*1\r\n", "*2\r\n", "*3\r\n", "$0\r\n", "$1\r\n", "$3\r\n", "$4\r\nPING\r\n", "\r\n", "\r", "\n",
        "-1", "0", "1", "2", "3", "12", "99999999999999999999", "+", "-", " ", "\t", "\"", "'", "\\", "\\x4", "\\x41",
        "a", "SET", "GET", "k", "v", "\0", "\u00ff", ":", "abc",
    };

    /** Bytes made of protocol fragments, so that headers, bulks and quotes meet in every order. */
    private static byte[] protocolLike(SplittableRandom random, int tokens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            sb.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
