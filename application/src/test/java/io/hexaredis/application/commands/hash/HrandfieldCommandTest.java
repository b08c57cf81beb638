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

class HrandfieldCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    private List<Reply> items(String... words) {
        return ((Reply.Array) h.run(words)).items();
    }

    @Test
    void withoutACountRepliesOneFieldOrNil() {
        run("HSET", "h", "only", "1");
        assertEquals("\"only\"", run("HRANDFIELD", "h"));
        assertEquals("(nil)", run("HRANDFIELD", "missing"));
    }

    @Test
    void aPositiveCountGivesDistinctFieldsUpToTheWholeHash() {
        run("HSET", "h", "a", "1", "b", "2", "c", "3");
        Set<String> fields = new HashSet<>();
        items("HRANDFIELD", "h", "2").forEach(r -> fields.add(ReplyText.of(r)));
        assertEquals(2, fields.size());
        assertEquals(3, items("HRANDFIELD", "h", "10").size());
    }

    @Test
    void aNegativeCountGivesExactlyThatManyWithRepeats() {
        run("HSET", "h", "a", "1");
        assertEquals("1) \"a\" 2) \"a\" 3) \"a\"", run("HRANDFIELD", "h", "-3"));
    }

    @Test
    void withValuesIsFlatInResp2AndPairsInResp3() {
        run("HSET", "h", "a", "1");
        assertEquals("1) \"a\" 2) \"1\" 3) \"a\" 4) \"1\"", run("HRANDFIELD", "h", "-2", "WITHVALUES"));
        h.newClient().session().setProtocol(3);
        assertEquals("1) [1) \"a\" 2) \"1\"] 2) [1) \"a\" 2) \"1\"]", run("HRANDFIELD", "h", "-2", "withvalues"));
        assertEquals("1) [1) \"a\" 2) \"1\"]", run("HRANDFIELD", "h", "5", "withvalues"));
    }

    @Test
    void zeroOrAMissingKeyIsAnEmptyArray() {
        run("HSET", "h", "a", "1");
        assertEquals("(empty array)", run("HRANDFIELD", "h", "0"));
        assertEquals("(empty array)", run("HRANDFIELD", "missing", "3", "WITHVALUES"));
    }

    @Test
    void theCountIsCheckedBeforeTheOptionAndTheKey() {
        run("SET", "s", "x");
        assertEquals("(error) ERR value is not an integer or out of range", run("HRANDFIELD", "s", "x"));
        assertEquals("(error) ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807",
                run("HRANDFIELD", "s", "-9223372036854775808"));
        assertEquals("(error) ERR syntax error", run("HRANDFIELD", "s", "1", "WITHVALUE"));
        assertEquals("(error) ERR syntax error", run("HRANDFIELD", "s", "1", "WITHVALUES", "x"));
        assertEquals("(error) ERR value is out of range", run("HRANDFIELD", "s", "-4611686018427387904", "WITHVALUES"));
        assertEquals("(error) ERR value is out of range", run("HRANDFIELD", "s", "4611686018427387904", "WITHVALUES"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HRANDFIELD", "s", "0"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HRANDFIELD", "s"));
    }

    @Test
    void anEnormousNegativeCountIsRefusedRatherThanExhaustingMemory() {
        run("HSET", "h", "a", "1");
        assertEquals("(error) ERR value is out of range", run("HRANDFIELD", "h", "-9223372036854775807"));
        assertTrue(items("HRANDFIELD", "h", "-1000").size() == 1000);
    }
}
