package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.api.Test;

class ClientHelpCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void answersRedis70sHelpAsStatusLines() {
        Reply.Array help = (Reply.Array) h.run("CLIENT", "HELP");
        assertEquals(48, help.items().size());
        assertEquals("CLIENT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:", text(help.items().get(0)));
        assertEquals("    Prints this help.", text(help.items().get(47)));
        help.items().forEach(line -> assertEquals(Reply.Status.class, line.getClass()));
    }
}
