package io.hexaredis.features.steps;

import io.cucumber.java.After;

/** Discards each scenario's server and clients, so scenarios never see each other's data. */
public class Hooks {

    @After
    public void discardWorld() {
        World.discard();
    }
}
