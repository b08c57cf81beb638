package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.api.Test;

class ClientGetnameCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void anUnnamedConnectionHasANilName() {
        assertEquals(Reply.NIL, h.run("CLIENT", "GETNAME"));
    }

    @Test
    void answersTheNameSet() {
        h.run("CLIENT", "SETNAME", "reporter");
        assertEquals("reporter", text(h.run("CLIENT", "GETNAME")));
    }
}
