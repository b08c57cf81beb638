package io.hexaredis.application.server;

import io.hexaredis.application.config.Config;
import io.hexaredis.application.persistence.Persistence;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.time.Clock;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * The server-wide state that commands like INFO, CONFIG, CLIENT and SHUTDOWN read and change.
 *
 * <p>Redis: the parts of {@code struct redisServer} (server.h) that are not the keyspace: the run
 * id, start time, configuration, connected clients, statistics, and the shutdown request. Owned by
 * the event-loop thread, like everything the commands touch.
 */
public final class ServerState {

    /** The Redis version this server reports and behaves as. */
    public static final String REDIS_VERSION = "7.0.15";

    private final Config config;
    private final Keyspace keyspace;
    private final Clients clients;
    private final Clock clock;
    private final Stats stats = new Stats();
    private final String runId;
    private final long startMillis;
    private final SplittableRandom random = new SplittableRandom();
    private int boundPort;
    private ShutdownRequest shutdownRequest;
    private Persistence persistence;

    /** Why and how the server was asked to stop (SHUTDOWN [NOSAVE|SAVE], SIGTERM). */
    public record ShutdownRequest(boolean save, boolean noSave) {}

    public ServerState(Config config, Keyspace keyspace, Clients clients, Clock clock) {
        this.config = config;
        this.keyspace = keyspace;
        this.clients = clients;
        this.clock = clock;
        this.startMillis = clock.millis();
        byte[] id = new byte[20];
        new SecureRandom().nextBytes(id);
        this.runId = HexFormat.of().formatHex(id);
    }

    public Config config() {
        return config;
    }

    public Keyspace keyspace() {
        return keyspace;
    }

    public Clients clients() {
        return clients;
    }

    public Clock clock() {
        return clock;
    }

    public Stats stats() {
        return stats;
    }

    /** 40 hex characters, new at every start (INFO server run_id). */
    public String runId() {
        return runId;
    }

    public long startMillis() {
        return startMillis;
    }

    /** The random source of RANDOMKEY, SPOP, active expiry sampling... (one, not seeded by time). */
    public SplittableRandom random() {
        return random;
    }

    /** The TCP port actually listened on (differs from config "port" when that is 0). */
    public int boundPort() {
        return boundPort;
    }

    public void setBoundPort(int boundPort) {
        this.boundPort = boundPort;
    }

    /** RDB and AOF: SAVE, BGSAVE, LASTSAVE, INFO persistence...; null until the server wires it. */
    public Persistence persistence() {
        return persistence;
    }

    public void setPersistence(Persistence persistence) {
        this.persistence = persistence;
    }

    public void requestShutdown(ShutdownRequest request) {
        this.shutdownRequest = request;
    }

    /** The pending shutdown request, or null. */
    public ShutdownRequest shutdownRequest() {
        return shutdownRequest;
    }
}
