package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import io.hexaredis.domain.command.Reply;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HscanCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void aListpackComesBackWholeWithCursorZero() {
        run("HSET", "h", "a", "1", "b", "2", "c", "3");
        assertEquals("1) \"0\" 2) [1) \"a\" 2) \"1\" 3) \"b\" 4) \"2\" 5) \"c\" 6) \"3\"]", run("HSCAN", "h", "0", "COUNT", "1"));
        assertEquals("1) \"0\" 2) [1) \"b\" 2) \"2\"]", run("HSCAN", "h", "0", "MATCH", "b*"));
    }

    @Test
    void aHashtableIsIteratedInStepsUntilCursorZero() {
        h.config.set("hash-max-listpack-entries", "16");
        for (int i = 0; i < 200; i++) {
            run("HSET", "h", "f" + i, "v" + i);
        }
        Set<String> fields = new HashSet<>();
        String cursor = "0";
        int calls = 0;
        do {
            List<Reply> reply = ((Reply.Array) h.run("HSCAN", "h", cursor, "COUNT", "10")).items();
            cursor = ReplyText.of(reply.get(0)).replace("\"", "");
            List<Reply> items = ((Reply.Array) reply.get(1)).items();
            for (int i = 0; i < items.size(); i += 2) {
                fields.add(ReplyText.of(items.get(i)));
                assertEquals(ReplyText.of(items.get(i)).replace("f", "v"), ReplyText.of(items.get(i + 1)));
            }
            calls++;
        } while (!cursor.equals("0"));
        assertEquals(200, fields.size());
        assertTrue(calls > 5, "took " + calls + " calls");
    }

    @Test
    void aMissingKeyIsAnEmptyIterationWhateverTheOptions() {
        assertEquals("1) \"0\" 2) [(empty array)]", run("HSCAN", "missing", "7", "COUNT", "0"));
    }

    @Test
    void theCursorIsCheckedFirstThenTheKeyThenTheOptions() {
        run("SET", "s", "x");
        run("HSET", "h", "a", "1");
        assertEquals("(error) ERR invalid cursor", run("HSCAN", "s", "x"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HSCAN", "s", "0", "COUNT", "0"));
        assertEquals("(error) ERR syntax error", run("HSCAN", "h", "0", "COUNT", "0"));
        assertEquals("(error) ERR value is not an integer or out of range", run("HSCAN", "h", "0", "COUNT", "x"));
        assertEquals("(error) ERR syntax error", run("HSCAN", "h", "0", "MATCH"));
        assertEquals("(error) ERR syntax error", run("HSCAN", "h", "0", "TYPE", "string"));
        assertEquals("(error) ERR invalid cursor", run("HSCAN", "h", "18446744073709551616"));
        assertEquals("1) \"0\" 2) [1) \"a\" 2) \"1\"]", run("HSCAN", "h", "-1"));
    }
}
