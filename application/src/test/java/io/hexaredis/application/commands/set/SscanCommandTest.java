package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import io.hexaredis.domain.command.Reply;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SscanCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void anIntsetComesBackWholeAndSortedWithCursorZero() {
        run("SADD", "s", "30", "10", "20");
        assertEquals("1) \"0\" 2) [1) \"10\" 2) \"20\" 3) \"30\"]", run("SSCAN", "s", "0", "COUNT", "1"));
        assertEquals("1) \"0\" 2) [1) \"20\"]", run("SSCAN", "s", "0", "MATCH", "2*"));
    }

    @Test
    void aHashtableIsIteratedInStepsWhileItGrows() {
        for (int i = 0; i < 300; i++) {
            run("SADD", "s", "m" + i);
        }
        Set<String> seen = new HashSet<>();
        String cursor = "0";
        int calls = 0;
        do {
            List<Reply> reply = ((Reply.Array) h.run("SSCAN", "s", cursor)).items();
            cursor = ReplyText.of(reply.get(0)).replace("\"", "");
            ((Reply.Array) reply.get(1)).items().forEach(r -> seen.add(ReplyText.of(r).replace("\"", "")));
            run("SADD", "s", "extra" + calls);
            calls++;
        } while (!cursor.equals("0"));
        for (int i = 0; i < 300; i++) {
            assertTrue(seen.contains("m" + i), "m" + i);
        }
        assertTrue(calls > 10, "took " + calls + " calls");
    }

    @Test
    void errorsComeInRedisOrder() {
        run("SET", "k", "x");
        run("SADD", "s", "1");
        assertEquals("(error) ERR invalid cursor", run("SSCAN", "k", "-"));
        assertEquals("1) \"0\" 2) [(empty array)]", run("SSCAN", "missing", "0", "foo"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SSCAN", "k", "0"));
        assertEquals("(error) ERR syntax error", run("SSCAN", "s", "0", "foo"));
        assertEquals("(error) ERR syntax error", run("SSCAN", "s", "0", "COUNT", "-1"));
    }
}
