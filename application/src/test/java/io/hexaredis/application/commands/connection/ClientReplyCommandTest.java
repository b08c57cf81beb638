package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.server.ClientSession.ReplyMode;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.api.Test;

/** The modes CLIENT REPLY sets; the transport applies them (see the protocol feature). */
class ClientReplyCommandTest {

    private final CommandHarness h = new CommandHarness();

    private ReplyMode mode() {
        return h.server.clients().all().iterator().next().replyMode();
    }

    @Test
    void offAndSkipAnswerNothingThemselves() {
        assertEquals(Reply.NONE, h.run("CLIENT", "REPLY", "SKIP"));
        assertEquals(ReplyMode.SKIP_NEXT, mode());
        assertEquals(Reply.NONE, h.run("CLIENT", "REPLY", "OFF"));
        assertEquals(ReplyMode.OFF, mode());
    }

    @Test
    void skipChangesNothingWhileOff() {
        h.run("CLIENT", "REPLY", "OFF");
        h.run("CLIENT", "REPLY", "SKIP");
        assertEquals(ReplyMode.OFF, mode());
    }

    @Test
    void onAnswersOk() {
        h.run("CLIENT", "REPLY", "OFF");
        assertEquals("OK", text(h.run("CLIENT", "REPLY", "on")));
        assertEquals(ReplyMode.ON, mode());
    }

    @Test
    void otherModesAreASyntaxError() {
        assertEquals("-ERR syntax error", text(h.run("CLIENT", "REPLY", "maybe")));
        assertEquals("-ERR wrong number of arguments for 'client|reply' command", text(h.run("CLIENT", "REPLY")));
    }
}
