package io.hexaredis.features.steps;

import io.cucumber.java.en.When;

/** Time passes for the server by moving its clock, never by sleeping. */
public class TimeSteps {

    @When("{int} second(s) pass(es)")
    public void secondsPass(int seconds) {
        World.current().clock().advance(seconds * 1000L);
    }

    @When("{int} millisecond(s) pass(es)")
    public void millisecondsPass(int millis) {
        World.current().clock().advance(millis);
    }
}
