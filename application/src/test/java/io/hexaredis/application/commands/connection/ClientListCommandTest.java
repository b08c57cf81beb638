package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClientListCommandTest {

    private static final Pattern LINE = Pattern.compile("id=\\d+ addr=\\S+ laddr=\\S+ fd=\\d+ name=\\S* age=\\d+ "
            + "idle=\\d+ flags=\\w+ db=\\d+ sub=0 psub=0 ssub=0 multi=-1 qbuf=\\d+ qbuf-free=\\d+ argv-mem=\\d+ "
            + "multi-mem=0 rbs=\\d+ rbp=\\d+ obl=0 oll=\\d+ omem=\\d+ tot-mem=\\d+ events=rw? cmd=\\S+ "
            + "user=default redir=-1 resp=[23]");

    private final CommandHarness h = new CommandHarness();

    private static String verbatim(Reply reply) {
        Reply.Verbatim v = (Reply.Verbatim) reply;
        assertEquals("txt", v.format());
        return new String(v.text(), StandardCharsets.UTF_8);
    }

    private static List<String> lines(Reply reply) {
        String text = verbatim(reply);
        assertTrue(text.isEmpty() || text.endsWith("\n"), "every line ends with a newline");
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    @Test
    void oneLineOfRedis70FieldsPerClientInConnectionOrder() {
        Call second = h.newClient();
        h.runAs(second, "CLIENT", "SETNAME", "second");
        List<String> lines = lines(h.runAs(second, "CLIENT", "LIST"));
        assertEquals(2, lines.size());
        for (String line : lines) {
            assertTrue(LINE.matcher(line).matches(), line);
        }
        assertTrue(lines.get(0).contains(" name= ") && lines.get(0).contains(" cmd=NULL "), lines.get(0));
        assertTrue(lines.get(1).contains(" name=second ") && lines.get(1).contains(" cmd=client|list "), lines.get(1));
        assertTrue(lines.get(1).contains(" argv-mem=10 "), "the running command's arguments: client + list");
    }

    @Test
    void ageAndIdleAreSeconds() {
        Call client = h.newClient();
        h.runAs(client, "PING");
        h.clock.advance(5_000);
        Call observer = h.newClient();
        String line = lines(h.runAs(observer, "CLIENT", "LIST", "ID", Long.toString(client.session().id()))).get(0);
        assertTrue(line.contains(" age=5 idle=5 "), line);
    }

    @Test
    void theIdFilterListsTheGivenClientsInTheGivenOrder() {
        Call a = h.newClient();
        Call b = h.newClient();
        String ids = b.session().id() + " " + a.session().id() + " 999 -1";
        List<String> lines = lines(h.run(("CLIENT LIST ID " + ids).split(" ")));
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("id=" + b.session().id() + " "));
        assertTrue(lines.get(1).startsWith("id=" + a.session().id() + " "));
        assertEquals("-ERR Invalid client ID", text(h.run("CLIENT", "LIST", "ID", "1", "x")));
        assertEquals("", verbatim(h.run("CLIENT", "LIST", "ID", "0")));
    }

    @Test
    void theTypeFilterKnowsFourTypes() {
        h.runAs(h.newClient(), "SUBSCRIBE", "news");
        h.newClient(); // the client running CLIENT LIST below (a RESP2 subscriber could not)
        assertEquals(1, lines(h.run("CLIENT", "LIST", "TYPE", "pubsub")).size());
        assertEquals(2, lines(h.run("CLIENT", "LIST", "TYPE", "NORMAL")).size(), "the subscriber is not normal");
        assertEquals(0, lines(h.run("CLIENT", "LIST", "TYPE", "master")).size());
        assertEquals(0, lines(h.run("CLIENT", "LIST", "TYPE", "replica")).size());
        assertEquals(0, lines(h.run("CLIENT", "LIST", "TYPE", "slave")).size());
        assertEquals("-ERR Unknown client type 'robot'", text(h.run("CLIENT", "LIST", "TYPE", "robot")));
    }

    @Test
    void onlyOneFilterIsAccepted() {
        assertEquals("-ERR syntax error", text(h.run("CLIENT", "LIST", "TYPE", "normal", "ID", "1")));
        assertEquals("-ERR syntax error", text(h.run("CLIENT", "LIST", "ID")));
        assertEquals("-ERR syntax error", text(h.run("CLIENT", "LIST", "foo")));
    }

    @Test
    void clientInfoIsTheLineOfTheCaller() {
        Call c = h.newClient();
        h.runAs(c, "SELECT", "4");
        h.runAs(c, "CLIENT", "NO-EVICT", "ON");
        String info = verbatim(h.runAs(c, "CLIENT", "INFO"));
        assertTrue(info.endsWith("\n"));
        assertTrue(LINE.matcher(info.strip()).matches(), info);
        assertTrue(info.startsWith("id=" + c.session().id() + " ") && info.contains(" db=4 ")
                && info.contains(" flags=e ") && info.contains(" cmd=client|info "), info);
    }
}
