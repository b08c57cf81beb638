package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ClientSetnameCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void namesTheConnectionAndAnEmptyNameRemovesIt() {
        assertEquals("OK", text(h.run("CLIENT", "SETNAME", "worker:1")));
        assertEquals("worker:1", text(h.run("CLIENT", "GETNAME")));
        assertEquals("OK", text(h.run("CLIENT", "SETNAME", "")));
        assertEquals(Reply.NIL, h.run("CLIENT", "GETNAME"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a\nb", "tab\there", "caf\u00e9", "\u0001"})
    void namesAreVisibleAsciiWithoutSpaces(String name) {
        assertEquals("-ERR Client names cannot contain spaces, newlines or special characters.",
                text(h.run("CLIENT", "SETNAME", name)));
        assertEquals(Reply.NIL, h.run("CLIENT", "GETNAME"));
    }

    @Test
    void everyVisibleAsciiCharacterIsAllowed() {
        StringBuilder all = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            all.append(c);
        }
        assertEquals("OK", text(h.run("CLIENT", "SETNAME", all.toString())));
    }

    @Test
    void takesExactlyOneName() {
        assertEquals("-ERR wrong number of arguments for 'client|setname' command", text(h.run("CLIENT", "SETNAME")));
    }
}
