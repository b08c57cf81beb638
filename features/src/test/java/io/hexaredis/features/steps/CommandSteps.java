package io.hexaredis.features.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.hexaredis.features.support.RespTestClient;
import io.hexaredis.features.support.RespValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Running commands and checking replies, in redis-cli notation.
 *
 * <p>In tables, a reply is written on one line: redis-cli's numbered lines joined by spaces
 * ({@code 1) "a" 2) "b"}). In doc strings it is written exactly as redis-cli prints it.
 */
public class CommandSteps {

    private static final String DEFAULT = "default";

    @When("the client runs:")
    public void theClientRuns(DataTable table) throws IOException {
        runTable(DEFAULT, table);
    }

    @When("client {string} runs:")
    public void clientRuns(String name, DataTable table) throws IOException {
        runTable(name, table);
    }

    @When("the client runs {string}")
    public void theClientRunsOne(String command) throws IOException {
        clientRunsOne(DEFAULT, command);
    }

    @When("client {string} runs {string}")
    public void clientRunsOne(String name, String command) throws IOException {
        World.current().setLastReply(World.current().client(name).run(command));
    }

    @Then("the reply is {string}")
    public void theReplyIs(String expected) {
        assertEquals(oneLine(expected), oneLine(World.current().lastReply().render()));
    }

    @Then("the reply is:")
    public void theReplyIsDocString(String expected) {
        // Both stripped: a doc string cannot start with the space that right-aligns " 1)" in arrays of 10+.
        assertEquals(expected.strip(), World.current().lastReply().render().strip());
    }

    /**
     * For replies whose order Redis does not define (SMEMBERS of a hashtable set, HGETALL of a big
     * hash, HRANDFIELD): the elements sorted by their redis-cli rendering, map entries by key, as
     * {@code redis-cli ... | sort} would list them, then renumbered.
     */
    @Then("^the reply, sorted, is \"(.*)\"$")
    public void theReplySortedIs(String expected) {
        assertEquals(oneLine(expected), oneLine(sorted(World.current().lastReply()).render()));
    }

    static RespValue sorted(RespValue reply) {
        if (reply.items() == null) {
            return reply;
        }
        java.util.Comparator<RespValue> byRendering = java.util.Comparator.comparing(RespValue::render);
        List<RespValue> items = new java.util.ArrayList<>(reply.items());
        if (reply.type() == '%') {
            List<List<RespValue>> pairs = new java.util.ArrayList<>();
            for (int i = 0; i < items.size(); i += 2) {
                pairs.add(List.of(items.get(i), items.get(i + 1)));
            }
            pairs.sort(java.util.Comparator.comparing(pair -> pair.get(0), byRendering));
            items.clear();
            pairs.forEach(items::addAll);
        } else {
            items.sort(byRendering);
        }
        return new RespValue(reply.type(), reply.bytes(), items);
    }

    /** The reply rendered on one line matches a Java regular expression (INFO, TIME, CLIENT LIST). */
    @Then("the reply matches {string}")
    public void theReplyMatches(String regex) {
        String actual = World.current().lastReply().render();
        assertTrue(Pattern.compile(regex, Pattern.DOTALL).matcher(actual).find(),
                () -> "reply does not match /" + regex + "/:\n" + actual);
    }

    /** Sends bytes exactly as written, with \r \n \t \\ and \xHH escapes, without reading. */
    @When("the client sends {string}")
    public void theClientSends(String raw) throws IOException {
        clientSends(DEFAULT, raw);
    }

    @When("client {string} sends {string}")
    public void clientSends(String name, String raw) throws IOException {
        World.current().client(name).sendRaw(unescape(raw));
    }

    /** Pipelining: the same bytes {@code count} times over, in one write, without reading. */
    @When("the client sends {string} {int} times in one write")
    public void theClientSendsRepeatedly(String raw, int count) throws IOException {
        byte[] one = unescape(raw);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(one.length * count);
        for (int i = 0; i < count; i++) {
            all.write(one, 0, one.length);
        }
        World.current().client(DEFAULT).sendRaw(all.toByteArray());
    }

    @Then("the client receives {string} {int} times")
    public void theClientReceivesRepeatedly(String expected, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            RespValue reply = World.current().client(DEFAULT).read();
            assertEquals(oneLine(expected), oneLine(reply.render()), "reply " + (i + 1) + " of " + count);
        }
    }

    /** Sends a command without waiting for its reply (a blocking command, a pipeline). */
    @When("client {string} starts {string}")
    public void clientStarts(String name, String command) throws IOException {
        World.current().client(name).send(io.hexaredis.features.support.CommandLine.split(command));
    }

    /**
     * Sends a blocking command and waits until the server has parked the client (INFO's
     * blocked_clients grows), so that what the scenario does next happens after it blocked, and
     * several clients block in the order the scenario names them. Bounded: after two seconds the
     * scenario goes on and its next steps report what happened.
     */
    @When("client {string} blocks on {string}")
    public void clientBlocksOn(String name, String command) throws IOException, InterruptedException {
        World.current().client(name); // connect it before the observer: scenarios count on client ids
        long before = blockedClients();
        clientStarts(name, command);
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (blockedClients() <= before && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static long blockedClients() throws IOException {
        String info = World.current().client("__observer").run("INFO clients").text();
        java.util.regex.Matcher m = Pattern.compile("blocked_clients:(\\d+)").matcher(info);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Then("the client receives {string}")
    public void theClientReceives(String expected) throws IOException {
        clientReceives(DEFAULT, expected);
    }

    @Then("client {string} receives {string}")
    public void clientReceives(String name, String expected) throws IOException {
        RespValue reply = World.current().client(name).read();
        assertEquals(oneLine(expected), oneLine(reply.render()));
    }

    /**
     * Messages pushed to a subscriber, one row each, in the order they arrive: the channel they
     * were published on and their payload ({@code | channel | message |}). A row matches the
     * "message" push of SUBSCRIBE and the "pmessage" push of PSUBSCRIBE alike (for a pattern, the
     * channel is the one published on, not the pattern), so keyspace notifications read as a list
     * of events.
     */
    @Then("client {string} receives the messages:")
    public void clientReceivesTheMessages(String name, DataTable table) throws IOException {
        for (Map<String, String> row : table.asMaps()) {
            String expected = row.get("channel") + " " + row.get("message");
            RespValue push = World.current().client(name).read();
            List<RespValue> items = push.items();
            String kind = items == null || items.isEmpty() ? "" : String.valueOf(items.get(0).text());
            boolean isMessage = kind.equals("message") && items.size() == 3 || kind.equals("pmessage") && items.size() == 4;
            assertTrue(isMessage, () -> "expected a message on " + expected + ", got " + push.render());
            String actual = items.get(items.size() - 2).text() + " " + items.get(items.size() - 1).text();
            assertEquals(expected, actual);
        }
    }

    @Then("client {string} has received nothing")
    public void clientHasReceivedNothing(String name) throws IOException {
        RespValue early = World.current().client(name).readWithin(100);
        assertNull(early, () -> "no reply expected yet, got " + early.render());
    }

    /** The client closes its connection (a blocked client that goes away, for example). */
    @When("client {string} disconnects")
    public void clientDisconnects(String name) throws IOException, InterruptedException {
        World.current().disconnect(name);
    }

    @Then("the server closes the connection")
    public void theServerClosesTheConnection() throws IOException {
        assertTrue(World.current().client(DEFAULT).isClosedByServer(), "connection should be closed");
    }

    @Then("client {string} is disconnected")
    public void clientIsDisconnected(String name) throws IOException {
        assertTrue(World.current().client(name).isClosedByServer(), "connection should be closed");
    }

    private static void runTable(String name, DataTable table) throws IOException {
        RespTestClient client = World.current().client(name);
        for (Map<String, String> row : table.asMaps()) {
            String command = row.get("command");
            String expected = row.get("reply");
            RespValue reply = client.run(command);
            World.current().setLastReply(reply);
            if (expected != null) {
                assertEquals(oneLine(expected), oneLine(reply.render()), "reply to: " + command);
            }
        }
    }

    static List<String> rows(DataTable table) {
        return table.asList();
    }

    /** redis-cli's multi-line rendering on one line: line breaks and their indentation become one space. */
    static String oneLine(String rendered) {
        return rendered == null ? null : rendered.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    static byte[] unescape(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                switch (e) {
                    case 'r' -> out.write('\r');
                    case 'n' -> out.write('\n');
                    case 't' -> out.write('\t');
                    case 'x' -> {
                        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                    default -> out.write(e);
                }
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }
}
