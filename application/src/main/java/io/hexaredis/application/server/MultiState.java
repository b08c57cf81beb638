package io.hexaredis.application.server;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands a client queued between MULTI and EXEC, and whether EXEC must refuse them.
 *
 * <p>Redis: {@code multiState} in server.h and multi.c. A command that cannot even be queued
 * (unknown, wrong arity, refused by a check of processCommand) marks the transaction failed
 * (CLIENT_DIRTY_EXEC), and EXEC then answers EXECABORT without running anything. Errors that only
 * show while running (WRONGTYPE...) do not: EXEC runs every command and reports each result, with
 * no rollback.
 */
public final class MultiState {

    /** One queued request: the words as received, looked up again by EXEC. */
    public record Queued(byte[][] argv) {}

    private final List<Queued> queued = new ArrayList<>();
    private boolean failed;

    public void queue(byte[][] argv) {
        queued.add(new Queued(argv));
    }

    public List<Queued> queued() {
        return queued;
    }

    /** Marks the transaction as failed while queueing (flagTransaction() in multi.c). */
    public void fail() {
        failed = true;
    }

    public boolean failed() {
        return failed;
    }
}
