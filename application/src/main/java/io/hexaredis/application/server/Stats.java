package io.hexaredis.application.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counters of INFO stats (Redis's {@code server.stat_*} fields), of INFO commandstats and
 * errorstats, and the instantaneous rates; all reset by CONFIG RESETSTAT.
 */
public final class Stats {

    public long commandsProcessed;
    public long keyspaceHits;
    public long keyspaceMisses;
    public long expiredKeys;
    public long netInputBytes;
    public long netOutputBytes;
    public long rejectedCalls;
    public long failedCalls;
    public long unexpectedErrorReplies;
    public long totalErrorReplies;
    public long syncFull;          // full resynchronizations served to replicas
    public long syncPartialOk;     // PSYNC requests answered +CONTINUE
    public long syncPartialErr;    // PSYNC requests that needed a full resync instead

    /** Connections counted by {@link Clients} before the last reset (INFO shows those since). */
    private long connectionsBeforeReset;
    private long rejectedConnectionsBeforeReset;

    private final Map<String, CommandStat> commands = new LinkedHashMap<>();
    private final Map<String, Long> errors = new LinkedHashMap<>();

    /** Redis keeps at most this many error codes in INFO errorstats (ERROR_STATS_NUMBER). */
    static final int MAX_ERROR_CODES = 128;

    /** One line of INFO commandstats: the calls of one command (or subcommand, "config|get"). */
    public static final class CommandStat {
        private long calls;
        private long micros;
        private long rejected;
        private long failed;

        public long calls() {
            return calls;
        }

        public long micros() {
            return micros;
        }

        public long rejectedCalls() {
            return rejected;
        }

        public long failedCalls() {
            return failed;
        }
    }

    /** The command {@code name} ran for {@code micros} microseconds and replied an error or not. */
    public void commandCalled(String name, long micros, boolean failed) {
        CommandStat s = commands.computeIfAbsent(name, k -> new CommandStat());
        s.calls++;
        s.micros += micros;
        if (failed) {
            s.failed++;
        }
    }

    /** The command {@code name} was refused before it ran (arity, authentication...). */
    public void commandRejected(String name) {
        commands.computeIfAbsent(name, k -> new CommandStat()).rejected++;
    }

    public Map<String, CommandStat> commandStats() {
        return Collections.unmodifiableMap(commands);
    }

    /**
     * An error reply was sent: counted in total_error_replies and, under its code (the first word,
     * "ERR", "WRONGTYPE"...), in INFO errorstats. Redis: afterErrorReply() in networking.c.
     */
    public void errorReplied(String line) {
        totalErrorReplies++;
        int space = line.indexOf(' ');
        String code = space < 0 ? line : line.substring(0, space);
        if (errors.containsKey(code) || errors.size() < MAX_ERROR_CODES) {
            errors.merge(code, 1L, Long::sum);
        }
    }

    public Map<String, Long> errorStats() {
        return Collections.unmodifiableMap(errors);
    }

    // ---- instantaneous metrics: trackInstantaneousMetric() in server.c ----

    static final int SAMPLES = 16;          // STATS_METRIC_SAMPLES
    static final long SAMPLE_PERIOD_MS = 100; // serverCron samples every 100 milliseconds

    private final long[][] samples = new long[3][SAMPLES]; // ops/s, input bytes/s, output bytes/s
    private final long[] lastReading = new long[3];
    private long lastSampleMillis;
    private int sampleIndex;

    /**
     * Called by the cron: every 100 ms, records how fast commands and network bytes went since the
     * previous sample; INFO shows the mean of the last 16 samples.
     */
    public void trackInstantaneousMetrics(long nowMillis) {
        if (lastSampleMillis != 0 && nowMillis - lastSampleMillis < SAMPLE_PERIOD_MS) {
            return;
        }
        long[] reading = {commandsProcessed, netInputBytes, netOutputBytes};
        long elapsed = nowMillis - lastSampleMillis;
        for (int m = 0; m < 3; m++) {
            samples[m][sampleIndex] = lastSampleMillis == 0 || elapsed <= 0
                    ? 0 : (reading[m] - lastReading[m]) * 1000 / elapsed;
            lastReading[m] = reading[m];
        }
        lastSampleMillis = nowMillis;
        usedMemoryPeak();
        sampleIndex = (sampleIndex + 1) % SAMPLES;
    }

    private long mean(int metric) {
        long sum = 0;
        for (long v : samples[metric]) {
            sum += v;
        }
        return sum / SAMPLES;
    }

    public long instantaneousOpsPerSec() {
        return mean(0);
    }

    public double instantaneousInputKbps() {
        return mean(1) / 1024.0;
    }

    public double instantaneousOutputKbps() {
        return mean(2) / 1024.0;
    }

    // ---- memory ----

    private long usedMemoryPeak;
    private final long usedMemoryStartup = usedMemory();

    /** The heap in use when the server started (used_memory_startup). */
    public long usedMemoryStartup() {
        return usedMemoryStartup;
    }

    /** The JVM heap in use now (INFO used_memory): the closest thing to what Redis's allocator counts. */
    public static long usedMemory() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** The highest {@link #usedMemory()} seen by INFO or the cron (used_memory_peak). */
    public long usedMemoryPeak() {
        usedMemoryPeak = Math.max(usedMemoryPeak, usedMemory());
        return usedMemoryPeak;
    }

    // ---- connections, counted by Clients since start ----

    public long connectionsReceived(Clients clients) {
        return clients.totalConnections() - connectionsBeforeReset;
    }

    public long rejectedConnections(Clients clients) {
        return clients.rejectedConnections() - rejectedConnectionsBeforeReset;
    }

    /** CONFIG RESETSTAT: resetServerStats() in server.c, with the command and error tables. */
    public void reset(Clients clients) {
        reset();
        connectionsBeforeReset = clients.totalConnections();
        rejectedConnectionsBeforeReset = clients.rejectedConnections();
    }

    public void reset() {
        commandsProcessed = 0;
        keyspaceHits = 0;
        keyspaceMisses = 0;
        expiredKeys = 0;
        netInputBytes = 0;
        netOutputBytes = 0;
        rejectedCalls = 0;
        failedCalls = 0;
        unexpectedErrorReplies = 0;
        totalErrorReplies = 0;
        syncFull = 0;
        syncPartialOk = 0;
        syncPartialErr = 0;
        commands.clear();
        errors.clear();
        for (long[] metric : samples) {
            java.util.Arrays.fill(metric, 0);
        }
        lastReading[0] = 0;
        lastReading[1] = 0;
        lastReading[2] = 0;
    }
}
