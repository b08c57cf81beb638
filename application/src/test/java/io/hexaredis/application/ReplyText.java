package io.hexaredis.application;

import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A reply written on one line the way redis-cli prints it, so unit tests read like the feature
 * transcripts: {@code (integer) 1}, {@code "v"}, {@code (nil)}, {@code 1) "a" 2) "b"}, RESP3 maps
 * as {@code 1# "f" => "v"} and sets as {@code 1~ "a"}. Nested arrays are bracketed.
 */
public final class ReplyText {

    private ReplyText() {}

    public static String of(Reply reply) {
        if (reply instanceof Reply.Status s) {
            return s.text();
        } else if (reply instanceof Reply.Error e) {
            return "(error) " + e.line();
        } else if (reply instanceof Reply.Int i) {
            return "(integer) " + i.value();
        } else if (reply instanceof Reply.Bulk b) {
            return '"' + new String(b.bytes(), StandardCharsets.UTF_8) + '"';
        } else if (reply instanceof Reply.Null) {
            return "(nil)";
        } else if (reply instanceof Reply.Bool b) {
            return b.value() ? "(true)" : "(false)";
        } else if (reply instanceof Reply.Array a) {
            return aggregate(a.items(), ") ", "(empty array)", false);
        } else if (reply instanceof Reply.SetReply s) {
            return aggregate(s.items(), "~ ", "(empty set)", false);
        } else if (reply instanceof Reply.MapReply m) {
            return aggregate(m.keysAndValues(), "# ", "(empty hash)", true);
        }
        return reply.toString();
    }

    private static String aggregate(List<Reply> items, String marker, String empty, boolean map) {
        if (items.isEmpty()) {
            return empty;
        }
        StringBuilder sb = new StringBuilder();
        int step = map ? 2 : 1;
        for (int i = 0; i < items.size(); i += step) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(i / step + 1).append(marker).append(nested(items.get(i)));
            if (map) {
                sb.append(" => ").append(nested(items.get(i + 1)));
            }
        }
        return sb.toString();
    }

    private static String nested(Reply item) {
        boolean aggregate = item instanceof Reply.Array || item instanceof Reply.SetReply || item instanceof Reply.MapReply;
        return aggregate ? "[" + of(item) + "]" : of(item);
    }
}
