package io.hexaredis.application.server;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connected clients, by id, in connection order (Redis's {@code server.clients} list), and the
 * id counter (CLIENT ID numbers are never reused).
 */
public final class Clients {

    private final Map<Long, ClientSession> byId = new LinkedHashMap<>();
    private long nextId = 1;
    private long totalConnections;
    private long rejectedConnections;

    public long nextId() {
        return nextId++;
    }

    public void add(ClientSession session) {
        byId.put(session.id(), session);
        totalConnections++;
    }

    public void remove(ClientSession session) {
        byId.remove(session.id());
    }

    public ClientSession get(long id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }

    public Collection<ClientSession> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public long totalConnections() {
        return totalConnections;
    }

    public void rejected() {
        rejectedConnections++;
    }

    public long rejectedConnections() {
        return rejectedConnections;
    }
}
