package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class SinterCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void smembersRepliesTheWholeSetAsASet() {
        run("SADD", "s", "3", "1", "2");
        assertEquals("1~ \"1\" 2~ \"2\" 3~ \"3\"", run("SMEMBERS", "s"));
        assertEquals("(empty set)", run("SMEMBERS", "missing"));
    }

    @Test
    void repliesTheMembersAllSetsHave() {
        run("SADD", "a", "1", "2", "3", "4");
        run("SADD", "b", "2", "3", "4", "x");
        run("SADD", "c", "4", "3");
        assertEquals("1~ \"3\" 2~ \"4\"", run("SINTER", "a", "b", "c"));
        assertEquals("(empty set)", run("SINTER", "a", "missing"));
    }

    @Test
    void everyKeyIsTypeCheckedEvenAfterAMissingOne() {
        run("SET", "k", "x");
        run("SADD", "a", "1");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SINTER", "missing", "k"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SINTER", "a", "k"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SMEMBERS", "k"));
    }
}
