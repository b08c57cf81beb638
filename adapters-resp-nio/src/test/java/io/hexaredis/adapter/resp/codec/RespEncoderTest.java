package io.hexaredis.adapter.resp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden bytes: every reply kind, in RESP2 and in RESP3, as Redis 7.0 writes it. */
class RespEncoderTest {

    private static String resp2(Reply reply) {
        return encode(reply, 2);
    }

    private static String resp3(Reply reply) {
        return encode(reply, 3);
    }

    private static String encode(Reply reply, int protocol) {
        OutputBuffer out = new OutputBuffer();
        RespEncoder.encode(reply, protocol, out);
        byte[] bytes = new byte[out.pending()];
        out.readable().get(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static void both(Reply reply, String golden) {
        assertEquals(golden, resp2(reply), "RESP2");
        assertEquals(golden, resp3(reply), "RESP3");
    }

    @Test
    void statusErrorIntegerAndBulkAreTheSameInBothProtocols() {
        both(Reply.OK, "+OK\r\n");
        both(Reply.error("ERR syntax error"), "-ERR syntax error\r\n");
        both(Reply.integer(0), ":0\r\n");
        both(Reply.integer(-42), ":-42\r\n");
        both(Reply.integer(Long.MAX_VALUE), ":9223372036854775807\r\n");
        both(Reply.integer(Long.MIN_VALUE), ":-9223372036854775808\r\n");
        both(Reply.bulk(new byte[] {'a', '\r', '\n', 0, (byte) 0xff}), "$5\r\na\r\n\0\u00ff\r\n");
        both(Reply.bulk(new byte[0]), "$0\r\n\r\n");
    }

    @Test
    void anErrorLineNeverSpansLines() {
        both(Reply.error("ERR bad\r\nthing"), "-ERR bad  thing\r\n");
    }

    @Test
    void nullIsANilBulkOrNilArrayInResp2AndUnderscoreInResp3() {
        assertEquals("$-1\r\n", resp2(Reply.NIL));
        assertEquals("*-1\r\n", resp2(Reply.NIL_ARRAY));
        assertEquals("_\r\n", resp3(Reply.NIL));
        assertEquals("_\r\n", resp3(Reply.NIL_ARRAY));
    }

    @Test
    void arraysNestAndMayHoldNils() {
        Reply nested = Reply.array(Reply.bulk("a"), Reply.array(Reply.integer(1), Reply.NIL), Reply.EMPTY_ARRAY);
        assertEquals("*3\r\n$1\r\na\r\n*2\r\n:1\r\n$-1\r\n*0\r\n", resp2(nested));
        assertEquals("*3\r\n$1\r\na\r\n*2\r\n:1\r\n_\r\n*0\r\n", resp3(nested));
    }

    @Test
    void aMapIsAFlatArrayInResp2AndAPercentFrameInResp3() {
        Reply map = Reply.map(List.of(Reply.bulk("k1"), Reply.integer(1), Reply.bulk("k2"), Reply.bulk("v")));
        assertEquals("*4\r\n$2\r\nk1\r\n:1\r\n$2\r\nk2\r\n$1\r\nv\r\n", resp2(map));
        assertEquals("%2\r\n$2\r\nk1\r\n:1\r\n$2\r\nk2\r\n$1\r\nv\r\n", resp3(map));
        assertEquals("%0\r\n", resp3(Reply.map(List.of())));
    }

    @Test
    void aSetIsAnArrayInResp2AndATildeFrameInResp3() {
        Reply set = Reply.set(List.of(Reply.bulk("a"), Reply.bulk("b")));
        assertEquals("*2\r\n$1\r\na\r\n$1\r\nb\r\n", resp2(set));
        assertEquals("~2\r\n$1\r\na\r\n$1\r\nb\r\n", resp3(set));
    }

    @Test
    void aDoubleIsABulkStringInResp2AndACommaFrameInResp3() {
        assertEquals("$3\r\n1.5\r\n", resp2(Reply.doubleValue(1.5)));
        assertEquals(",1.5\r\n", resp3(Reply.doubleValue(1.5)));
        assertEquals("$19\r\n0.10000000000000001\r\n", resp2(Reply.doubleValue(0.1)), "%.17g, as Redis 7.0");
        assertEquals(",0.10000000000000001\r\n", resp3(Reply.doubleValue(0.1)));
        assertEquals("$3\r\ninf\r\n", resp2(Reply.doubleValue(Double.POSITIVE_INFINITY)));
        assertEquals(",-inf\r\n", resp3(Reply.doubleValue(Double.NEGATIVE_INFINITY)));
        assertEquals(",1e+20\r\n", resp3(Reply.doubleValue(1e20)));
    }

    @Test
    void aBooleanIsAnIntegerInResp2AndAHashFrameInResp3() {
        assertEquals(":1\r\n", resp2(Reply.bool(true)));
        assertEquals(":0\r\n", resp2(Reply.bool(false)));
        assertEquals("#t\r\n", resp3(Reply.bool(true)));
        assertEquals("#f\r\n", resp3(Reply.bool(false)));
    }

    @Test
    void verbatimTextIsABulkStringInResp2AndCarriesItsFormatInResp3() {
        Reply text = new Reply.Verbatim("txt", "id=1 name=\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("$11\r\nid=1 name=\n\r\n", resp2(text));
        assertEquals("=15\r\ntxt:id=1 name=\n\r\n", resp3(text));
        assertEquals("=4\r\ntxt:\r\n", resp3(new Reply.Verbatim("txt", new byte[0])));
    }

    @Test
    void aPushIsAnArrayInResp2AndAGreaterThanFrameInResp3() {
        Reply push = new Reply.Push(List.of(Reply.bulk("message"), Reply.bulk("ch"), Reply.bulk("hi")));
        assertEquals("*3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n", resp2(push));
        assertEquals(">3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n", resp3(push));
    }

    @Test
    void noneWritesNothing() {
        both(Reply.NONE, "");
    }

    @Test
    void headersOfEveryLengthUseDecimalDigits() {
        for (long n : new long[] {9, 10, 99, 100, 12345, 1_000_000_007L}) {
            assertEquals(":" + n + "\r\n", resp2(Reply.integer(n)));
        }
    }
}
