package io.hexaredis.features.steps;

import io.cucumber.java.en.Given;
import io.hexaredis.features.support.CommandLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Steps about the server itself: how it is configured before it starts. */
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
}
