package io.hexaredis.features.steps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.en.When;
import io.hexaredis.application.persistence.Persistence;

/**
 * Steps about the server's life across restarts: stopping it the way SIGTERM does (the AOF is
 * flushed, an RDB is saved only when save points are set) and starting it again on the same
 * directory, and waiting for background saves, which finish on their own time.
 */
public class RestartSteps {

    private static final long WAIT_MILLIS = 10_000;

    @When("the server restarts")
    public void theServerRestarts() {
        World world = World.current();
        world.server();
        world.stopServer();
        world.start();
    }

    /** Waits until no BGSAVE or AOF rewrite is running (Redis's tests poll INFO persistence the same way). */
    @When("the background save has finished")
    public void theBackgroundSaveHasFinished() throws InterruptedException {
        waitUntil(() -> !persistence().hasActiveChild(), "a background save or rewrite still runs");
    }

    /** Waits until a save (started by the save points) has recorded every change so far. */
    @When("the server has saved in the background")
    public void theServerHasSavedInTheBackground() throws InterruptedException {
        waitUntil(() -> !persistence().hasActiveChild() && persistence().changesSinceLastSave() == 0,
                "the save points did not trigger a save");
    }

    private static Persistence persistence() {
        return World.current().server().state().persistence();
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, String failure) throws InterruptedException {
        for (int waited = 0; waited < WAIT_MILLIS; waited += 20) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        assertTrue(done.getAsBoolean(), failure);
    }
}
