package io.hexaredis.application.dispatch;

import static io.hexaredis.application.CommandHarness.output;
import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the dispatcher serves blocked clients: after the outermost command only, as Redis after EXEC. */
class BlockedClientsServingTest {

    /** A stand-in for EXEC: runs "RPUSH l x" then "LLEN l" through the dispatcher, as one command. */
    private final class Batch implements Command<Call> {
        final List<Reply> replies = new ArrayList<>();

        @Override
        public CommandSpec spec() {
            return CommandSpec.of("batch", 1, CommandFlag.WRITE);
        }

        @Override
        public Reply execute(Call call) {
            replies.add(h.dispatcher.dispatch(call, words("RPUSH", "l", "x")));
            replies.add(h.dispatcher.dispatch(call, words("LLEN", "l")));
            return Reply.OK;
        }
    }

    private final Batch batch = new Batch();
    private final CommandHarness h = new CommandHarness(List.of(batch));

    private static byte[][] words(String... words) {
        byte[][] argv = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            argv[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return argv;
    }

    @Test
    void aClientMadeReadyInsideANestedRunIsServedAfterTheWholeCommand() {
        Call a = h.newClient();
        Call b = h.newClient();
        h.runAs(b, "BLPOP", "l", "0");
        assertEquals("OK", text(h.runAs(a, "BATCH")));
        assertEquals("[1, 1]", batch.replies.stream().map(CommandHarness::text).toList().toString(),
                "the element is still there for the second command of the batch");
        assertEquals("[[l, x]]", output(b).sent.stream().map(CommandHarness::text).toList().toString());
        assertEquals("0", text(h.runAs(a, "LLEN", "l")));
    }
}
