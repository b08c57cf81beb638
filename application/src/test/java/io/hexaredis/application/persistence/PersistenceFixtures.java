package io.hexaredis.application.persistence;

import io.hexaredis.application.server.ServerState;

/** Wires a {@link Persistence} with in-memory ports into a test server. */
public final class PersistenceFixtures {

    private PersistenceFixtures() {}

    public static Persistence attachInMemory(ServerState server) {
        Persistence p = new Persistence(server.config(), server.keyspace(), server.clock(),
                new InMemorySnapshots.Store(), new InMemorySnapshots.Journal());
        server.setPersistence(p);
        return p;
    }
}
