package io.hexaredis.adapter.resp.codec;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Reply;
import java.util.List;

/**
 * Writes a {@link Reply} in RESP2 or RESP3: the only code that knows the difference.
 *
 * <p>Redis: the addReply* functions of networking.c, which look at {@code c->resp}. The table of
 * what changes between the two versions:
 * <pre>
 *   reply kind     RESP2                      RESP3
 *   null           $-1 (or *-1 for arrays)    _
 *   map            *2n flat array             %n
 *   set            *n                         ~n
 *   double         $len "3.14"                ,3.14
 *   boolean        :1 / :0                    #t / #f
 *   verbatim       $len text                  =len txt:text
 *   push           *n                         &gt;n
 *   raw            the bytes as they are (the replication stream, a replica's snapshot payload)
 * </pre>
 */
public final class RespEncoder {

    private RespEncoder() {}

    public static void encode(Reply reply, int protocol, OutputBuffer out) {
        boolean resp3 = protocol >= 3;
        if (reply instanceof Reply.Bulk b) {
            out.writeHeader((byte) '$', b.bytes().length);
            out.write(b.bytes());
            out.writeCrlf();
        } else if (reply instanceof Reply.Status s) {
            out.write('+');
            out.writeAscii(s.text());
            out.writeCrlf();
        } else if (reply instanceof Reply.Int i) {
            out.writeHeader((byte) ':', i.value());
        } else if (reply instanceof Reply.Array a) {
            writeAggregate((byte) '*', a.items(), protocol, out);
        } else if (reply instanceof Reply.Error e) {
            out.write('-');
            writeErrorLine(e.line(), out);
            out.writeCrlf();
        } else if (reply instanceof Reply.Null n) {
            if (resp3) {
                out.writeAscii("_\r\n");
            } else {
                out.writeAscii(n.array() ? "*-1\r\n" : "$-1\r\n");
            }
        } else if (reply instanceof Reply.MapReply m) {
            if (resp3) {
                out.writeHeader((byte) '%', m.keysAndValues().size() / 2);
                for (Reply item : m.keysAndValues()) {
                    encode(item, protocol, out);
                }
            } else {
                writeAggregate((byte) '*', m.keysAndValues(), protocol, out);
            }
        } else if (reply instanceof Reply.SetReply s) {
            writeAggregate(resp3 ? (byte) '~' : (byte) '*', s.items(), protocol, out);
        } else if (reply instanceof Reply.DoubleReply d) {
            String text = Numbers.formatDouble(d.value());
            if (resp3) {
                out.write(',');
                out.writeAscii(text);
                out.writeCrlf();
            } else {
                out.writeHeader((byte) '$', text.length());
                out.writeAscii(text);
                out.writeCrlf();
            }
        } else if (reply instanceof Reply.Bool b) {
            if (resp3) {
                out.writeAscii(b.value() ? "#t\r\n" : "#f\r\n");
            } else {
                out.writeAscii(b.value() ? ":1\r\n" : ":0\r\n");
            }
        } else if (reply instanceof Reply.Verbatim v) {
            if (resp3) {
                out.writeHeader((byte) '=', v.text().length + 4);
                out.writeAscii(v.format());
                out.write(':');
            } else {
                out.writeHeader((byte) '$', v.text().length);
            }
            out.write(v.text());
            out.writeCrlf();
        } else if (reply instanceof Reply.Push p) {
            writeAggregate(resp3 ? (byte) '>' : (byte) '*', p.items(), protocol, out);
        } else if (reply instanceof Reply.Raw r) {
            out.write(r.bytes());
        } else if (!(reply instanceof Reply.None)) {
            throw new IllegalArgumentException("unknown reply " + reply);
        }
    }

    private static void writeAggregate(byte prefix, List<Reply> items, int protocol, OutputBuffer out) {
        out.writeHeader(prefix, items.size());
        for (Reply item : items) {
            encode(item, protocol, out);
        }
    }

    /** An error line must stay one line: CR and LF inside it would end it early (as in addReplyErrorLength). */
    private static void writeErrorLine(String line, OutputBuffer out) {
        String safe = line.indexOf('\r') < 0 && line.indexOf('\n') < 0 ? line : line.replace('\r', ' ').replace('\n', ' ');
        out.write(safe.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
