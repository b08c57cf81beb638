package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.api.Test;

class LrangeCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void rangesClampAndCountFromTheTail() {
        h.run("RPUSH", "l", "a", "b", "c", "d");
        assertEquals("[b, c]", text(h.run("LRANGE", "l", "1", "2")));
        assertEquals("[c, d]", text(h.run("LRANGE", "l", "-2", "100")));
        assertEquals("[]", text(h.run("LRANGE", "l", "3", "1")));
        assertEquals("[]", text(h.run("LRANGE", "nokey", "0", "-1")));
    }

    @Test
    void indexesAreParsedBeforeTheKeyIsLookedUp() {
        assertEquals("-ERR value is not an integer or out of range", text(h.run("LRANGE", "nokey", "a", "1")));
    }

    @Test
    void aLargeListAcrossManyNodesComesBackInOrder() {
        String[] words = new String[2 + 5000];
        words[0] = "RPUSH";
        words[1] = "big";
        for (int i = 0; i < 5000; i++) {
            words[2 + i] = "element-" + i;
        }
        h.run(words);
        Reply.Array all = (Reply.Array) h.run("LRANGE", "big", "0", "-1");
        assertEquals(5000, all.items().size());
        assertEquals("element-4321", text(all.items().get(4321)));
        assertEquals("[element-2500, element-2501]", text(h.run("LRANGE", "big", "2500", "2501")));
    }
}
