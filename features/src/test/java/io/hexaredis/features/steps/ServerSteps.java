package io.hexaredis.features.steps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.hexaredis.features.support.CommandLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Steps about the server itself: how it is configured before it starts, and its config file. */
public class ServerSteps {

    /** {@code Given the server is started with "--requirepass secret --hz 100"}. */
    @Given("the server is started with {string}")
    public void theServerIsStartedWith(String args) {
        List<String> words = new ArrayList<>();
        for (byte[] w : CommandLine.split(args)) {
            words.add(new String(w, StandardCharsets.UTF_8));
        }
        World.current().configure(words);
    }

    /** A redis.conf for the server, given as a doc string. */
    @Given("the server is started with a config file containing:")
    public void theServerIsStartedWithAConfigFileContaining(String content) {
        World.current().useConfigFile(content + "\n");
    }

    /**
     * The config file has these lines, in this order, possibly with others between them (the
     * lines CONFIG REWRITE adds include the scenario's own directory).
     */
    @Then("the config file contains:")
    public void theConfigFileContains(String expected) throws IOException {
        List<String> actual = Files.readAllLines(World.current().configFile(), StandardCharsets.UTF_8);
        int at = 0;
        for (String line : expected.split("\n")) {
            while (at < actual.size() && !actual.get(at).equals(line)) {
                at++;
            }
            assertTrue(at < actual.size(), () -> "missing or out of order: '" + line + "' in\n" + String.join("\n", actual));
            at++;
        }
    }
}
