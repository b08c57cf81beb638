package io.hexaredis.adapter.resp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RespDecoderTest {

    private static final long MAX_BULK = 512L * 1024 * 1024;

    private static RespDecoder decoder() {
        return new RespDecoder(new RespLimits(MAX_BULK));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A multibulk request of {@code words}, as clients send it. */
    private static byte[] multibulk(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("*" + words.length + "\r\n"));
        for (String w : words) {
            out.writeBytes(bytes("$" + w.length() + "\r\n" + w + "\r\n"));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Requests of every shape: small, empty, binary, big (copied as it arrives), inline, ignored. */
    private static byte[] mixedPipeline() {
        String big = "x".repeat(RespLimits.BIG_ARG + 1000);
        String huge = "y".repeat(1024 * 1024 + 17); // past the first chunk of a big bulk's array
        return concat(
                multibulk("SET", "key", "value"),
                multibulk("SET", "empty", ""),
                multibulk("SET", "bin\r\n\0\u00ff", "\r\n*1\r\n$3\r\n"),
                multibulk("SET", "big", big),
                bytes("PING\r\n"),
                bytes("*0\r\n"),
                bytes("*-1\r\n"),
                bytes("\r\n"),
                bytes("SET \"a key\" 'a value'\n"),
                multibulk("SET", "huge", huge),
                multibulk("GET", "key"));
    }

    private static final List<List<String>> MIXED_EXPECTED = List.of(
            List.of("SET", "key", "value"),
            List.of("SET", "empty", ""),
            List.of("SET", "bin\r\n\0\u00ff", "\r\n*1\r\n$3\r\n"),
            List.of("SET", "big", "x".repeat(RespLimits.BIG_ARG + 1000)),
            List.of("PING"),
            List.of("SET", "a key", "a value"),
            List.of("SET", "huge", "y".repeat(1024 * 1024 + 17)),
            List.of("GET", "key"));

    @Test
    void aPipelineOfEveryRequestShapeDecodesInOrder() {
        DecoderFeed.Outcome outcome = DecoderFeed.whole(decoder(), mixedPipeline());
        assertNull(outcome.error());
        assertEquals(MIXED_EXPECTED, outcome.requests());
    }

    @Test
    void feedingOneByteAtATimeGivesTheSameRequests() {
        DecoderFeed.Outcome outcome = DecoderFeed.byteByByte(decoder(), mixedPipeline());
        assertNull(outcome.error());
        assertEquals(MIXED_EXPECTED, outcome.requests());
    }

    @Test
    void feedingRandomSplitsGivesTheSameRequestsForEverySeed() {
        byte[] input = mixedPipeline();
        for (long seed = 1; seed <= 40; seed++) {
            DecoderFeed.Outcome outcome = DecoderFeed.randomSplits(decoder(), input, seed);
            assertNull(outcome.error(), "seed " + seed);
            assertEquals(MIXED_EXPECTED, outcome.requests(), "seed " + seed);
        }
    }

    @Test
    void anIncompleteRequestIsKeptUntilTheRestArrives() throws ProtocolException {
        RespDecoder d = decoder();
        ByteBuffer buf = ByteBuffer.allocate(64);
        buf.put(bytes("*2\r\n$4\r\nECHO\r\n$5\r\nhel")).flip();
        assertNull(d.decode(buf));
        assertTrue(d.inRequest());
        buf.compact().put(bytes("lo\r\n")).flip();
        assertEquals(List.of("ECHO", "hello"), DecoderFeed.words(d.decode(buf)));
        assertFalse(d.inRequest());
    }

    @Test
    void aBigBulkIsCountedAsItArrivesAndNotAllocatedAtItsAnnouncedLength() throws ProtocolException {
        RespDecoder d = decoder();
        ByteBuffer buf = ByteBuffer.allocate(100_000);
        buf.put(bytes("*1\r\n$400000000\r\n")).put(new byte[50_000]).flip();
        assertNull(d.decode(buf));
        assertEquals(50_000, d.bigBulkReceived());
        assertEquals(400_000_000 - 50_000 + 2, d.bigBulkRemaining());
        assertEquals(buf.limit(), buf.position(), "the read buffer is emptied into the bulk's own array");
    }

    @Test
    void theCrlfAfterBulkDataIsSkippedUncheckedAsRedisDoes() {
        DecoderFeed.Outcome outcome = DecoderFeed.whole(decoder(), bytes("*1\r\n$4\r\nPINGxx*1\r\n$4\r\nPING\r\n"));
        assertEquals(List.of(List.of("PING"), List.of("PING")), outcome.requests());
    }

    @Test
    void aBulkHeaderIsJudgedOnlyOnceItsLineIsComplete() throws ProtocolException {
        RespDecoder d = decoder();
        ByteBuffer buf = ByteBuffer.wrap(bytes("*1\r\nx"));
        assertNull(d.decode(buf), "Redis waits for the CR before looking at the '$'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            multibulk count not a number      | *abc\\r\\n                 | ERR Protocol error: invalid multibulk length
            multibulk count with a plus       | *+1\\r\\n                  | ERR Protocol error: invalid multibulk length
            multibulk count with leading zero | *01\\r\\n                  | ERR Protocol error: invalid multibulk length
            multibulk count over INT_MAX      | *2147483648\\r\\n          | ERR Protocol error: invalid multibulk length
            multibulk count missing           | *\\r\\n                    | ERR Protocol error: invalid multibulk length
            LF instead of CRLF in a header    | *1\\n$4\\r\\nPING\\r\\n    | ERR Protocol error: invalid multibulk length
            bulk header without dollar        | *1\\r\\n:4\\r\\n           | ERR Protocol error: expected '$', got ':'
            bulk length negative              | *1\\r\\n$-1\\r\\n          | ERR Protocol error: invalid bulk length
            bulk length minus zero            | *1\\r\\n$-0\\r\\n          | ERR Protocol error: invalid bulk length
            bulk length not a number          | *1\\r\\n$x\\r\\n           | ERR Protocol error: invalid bulk length
            bulk length missing               | *1\\r\\n$\\r\\n            | ERR Protocol error: invalid bulk length
            bulk over proto-max-bulk-len      | *1\\r\\n$536870913\\r\\n   | ERR Protocol error: invalid bulk length
            inline quote not closed           | SET "a b\\r\\n             | ERR Protocol error: unbalanced quotes in request
            inline single quote not closed    | SET 'a b\\r\\n             | ERR Protocol error: unbalanced quotes in request
            inline text after closing quote   | SET "a"b c\\r\\n           | ERR Protocol error: unbalanced quotes in request
            """)
    void malformedRequestsRaiseRedissProtocolErrors(String what, String input, String error) {
        byte[] raw = unescape(input.strip());
        assertEquals(error, DecoderFeed.whole(decoder(), raw).error(), what);
        assertEquals(error, DecoderFeed.byteByByte(decoder(), raw).error(), what + ", one byte at a time");
    }

    @Test
    void anInlineLineLongerThan64KbWithoutNewlineIsRefused() {
        byte[] raw = bytes("x".repeat(RespLimits.INLINE_MAX_SIZE + 1));
        assertEquals("ERR Protocol error: too big inline request", DecoderFeed.whole(decoder(), raw).error());
    }

    @Test
    void headerLinesLongerThan64KbWithoutCrAreRefused() {
        String digits = "1".repeat(RespLimits.INLINE_MAX_SIZE + 1);
        assertEquals("ERR Protocol error: too big mbulk count string",
                DecoderFeed.whole(decoder(), bytes("*" + digits)).error());
        assertEquals("ERR Protocol error: too big bulk count string",
                DecoderFeed.whole(decoder(), bytes("*1\r\n$" + digits)).error());
    }

    @Test
    void aLowerProtoMaxBulkLenTakesEffectForTheNextHeader() {
        RespLimits limits = new RespLimits(MAX_BULK);
        limits.setMaxBulkLength(1024 * 1024);
        assertEquals("ERR Protocol error: invalid bulk length",
                DecoderFeed.whole(new RespDecoder(limits), bytes("*1\r\n$1048577\r\n")).error());
        assertNull(DecoderFeed.whole(new RespDecoder(limits), bytes("*1\r\n$1048576\r\n")).error());
    }

    @Test
    void beforeAuthenticationRequestsMustBeSmall() {
        RespDecoder d = decoder();
        d.setAuthRequired(true);
        assertEquals("ERR Protocol error: unauthenticated multibulk length",
                DecoderFeed.whole(d, bytes("*11\r\n")).error());
        d = decoder();
        d.setAuthRequired(true);
        assertEquals("ERR Protocol error: unauthenticated bulk length",
                DecoderFeed.whole(d, bytes("*2\r\n$16385\r\n")).error());
        d = decoder();
        d.setAuthRequired(true);
        DecoderFeed.Outcome fits = DecoderFeed.whole(d, concat(bytes("*10\r\n"), bytes(("$16384\r\n" + "a".repeat(16384) + "\r\n").repeat(10))));
        assertNull(fits.error());
        assertEquals(10, fits.requests().get(0).size());
    }

    @Test
    void theUnauthenticatedLimitsDoNotApplyOnceAuthenticated() {
        RespDecoder d = decoder();
        d.setAuthRequired(false);
        assertNull(DecoderFeed.whole(d, bytes("*11\r\n$16385\r\n")).error());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain words                     | SET k v                        | SET,k,v
            several blanks and tabs         | '  SET \\t k   v  '            | SET,k,v
            double quotes keep spaces       | SET "a key" v                  | SET,a key,v
            escapes in double quotes        | ECHO "a\\\\nb\\\\tc\\\\\\"d\\\\\\\\" | ECHO,a\\nb\\tc"d\\
            hex escape                      | ECHO "\\\\x41\\\\x7a"           | ECHO,Az
            hex escape needs two digits     | ECHO "\\\\x4g"                 | ECHO,x4g
            other escapes stand for the char | ECHO "\\\\q"                   | ECHO,q
            single quotes keep backslashes  | ECHO 'a\\\\nb'                 | ECHO,a\\\\nb
            escaped single quote            | ECHO 'it\\\\'s'                | ECHO,it's
            quotes inside a word            | ECHO ab"c d"                   | ECHO,abc d
            empty quoted word               | ECHO ""                        | ECHO,
            a NUL ends the line             | ECHO a\\0 b                    | ECHO,a
            """)
    void inlineCommandsAreSplitLikeSdssplitargs(String what, String line, String words) {
        String unquoted = line.strip();
        if (unquoted.startsWith("'") && unquoted.endsWith("'")) {
            unquoted = unquoted.substring(1, unquoted.length() - 1);
        }
        byte[] raw = concat(unescape(unquoted), bytes("\r\n"));
        DecoderFeed.Outcome outcome = DecoderFeed.whole(decoder(), raw);
        assertNull(outcome.error(), what);
        List<String> expected = List.of(new String(unescape(words), StandardCharsets.ISO_8859_1).split(",", -1));
        assertEquals(List.of(expected), outcome.requests(), what);
    }

    @Test
    void anEmptyOrBlankInlineLineIsIgnored() {
        DecoderFeed.Outcome outcome = DecoderFeed.whole(decoder(), bytes("\r\n   \r\n\n\t\nPING\n"));
        assertEquals(List.of(List.of("PING")), outcome.requests());
    }

    /** \r \n \t \0 \\ and \" escapes of the test tables. */
    private static byte[] unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                out.write(switch (e) {
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case '0' -> 0;
                    default -> e;
                });
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
