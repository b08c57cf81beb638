package io.hexaredis.application.server;

import io.hexaredis.application.config.Config;
import io.hexaredis.application.persistence.Persistence;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.time.Clock;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.Predicate;

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
    private final WatchedKeys watchedKeys = new WatchedKeys();
    private final OutputBufferLimits outputBufferLimits;
    private final String runId;
    private final long startMillis;
    private final SplittableRandom random = new SplittableRandom();
    private int boundPort;
    private ShutdownRequest shutdownRequest;
    private long lastSaveMillis;
    private long dirtyAtLastSave;
    private boolean activeExpireEnabled = true;
    private Predicate<ShutdownRequest> shutdownPreparation = request -> true;
    private Persistence persistence;

    /**
     * Why and how the server was asked to stop (SHUTDOWN [NOSAVE|SAVE] [NOW] [FORCE], SIGTERM).
     * {@code now} skips waiting for lagging replicas, {@code force} ignores errors while preparing.
     */
    public record ShutdownRequest(boolean save, boolean noSave, boolean now, boolean force) {

        public ShutdownRequest(boolean save, boolean noSave) {
            this(save, noSave, false, false);
        }

        /**
         * Whether the dataset is saved before exiting: with SAVE, or when save points are configured
         * and NOSAVE was not given (prepareForShutdown() in server.c).
         */
        public boolean saves(Config config) {
            return save || (!noSave && !config.get("save").isEmpty());
        }
    }

    public ServerState(Config config, Keyspace keyspace, Clients clients, Clock clock) {
        this.config = config;
        this.keyspace = keyspace;
        this.clients = clients;
        this.clock = clock;
        this.startMillis = clock.millis();
        this.outputBufferLimits = new OutputBufferLimits(config);
        byte[] id = new byte[20];
        new SecureRandom().nextBytes(id);
        this.runId = HexFormat.of().formatHex(id);
        this.lastSaveMillis = startMillis;
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

    /** The WATCHed keys of all clients (multi.c). */
    public WatchedKeys watchedKeys() {
        return watchedKeys;
    }

    /** client-output-buffer-limit, per class of client. */
    public OutputBufferLimits outputBufferLimits() {
        return outputBufferLimits;
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

    /** RDB and AOF: SAVE, BGSAVE, BGREWRITEAOF, DUMP/RESTORE, INFO persistence; null until the server wires it. */
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

    /**
     * What must happen before the server may stop (Redis: prepareForShutdown() in server.c: the
     * final RDB save, the AOF flush). Persistence installs it; it answers false when the server
     * must not stop (the save failed and FORCE was not given), and SHUTDOWN then replies an error.
     */
    public void setShutdownPreparation(Predicate<ShutdownRequest> preparation) {
        this.shutdownPreparation = preparation;
    }

    /** Runs the shutdown preparation; true when the server may stop. */
    public boolean prepareForShutdown(ShutdownRequest request) {
        return shutdownPreparation.test(request);
    }

    /** When the dataset was last saved, Unix milliseconds; the start time until a first save (LASTSAVE). */
    public long lastSaveMillis() {
        return lastSaveMillis;
    }

    /** The keyspace's change counter at the last save (rdb_changes_since_last_save counts from it). */
    public long dirtyAtLastSave() {
        return dirtyAtLastSave;
    }

    /** Records a successful save: its time and the change counter it covers. */
    public void saved(long millis, long dirty) {
        this.lastSaveMillis = millis;
        this.dirtyAtLastSave = dirty;
    }

    /** False after DEBUG SET-ACTIVE-EXPIRE 0: only lazy expiry deletes keys (server.active_expire_enabled). */
    public boolean activeExpireEnabled() {
        return activeExpireEnabled;
    }

    public void setActiveExpireEnabled(boolean enabled) {
        this.activeExpireEnabled = enabled;
    }
}
